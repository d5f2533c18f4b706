// Decides the SQLite query of each view of a model; see SqliteViewQueries.h.
#include "SqliteViewQueries.h"

#include "SqliteDdl.h"
#include "SqliteSelect.h"

namespace strata::modeler {

namespace {

// Whether the rewrite says more than the query as written, beyond line breaks, parentheses and
// quotes around names: only then is it worth an info to the user.
bool changesMoreThanLayout(const QString &written, const QString &rewritten)
{
    const auto bare = [](const QString &sql) {
        QString out;
        for (const QChar c : sql) {
            if (!c.isSpace() && c != u'(' && c != u')' && c != u'"')
                out += c.toLower();
        }
        return out;
    };
    return bare(written) != bare(rewritten);
}

} // namespace

SqliteViewQueries::Choice SqliteViewQueries::choice(const View &view)
{
    if (!m_decided)
        decideAll();
    return m_choices.value(view.id);
}

void SqliteViewQueries::decideAll()
{
    m_decided = true;
    const SqliteDdl quiet(m_model, nullptr); // its findings are the script's builder's to report
    for (const Table &t : m_model.tables)
        (void)m_scratch.execute({quiet.createTable(t)}); // a table SQLite refuses is missing in the script too
    // A view may come before the view it reads: rounds until no more of them are taken.
    for (bool progress = true; progress;) {
        progress = false;
        for (const View &v : m_model.views) {
            if (!m_choices.value(v.id).sql.isEmpty())
                continue;
            const Choice c = decide(quiet, v);
            m_choices.insert(v.id, c);
            // Kept in the scratch database whatever came before: later views may read it.
            const bool kept = !c.sql.isEmpty() && tryView(quiet, v, c.sql, true);
            progress = progress || kept;
        }
    }
}

// PostgreSQL's text is rewritten, as SQLite may read the same text otherwise (NULLs sort first, a
// column without AS is named by its text); only text PostgreSQL cannot read is tried as written.
// SQLite's text is kept as written; if SQLite refuses it, it may have been edited in PostgreSQL's.
SqliteViewQueries::Choice SqliteViewQueries::decide(const SqliteDdl &builder, const View &view)
{
    Choice c;
    const QString written = DdlBuilder::viewQuery(view);
    Result<void> asWritten = Error(QString());
    if (view.dialect == Dialect::Sqlite) {
        asWritten = tryView(builder, view, written, false);
        if (asWritten) {
            c.sql = written;
            return c;
        }
    }
    auto rewritten = SqliteSelect::fromPostgres(view.definition, m_model);
    auto accepted = rewritten ? tryView(builder, view, rewritten.value(), false) : Result<void>(rewritten.error());
    if (accepted) {
        c.sql = rewritten.value();
        c.rewritten = changesMoreThanLayout(written, c.sql);
        return c;
    }
    const QString why = rewritten ? QStringLiteral("SQLite refuses its rewrite: %1").arg(accepted.error().message) : rewritten.error().message;
    if (view.dialect == Dialect::Sqlite) {
        c.problem = QStringLiteral("%1; read as PostgreSQL's: %2").arg(asWritten.error().message, why);
        return c;
    }
    if (rewritten || !rewritten.error().message.startsWith(SqliteSelect::unreadable()))
        c.problem = why;
    else if (auto plain = tryView(builder, view, written, false))
        c.sql = written;
    else
        c.problem = QStringLiteral("%1; as written: %2").arg(why, plain.error().message);
    return c;
}

Result<void> SqliteViewQueries::tryView(const SqliteDdl &builder, const View &view, const QString &query, bool keep)
{
    const QStringList statements = {builder.viewStatement(view, query),
                                    QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(builder.qualifiedName(view.schemaId, view.name))};
    return keep ? m_scratch.execute(statements) : m_scratch.tryOut(statements);
}

} // namespace strata::modeler
