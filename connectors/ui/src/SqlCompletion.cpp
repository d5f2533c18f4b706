#include "connectors/ui/SqlCompletion.h"

#include "SqlTokenizer.h"

#include <connectors/ScriptSplitter.h>
#include <connectors/SqlKeywords.h>
#include <connectors/SqlQuoting.h>
#include <QRegularExpression>

namespace strata::connectors::ui {

namespace {

// Words that end a table reference instead of being its alias.
bool endsReference(const SqlToken &t)
{
    static const QStringList words = {
        QStringLiteral("where"),     QStringLiteral("join"),        QStringLiteral("left"),
        QStringLiteral("right"),     QStringLiteral("inner"),       QStringLiteral("outer"),
        QStringLiteral("full"),      QStringLiteral("cross"),       QStringLiteral("natural"),
        QStringLiteral("on"),        QStringLiteral("using"),       QStringLiteral("group"),
        QStringLiteral("order"),     QStringLiteral("limit"),       QStringLiteral("offset"),
        QStringLiteral("having"),    QStringLiteral("window"),      QStringLiteral("union"),
        QStringLiteral("except"),    QStringLiteral("intersect"),   QStringLiteral("set"),
        QStringLiteral("returning"), QStringLiteral("values"),      QStringLiteral("fetch"),
        QStringLiteral("for"),       QStringLiteral("default"),     QStringLiteral("select"),
        QStringLiteral("lateral"),   QStringLiteral("tablesample"), QStringLiteral("indexed"),
        QStringLiteral("not")};
    return t.kind == SqlToken::Word && words.contains(t.text.toLower());
}

bool endsFromList(const SqlToken &t)
{
    static const QStringList words = {
        QStringLiteral("where"),     QStringLiteral("group"),  QStringLiteral("order"),
        QStringLiteral("having"),    QStringLiteral("limit"),  QStringLiteral("offset"),
        QStringLiteral("union"),     QStringLiteral("except"), QStringLiteral("intersect"),
        QStringLiteral("returning"), QStringLiteral("set"),    QStringLiteral("window"),
        QStringLiteral("values"),    QStringLiteral("fetch"),  QStringLiteral("for"),
        QStringLiteral("select")};
    return t.kind == SqlToken::Word && words.contains(t.text.toLower());
}

bool introducesTable(const SqlToken &t)
{
    return t.is(QLatin1StringView("from")) || t.is(QLatin1StringView("join")) ||
           t.is(QLatin1StringView("update")) || t.is(QLatin1StringView("into"));
}

// Reads "[schema .] name [[AS] alias]" at tokens[i]; moves i past it.
std::optional<TableReference> readReference(const QList<SqlToken> &tokens, qsizetype &i)
{
    if (i >= tokens.size() || !tokens[i].isName() || endsReference(tokens[i]) ||
        tokens[i].is(QLatin1StringView("only")))
        return std::nullopt;
    TableReference ref;
    ref.name = tokens[i].text;
    ref.quoted = tokens[i].kind == SqlToken::QuotedWord;
    ++i;
    while (i + 1 < tokens.size() && tokens[i].kind == SqlToken::Dot && tokens[i + 1].isName()) {
        ref.schema = ref.name; // a three-part name keeps its last two parts
        ref.name = tokens[i + 1].text;
        ref.quoted = tokens[i + 1].kind == SqlToken::QuotedWord;
        i += 2;
    }
    if (i < tokens.size() && tokens[i].is(QLatin1StringView("as")))
        ++i;
    if (i < tokens.size() && tokens[i].isName() && !endsReference(tokens[i])) {
        ref.alias = tokens[i].text;
        ++i;
    }
    return ref;
}

bool matches(const QString &word, const QString &prefix)
{
    return word.startsWith(prefix, Qt::CaseInsensitive) ||
           (word.startsWith(u'"') && word.mid(1).startsWith(prefix, Qt::CaseInsensitive));
}

} // namespace

SqlCompletion::SqlCompletion(Dialect dialect, QList<Catalog> catalogs)
    : m_dialect(dialect), m_catalogs(std::move(catalogs))
{
}

QList<TableReference> SqlCompletion::tableReferences(QStringView statement)
{
    const QList<SqlToken> tokens = tokenizeSql(statement);
    QList<TableReference> refs;
    // Whether a FROM list is open, per parenthesis depth: "FROM a JOIN b ON x, c" goes on after a
    // comma until WHERE, GROUP BY ... closes it; a subquery has its own.
    QList<bool> inFrom{false};
    for (qsizetype i = 0; i < tokens.size();) {
        const SqlToken &t = tokens[i];
        if (t.kind == SqlToken::Open) {
            inFrom.append(false);
        } else if (t.kind == SqlToken::Close) {
            if (inFrom.size() > 1)
                inFrom.removeLast();
        } else if (introducesTable(t) || (t.kind == SqlToken::Comma && inFrom.last())) {
            if (t.is(QLatin1StringView("from")))
                inFrom.last() = true;
            ++i;
            if (auto ref = readReference(tokens, i))
                refs.append(*ref);
            continue;
        } else if (endsFromList(t)) {
            inFrom.last() = false;
        }
        ++i;
    }
    return refs;
}

QString SqlCompletion::asName(const QString &name) const
{
    static const QRegularExpression postgresPlain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    static const QRegularExpression sqlitePlain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QRegularExpression &plain = m_dialect == Dialect::Postgres ? postgresPlain : sqlitePlain;
    return plain.match(name).hasMatch() ? name : quoteIdentifier(name);
}

const CatalogTable *SqlCompletion::findTable(const QString &schema, const QString &name, bool quoted) const
{
    for (const Catalog &catalog : m_catalogs)
        if (const CatalogTable *table = catalog.findTable(schema, name, quoted))
            return table;
    return nullptr;
}

QStringList SqlCompletion::columnsOf(const CatalogTable *table) const
{
    QStringList out;
    if (table)
        for (const CatalogColumn &c : table->columns)
            out << asName(c.name);
    return out;
}

QStringList SqlCompletion::qualified(const QStringList &qualifier,
                                     const QList<TableReference> &references) const
{
    if (qualifier.size() >= 2)
        return columnsOf(findTable(qualifier[qualifier.size() - 2], qualifier.last(), false));
    const QString &q = qualifier.first();
    QStringList out;
    for (const TableReference &ref : references) {
        const bool named = ref.alias.compare(q, Qt::CaseInsensitive) == 0 ||
                           (ref.alias.isEmpty() && ref.name.compare(q, Qt::CaseInsensitive) == 0);
        if (const CatalogTable *table = named ? findTable(ref.schema, ref.name, ref.quoted) : nullptr)
            return columnsOf(table);
    }
    out << columnsOf(findTable(QString(), q, false));
    for (const Catalog &catalog : m_catalogs) {
        if (!catalog.schemas.contains(q, Qt::CaseInsensitive))
            continue;
        for (const CatalogTable &t : catalog.tables)
            if (t.schema.compare(q, Qt::CaseInsensitive) == 0)
                out << asName(t.name);
        for (const CatalogFunction &f : catalog.functions)
            if (f.schema.compare(q, Qt::CaseInsensitive) == 0)
                out << asName(f.name);
    }
    return out;
}

QStringList SqlCompletion::unqualified(const QList<TableReference> &references) const
{
    QStringList out;
    for (const QString &k : sqlKeywords(m_dialect))
        out << k.toUpper();
    for (const TableReference &ref : references) {
        out << columnsOf(findTable(ref.schema, ref.name, ref.quoted));
        if (!ref.alias.isEmpty())
            out << ref.alias;
    }
    for (const Catalog &catalog : m_catalogs) {
        for (const QString &schema : catalog.schemas)
            out << asName(schema);
        for (const CatalogTable &t : catalog.tables)
            if (t.visible)
                out << asName(t.name);
        for (const CatalogFunction &f : catalog.functions)
            if (f.visible)
                out << asName(f.name);
    }
    return out;
}

QStringList SqlCompletion::candidates(const QString &text, qsizetype position) const
{
    position = qBound<qsizetype>(0, position, text.size());
    const QList<StatementSpan> statements = splitScript(m_dialect, text);
    const qsizetype at = statementAt(statements, position, text);
    const qsizetype start = at >= 0 ? qMin(statements[at].offset, position) : 0;
    const qsizetype end = at >= 0 ? qMax(statements[at].end(), position) : text.size();
    const QStringView statement = QStringView(text).mid(start, end - start);

    // The word being typed, and the dotted names before it: "s.t.pre" gives {"s", "t"} and "pre".
    qsizetype wordStart = position;
    while (wordStart > start && isSqlWordChar(text[wordStart - 1]))
        --wordStart;
    const QString prefix = text.mid(wordStart, position - wordStart);
    QStringList qualifier;
    const QList<SqlToken> before = tokenizeSql(QStringView(text).mid(start, wordStart - start));
    for (qsizetype i = before.size() - 1; i >= 1 && before[i].kind == SqlToken::Dot && before[i - 1].isName();
         i -= 2)
        qualifier.prepend(before[i - 1].text);

    const QList<TableReference> references = tableReferences(statement);
    QStringList all = qualifier.isEmpty() ? unqualified(references) : qualified(qualifier, references);
    QStringList out;
    for (const QString &word : std::as_const(all))
        if (matches(word, prefix))
            out << word;
    out.sort(Qt::CaseInsensitive);
    out.removeDuplicates();
    return out;
}

} // namespace strata::connectors::ui
