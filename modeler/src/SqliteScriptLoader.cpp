#include "SqliteScriptLoader.h"

#include "SqlLexer.h"

#include <sqlite3.h>

namespace strata::modeler {

namespace {

bool isSyntaxError(const QString &message)
{
    return message.contains(QStringLiteral("syntax error")) || message.contains(QStringLiteral("incomplete input")) ||
           message.contains(QStringLiteral("unrecognized token"));
}

} // namespace

SqliteScriptLoader::SqliteScriptLoader()
{
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

SqliteScriptLoader::~SqliteScriptLoader()
{
    sqlite3_close(m_db);
}

QList<SqliteScriptLoader::Statement> SqliteScriptLoader::split(const QByteArray &script) const
{
    QList<Statement> out;
    SqlLexer lexer(script.constData(), 0, int(script.size()), Dialect::Sqlite);
    int start = lexer.skipBlank(0);
    for (SqlLexer::Token t = lexer.next(); t.kind != SqlLexer::Kind::End; t = lexer.next()) {
        if (t.kind != SqlLexer::Kind::Symbol || script[t.begin] != ';')
            continue;
        // A ';' inside CREATE TRIGGER ... BEGIN ... END does not end the statement.
        if (!sqlite3_complete(script.mid(start, t.end - start).constData()))
            continue;
        if (t.begin > start)
            out << Statement{start, t.end};
        start = lexer.skipBlank(t.end);
    }
    if (start < script.size())
        out << Statement{start, int(script.size())};
    return out;
}

SqliteScriptLoader::Action SqliteScriptLoader::classify(const QByteArray &script, const Statement &s, QString *why,
                                                         QString *createdName) const
{
    SqlLexer lexer(script.constData(), s.begin, s.end, Dialect::Sqlite);
    SqlLexer::Token first = lexer.next();
    if (lexer.is(first, "CREATE")) {
        SqlLexer::Token kind = lexer.next();
        while (lexer.is(kind, "TEMP") || lexer.is(kind, "TEMPORARY") || lexer.is(kind, "UNIQUE"))
            kind = lexer.next();
        if (lexer.is(kind, "TRIGGER") || lexer.is(kind, "VIRTUAL")) {
            *why = lexer.is(kind, "TRIGGER") ? QStringLiteral("triggers are not modelled") : QStringLiteral("virtual tables are not modelled");
            return Action::SkipWarning;
        }
        SqlLexer::Token name = lexer.next();
        if (lexer.is(name, "IF")) { // IF NOT EXISTS
            lexer.next();
            lexer.next();
            name = lexer.next();
        }
        *createdName = lexer.text(name).toLower();
        if (lexer.is(kind, "TABLE") && createdName->startsWith(QStringLiteral("sqlite_"))) {
            *why = QStringLiteral("SQLite makes its own tables");
            return Action::SkipNote;
        }
        return Action::Run;
    }
    if (lexer.is(first, "ALTER")) {
        // ALTER TABLE t RENAME TO u: diagnostics about u name this line.
        lexer.next();
        lexer.next();
        if (lexer.is(lexer.next(), "RENAME") && lexer.is(lexer.next(), "TO"))
            *createdName = lexer.text(lexer.next()).toLower();
        return Action::Run;
    }
    if (lexer.is(first, "DROP"))
        return Action::Run;
    if (lexer.is(first, "BEGIN") || lexer.is(first, "COMMIT") || lexer.is(first, "END") || lexer.is(first, "ROLLBACK") ||
        lexer.is(first, "SAVEPOINT") || lexer.is(first, "RELEASE")) {
        *why = QStringLiteral("transaction control");
        return Action::SkipNote;
    }
    if (lexer.is(first, "PRAGMA")) {
        *why = QStringLiteral("settings of a connection are not modelled");
        return Action::SkipNote;
    }
    *why = QStringLiteral("data and queries are not part of the model");
    return Action::SkipNote;
}

QString SqliteScriptLoader::run(const QByteArray &script, const Statement &s, bool *syntax, int *offset)
{
    sqlite3_stmt *compiled = nullptr;
    int rc = sqlite3_prepare_v2(m_db, script.constData() + s.begin, s.end - s.begin, &compiled, nullptr);
    while (rc == SQLITE_OK && compiled && (rc = sqlite3_step(compiled)) == SQLITE_ROW) {
    }
    sqlite3_finalize(compiled);
    if (rc == SQLITE_OK || rc == SQLITE_DONE)
        return {};
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    *syntax = isSyntaxError(message);
    const int at = sqlite3_error_offset(m_db);
    *offset = s.begin + (at >= 0 ? at : 0);
    return message;
}

SourcePlace SqliteScriptLoader::placeOf(const QString &objectName) const
{
    return m_places.value(objectName.toLower(), SourcePlace::ofSource(m_lines.sourceName()));
}

Result<void> SqliteScriptLoader::load(const QByteArray &script, const QString &sourceName, ModelBuilder &builder, TaskControl *control)
{
    if (!m_db)
        return Error(QStringLiteral("cannot open an in-memory SQLite database"), SourcePlace::ofSource(sourceName));
    m_lines = ScriptLines(script, sourceName);
    const QList<Statement> statements = split(script);
    QList<std::pair<Statement, QString>> refused; // to run again after the others
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (TaskControl::cancelled(control))
            return Error(QStringLiteral("import cancelled"), SourcePlace::ofSource(sourceName), QString::fromLatin1(cancelledCode));
        if ((i & 63) == 0)
            TaskControl::report(control, i, statements.size(), QStringLiteral("Running the script"));
        const Statement &s = statements[i];
        QString why, created;
        const Action action = classify(script, s, &why, &created);
        const SourcePlace place = m_lines.place(s.begin);
        if (action != Action::Run) {
            QString head = QString::fromUtf8(script.mid(s.begin, s.end - s.begin)).section(u'\n', 0, 0).simplified().left(70);
            if (head.endsWith(u';'))
                head.chop(1);
            builder.report(action == Action::SkipNote ? Severity::Info : Severity::Warning, QStringLiteral("import.skipped"),
                           QStringLiteral("%1: %2").arg(why, head), place);
            continue;
        }
        if (!created.isEmpty() && !m_places.contains(created))
            m_places.insert(created, place);
        bool syntax = false;
        int offset = 0;
        const QString message = run(script, s, &syntax, &offset);
        if (message.isEmpty())
            continue;
        if (syntax)
            return Error(message, m_lines.place(offset), QStringLiteral("import.syntax"));
        refused << std::pair{s, message};
    }
    // What SQLite refused may need what came after it; run it again until nothing more runs.
    for (bool progress = true; progress && !refused.isEmpty();) {
        progress = false;
        for (qsizetype i = 0; i < refused.size(); ++i) {
            bool syntax = false;
            int offset = 0;
            const QString message = run(script, refused[i].first, &syntax, &offset);
            if (message.isEmpty()) {
                refused.removeAt(i--);
                progress = true;
            } else {
                refused[i].second = message;
            }
        }
    }
    for (const auto &[s, message] : std::as_const(refused))
        builder.report(Severity::Warning, QStringLiteral("import.rejected"),
                       QStringLiteral("SQLite refuses the statement (%1): skipped").arg(message), m_lines.place(s.begin),
                       QStringLiteral("correct the statement, or create what it needs first"));
    return Result<void>::success();
}

} // namespace strata::modeler
