#include "SqliteSchemaText.h"

#include "SqlLexer.h"

namespace strata::modeler {

namespace {

using Token = SqlLexer::Token;
using Kind = SqlLexer::Kind;

// The tokens of one part of a statement, walked one by one.
class Cursor
{
public:
    Cursor(const QByteArray &sql, int begin, int end)
        : m_sql(sql), m_lexer(sql.constData(), begin, end, Dialect::Sqlite), m_limit(end)
    {
        m_token = m_lexer.next();
    }

    bool atEnd() const { return m_token.kind == Kind::End; }
    bool is(const char *word) const { return m_lexer.is(m_token, word); }
    bool isSymbol(char c) const { return m_token.kind == Kind::Symbol && m_sql[m_token.begin] == c; }
    QString text() const { return m_lexer.text(m_token); }
    const Token &token() const { return m_token; }
    void next() { m_token = m_lexer.next(); }

    /// At '(': the inside of the group, moving past its ')'.
    SqlLexer::Span group()
    {
        const SqlLexer::Span inside = m_lexer.group(m_token.begin);
        if (inside.first < 0) {
            m_token = Token{};
            return {-1, -1};
        }
        m_lexer = SqlLexer(m_sql.constData(), inside.second + 1, m_limit, Dialect::Sqlite);
        m_end = inside.second + 1;
        m_token = m_lexer.next();
        return inside;
    }
    int end() const { return m_end; }

private:
    const QByteArray &m_sql;
    SqlLexer m_lexer;
    int m_limit;
    Token m_token;
    int m_end = 0;
};

QString trimmedText(const QByteArray &sql, int begin, int end)
{
    const SqlLexer lexer(sql.constData(), begin, end, Dialect::Sqlite);
    const int last = lexer.trimEnd(begin, end);
    const int first = std::min(lexer.skipBlank(begin), last);
    return QString::fromUtf8(sql.constData() + first, last - first);
}

// The names of a column list "(a, "B" COLLATE NOCASE DESC)".
QStringList names(const QByteArray &sql, SqlLexer::Span inside)
{
    QStringList out;
    if (inside.first < 0)
        return out;
    const SqlLexer lexer(sql.constData(), inside.first, inside.second, Dialect::Sqlite);
    for (const SqlLexer::Span &part : lexer.splitList(inside.first, inside.second)) {
        SqlLexer one(sql.constData(), part.first, part.second, Dialect::Sqlite);
        out << one.text(one.next());
    }
    return out;
}

bool startsColumnConstraint(const Cursor &c)
{
    static const char *const words[] = {"CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT",
                                        "COLLATE", "REFERENCES", "GENERATED", "AS"};
    for (const char *w : words) {
        if (c.is(w))
            return true;
    }
    return false;
}

// REFERENCES table [(columns)] [ON ... | MATCH ... | [NOT] DEFERRABLE [INITIALLY ...]]...
void readReferences(const QByteArray &sql, Cursor &c, SqliteSchemaText::Constraint &k)
{
    k.kind = SqliteSchemaText::Constraint::Kind::ForeignKey;
    k.referencedTable = c.text();
    c.next();
    if (c.isSymbol('('))
        k.referencedColumns = names(sql, c.group());
    while (!c.atEnd()) {
        if (c.is("NOT")) {
            c.next();
            if (!c.is("DEFERRABLE"))
                return; // NOT NULL of the column
            k.deferrable = k.initiallyDeferred = false;
        } else if (c.is("DEFERRABLE")) {
            k.deferrable = true;
        } else if (c.is("INITIALLY")) {
            c.next();
            k.initiallyDeferred = c.is("DEFERRED");
        } else if (c.is("MATCH")) {
            c.next(); // the match type
        } else if (c.is("ON")) {
            c.next(); // DELETE or UPDATE, then SET NULL, SET DEFAULT, NO ACTION, CASCADE or RESTRICT
            c.next();
            if (c.is("SET") || c.is("NO"))
                c.next();
        } else if (startsColumnConstraint(c) || c.isSymbol(',')) {
            return;
        }
        c.next();
    }
}

// Skips the value of DEFAULT: a literal, a signed number, a name or a parenthesised expression.
void skipDefault(Cursor &c)
{
    if (c.isSymbol('(')) {
        c.group();
        return;
    }
    if (c.isSymbol('-') || c.isSymbol('+'))
        c.next();
    c.next();
}

void readColumn(const QByteArray &sql, Cursor &c, SqliteSchemaText::Table &out, const QString &comment)
{
    SqliteSchemaText::Column column;
    column.name = c.text();
    column.comment = comment;
    c.next();
    while (!c.atEnd() && !startsColumnConstraint(c)) { // the declared type
        if (c.isSymbol('('))
            c.group();
        else
            c.next();
    }
    QString name;
    while (!c.atEnd()) {
        SqliteSchemaText::Constraint k;
        k.name = name;
        k.columns = {column.name};
        if (c.is("CONSTRAINT")) {
            c.next();
            name = c.text();
            c.next();
            continue;
        }
        if (c.is("PRIMARY") || c.is("UNIQUE")) {
            k.kind = c.is("PRIMARY") ? SqliteSchemaText::Constraint::Kind::PrimaryKey : SqliteSchemaText::Constraint::Kind::Unique;
            out.constraints << k;
            c.next();
        } else if (c.is("CHECK")) {
            c.next();
            const SqlLexer::Span inside = c.group();
            k.expression = inside.first < 0 ? QString() : trimmedText(sql, inside.first, inside.second);
            out.constraints << k;
        } else if (c.is("REFERENCES")) {
            c.next();
            readReferences(sql, c, k);
            out.constraints << k;
        } else if (c.is("DEFAULT")) {
            c.next();
            skipDefault(c);
        } else if (c.is("AS")) {
            c.next();
            if (c.isSymbol('(')) {
                const SqlLexer::Span inside = c.group();
                column.generated = inside.first < 0 ? QString() : trimmedText(sql, inside.first, inside.second);
            }
        } else if (c.is("VIRTUAL")) {
            column.generatedVirtual = true;
            c.next();
        } else {
            c.next(); // NOT NULL, COLLATE x, GENERATED ALWAYS, STORED, ASC, AUTOINCREMENT, ON CONFLICT ...
        }
        name.clear();
    }
    out.columns << column;
}

void readTableConstraint(const QByteArray &sql, Cursor &c, SqliteSchemaText::Table &out, const QString &comment)
{
    SqliteSchemaText::Constraint k;
    k.comment = comment;
    if (c.is("CONSTRAINT")) {
        c.next();
        k.name = c.text();
        c.next();
    }
    if (c.is("CHECK")) {
        c.next();
        const SqlLexer::Span inside = c.group();
        k.expression = inside.first < 0 ? QString() : trimmedText(sql, inside.first, inside.second);
    } else {
        k.kind = c.is("PRIMARY") ? SqliteSchemaText::Constraint::Kind::PrimaryKey
               : c.is("UNIQUE")  ? SqliteSchemaText::Constraint::Kind::Unique
                                 : SqliteSchemaText::Constraint::Kind::ForeignKey;
        while (!c.atEnd() && !c.isSymbol('('))
            c.next();
        k.columns = names(sql, c.group());
        if (k.kind == SqliteSchemaText::Constraint::Kind::ForeignKey && c.is("REFERENCES")) {
            c.next();
            readReferences(sql, c, k);
        }
    }
    out.constraints << k;
}

bool isTableConstraint(const Cursor &c)
{
    return c.is("CONSTRAINT") || c.is("PRIMARY") || c.is("UNIQUE") || c.is("CHECK") || c.is("FOREIGN");
}

} // namespace

SqliteSchemaText::Table SqliteSchemaText::table(const QByteArray &sql)
{
    Table out;
    const SqlLexer lexer(sql.constData(), 0, int(sql.size()), Dialect::Sqlite);
    const SqlLexer::Span body = lexer.group(0);
    if (body.first < 0)
        return out;
    const QList<SqlLexer::Span> items = lexer.splitList(body.first, body.second);
    if (!items.isEmpty())
        out.comment = lexer.comments(body.first, items.first().first).join(u'\n');
    for (qsizetype i = 0; i < items.size(); ++i) {
        // A comment after an item (and its comma), up to the next item, is the item's.
        const int commentEnd = i + 1 < items.size() ? items[i + 1].first : body.second;
        const QString comment = lexer.comments(items[i].second, commentEnd).join(u'\n');
        Cursor c(sql, items[i].first, items[i].second);
        if (isTableConstraint(c))
            readTableConstraint(sql, c, out, comment);
        else
            readColumn(sql, c, out, comment);
    }
    return out;
}

SqliteSchemaText::Index SqliteSchemaText::index(const QByteArray &sql)
{
    Index out;
    const SqlLexer lexer(sql.constData(), 0, int(sql.size()), Dialect::Sqlite);
    const int on = lexer.findWord(0, int(sql.size()), "ON");
    const SqlLexer::Span keys = on < 0 ? SqlLexer::Span{-1, -1} : lexer.group(on);
    if (keys.first < 0)
        return out;
    for (const SqlLexer::Span &element : lexer.splitList(keys.first, keys.second)) {
        // The key without a closing COLLATE, ASC or DESC; in parentheses, their inside.
        Cursor c(sql, element.first, element.second);
        int end = element.first;
        while (!c.atEnd() && !c.is("COLLATE") && !c.is("ASC") && !c.is("DESC")) {
            if (c.isSymbol('(')) {
                c.group();
                end = c.end();
            } else {
                end = c.token().end;
                c.next();
            }
        }
        const SqlLexer::Span inner = lexer.group(element.first);
        const bool wrapped = sql[element.first] == '(' && inner.second + 1 == end;
        out.keys << IndexKey{wrapped ? trimmedText(sql, inner.first, inner.second) : trimmedText(sql, element.first, end)};
    }
    const int where = lexer.findWord(keys.second + 1, int(sql.size()), "WHERE");
    if (where >= 0)
        out.where = trimmedText(sql, where + 5, int(sql.size()));
    return out;
}

SqliteSchemaText::View SqliteSchemaText::view(const QByteArray &sql)
{
    View out;
    const SqlLexer lexer(sql.constData(), 0, int(sql.size()), Dialect::Sqlite);
    const int as = lexer.findWord(0, int(sql.size()), "AS");
    if (as < 0)
        return out;
    const SqlLexer::Span columns = lexer.group(0);
    if (columns.first >= 0 && columns.first < as)
        out.columnNames = names(sql, columns);
    out.query = trimmedText(sql, as + 2, int(sql.size()));
    return out;
}

} // namespace strata::modeler
