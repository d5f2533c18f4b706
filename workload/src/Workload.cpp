// Reads workload files line by line: headers in "-- key: value" comments, SQL in between. The SQL
// itself is read by PostgreSQL's scanner (libpg_query), so that a "$1" or a ";" inside a string or a
// comment is never taken for a parameter or the end of a statement.
#include "workload/Workload.h"

#include <QDir>
#include <QFileInfo>

#include "ParameterSyntax.h"
#include "PgParseTree.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace strata::workload {

namespace {

struct Failure
{
    Error error;
};

// A statement being read: its header and its SQL lines as written.
struct Entry
{
    WorkloadStatement statement;
    int sqlLine = 0; ///< the first line of SQL; 0 before any
    QStringList sql;
    QMap<int, SourcePlace> parameterPlaces;
};

class Parser
{
public:
    explicit Parser(QString source) : m_source(std::move(source)) {}

    Workload read(const QString &text)
    {
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i)
            line(QString(lines[i]).remove(u'\r'), i + 1);
        finish();
        Workload w;
        w.source = m_source;
        w.statements = m_statements;
        if (w.statements.isEmpty())
            fail(place(1, 1), QStringLiteral("no statement: a workload starts each statement with a \"-- name: ...\" line"));
        return w;
    }

private:
    SourcePlace place(int line, int column) const
    {
        SourcePlace p = SourcePlace::ofSource(m_source);
        p.line = line;
        p.column = column;
        return p;
    }

    [[noreturn]] void fail(const SourcePlace &at, const QString &message) const
    {
        throw Failure{Error(message, at, QStringLiteral("workload.syntax"))};
    }

    void line(const QString &text, int number)
    {
        static const QRegularExpression header(QStringLiteral("^\\s*--\\s*(name|weight)\\s*:"));
        static const QRegularExpression parameter(QStringLiteral("^\\s*--\\s*\\$(\\d+)\\s*:\\s*"));
        if (const auto m = header.match(text); m.hasMatch()) {
            if (m.captured(1) == u"name")
                finish();
            headerFields(text.mid(text.indexOf(u"--") + 2), number, int(text.indexOf(u"--")) + 3);
            return;
        }
        if (const auto m = parameter.match(text); m.hasMatch()) {
            if (!m_entry || m_entry->sqlLine)
                fail(place(number, 1), QStringLiteral("a parameter's source belongs in a statement's header, before its SQL"));
            const int n = m.captured(1).toInt();
            if (n < 1 || n > 65535 || m_entry->statement.parameters.contains(n))
                fail(place(number, int(m.capturedStart(1))), QStringLiteral("$%1 is numbered 1 or more, and given once").arg(m.captured(1)));
            auto source = ParameterSyntax::parse(text.mid(m.capturedEnd()), place(number, int(m.capturedEnd()) + 1));
            if (!source)
                throw Failure{source.error()};
            m_entry->statement.parameters.insert(n, *source);
            m_entry->parameterPlaces.insert(n, place(number, int(m.capturedStart(1))));
            return;
        }
        const bool blank = text.trimmed().isEmpty() || text.trimmed().startsWith(u"--");
        if (!m_entry) {
            if (!blank)
                fail(place(number, 1), QStringLiteral("SQL before the first \"-- name: ...\" line"));
            return;
        }
        if (!m_entry->sqlLine && blank)
            return; // comments between the header and the SQL
        if (!m_entry->sqlLine)
            m_entry->sqlLine = number;
        m_entry->sql << text;
    }

    // "name: x  weight: 3" (keys in any order; a name runs to the next key or the end).
    void headerFields(const QString &body, int line, int column)
    {
        static const QRegularExpression field(QStringLiteral("(\\w+)\\s*:\\s*"));
        QList<QRegularExpressionMatch> keys;
        for (auto it = field.globalMatch(body); it.hasNext();)
            keys << it.next();
        for (int i = 0; i < keys.size(); ++i) {
            const QString key = keys[i].captured(1);
            const qsizetype end = i + 1 < keys.size() ? keys[i + 1].capturedStart() : body.size();
            const QString value = body.mid(keys[i].capturedEnd(), end - keys[i].capturedEnd()).trimmed();
            const SourcePlace at = place(line, column + int(keys[i].capturedEnd()));
            if (key == u"name") {
                m_entry.emplace();
                m_entry->statement.name = value;
                m_entry->statement.place = place(line, 1);
                if (value.isEmpty() || value.contains(QRegularExpression(QStringLiteral("\\s"))))
                    fail(at, QStringLiteral("a name is one word"));
            } else if (key == u"weight") {
                if (!m_entry || m_entry->sqlLine)
                    fail(at, QStringLiteral("a weight belongs in a statement's header, after its name"));
                bool ok = false;
                m_entry->statement.weight = value.toDouble(&ok);
                if (!ok || !(m_entry->statement.weight > 0) || m_entry->statement.weight > 1e9)
                    fail(at, QStringLiteral("a weight is a number above 0"));
            } else {
                fail(place(line, column + int(keys[i].capturedStart())),
                     QStringLiteral("unknown header \"%1\" (expected name or weight)").arg(key));
            }
        }
    }

    void finish()
    {
        if (!m_entry)
            return;
        Entry e = std::move(*m_entry);
        m_entry.reset();
        WorkloadStatement &s = e.statement;
        QString sql = e.sql.join(u'\n');
        while (sql.endsWith(u'\n') || sql.endsWith(u' '))
            sql.chop(1);
        if (sql.trimmed().isEmpty())
            fail(s.place, QStringLiteral("the statement %1 has no SQL").arg(s.name));
        const SourcePlace sqlStart = place(e.sqlLine, 1);
        const auto at = [&](qsizetype offset) {
            SourcePlace p = SourcePlace::atOffset(m_source, sql, offset);
            p.line += sqlStart.line - 1;
            return p;
        };
        QSet<int> used;
        QList<PgParseTree::Token> tokens = PgParseTree::scan(sql);
        tokens.removeIf([](const PgParseTree::Token &t) { return t.kind == PgParseTree::Token::Kind::Comment; });
        if (tokens.isEmpty())
            fail(sqlStart, QStringLiteral("the SQL of %1 cannot be read (a quote or comment left open?)").arg(s.name));
        for (int i = 0; i < tokens.size(); ++i) {
            const PgParseTree::Token &t = tokens[i];
            if (t.text == u";" && i + 1 < tokens.size())
                fail(at(tokens[i + 1].offset), QStringLiteral("a second statement under the header %1: give it a header of its own").arg(s.name));
            if (t.kind != PgParseTree::Token::Kind::Parameter)
                continue;
            const int n = t.text.mid(1).toInt();
            if (!s.parameters.contains(n))
                fail(at(t.offset), QStringLiteral("%1 has no source: add a line \"-- %1: ...\" to the header of %2").arg(t.text, s.name));
            used.insert(n);
        }
        if (!tokens.isEmpty() && tokens.last().text == u";")
            sql.truncate(tokens.last().offset);
        for (auto it = s.parameters.begin(); it != s.parameters.end(); ++it)
            if (!used.contains(it.key()))
                fail(e.parameterPlaces.value(it.key()), QStringLiteral("$%1 has a source but %2 does not use it").arg(it.key()).arg(s.name));
        s.sql = sql.trimmed();
        for (const WorkloadStatement &other : std::as_const(m_statements))
            if (other.name == s.name)
                fail(s.place, QStringLiteral("the name %1 is given twice").arg(s.name));
        m_statements << s;
    }

    QString m_source;
    std::optional<Entry> m_entry;
    QList<WorkloadStatement> m_statements;
};

} // namespace

QString WorkloadStatement::sqlFor(bool sqlite) const
{
    if (!sqlite)
        return sql;
    QString out = sql;
    const QList<PgParseTree::Token> tokens = PgParseTree::scan(sql);
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it)
        if (it->kind == PgParseTree::Token::Kind::Parameter)
            out.replace(it->offset, 1, u'?');
    return out;
}

Result<Workload> Workload::parse(const QString &text, const QString &sourceName)
{
    try {
        return Parser(sourceName).read(text);
    } catch (const Failure &f) {
        return f.error;
    }
}

Result<Workload> Workload::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read the workload: %1").arg(file.errorString()), SourcePlace::ofSource(path), QStringLiteral("io"));
    return parse(QString::fromUtf8(file.readAll()), path);
}

QString Workload::besideModel(const QString &modelFile)
{
    const QFileInfo file(modelFile);
    return file.dir().filePath(file.completeBaseName() + QStringLiteral(".workload.sql"));
}

} // namespace strata::workload
