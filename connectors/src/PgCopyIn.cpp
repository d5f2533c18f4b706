#include "PgCopyIn.h"

#include "PgValues.h"
#include "connectors/ErrorCodes.h"

#include <pqxx/nontransaction>
#include <pqxx/tablewriter>

namespace strata::connectors {

namespace {

// A row as a line of COPY's text format: tab-separated, \N for NULL, backslash escapes. Written by
// hand because libpqxx 6.4's tablewriter escapes every non-ASCII byte as a literal backslash and
// octal digits, so "café" arrives as "caf\303\251".
std::string copyLine(const Row &row)
{
    QByteArray line;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            line += '\t';
        if (row[i].isNull()) {
            line += "\\N";
            continue;
        }
        for (const char c : pgText(row[i])) {
            switch (c) {
            case '\\': line += "\\\\"; break;
            case '\t': line += "\\t"; break;
            case '\n': line += "\\n"; break;
            case '\r': line += "\\r"; break;
            default: line += c;
            }
        }
    }
    return line.toStdString();
}

} // namespace

Result<qint64> PgCopyIn::run(const QString &schema, const QString &table, const QStringList &columns,
                             const RowSource &next)
{
    const TransactionState state = m_session.transactionState();
    if (state == TransactionState::Failed)
        return Error(QStringLiteral("the open transaction has failed; roll it back before loading"), {},
                     QStringLiteral("25P02"));
    const bool own = state == TransactionState::Idle;
    const QByteArray begin = own ? "BEGIN" : "SAVEPOINT strata_load";
    const QByteArray commit = own ? "COMMIT" : "RELEASE SAVEPOINT strata_load";
    const QByteArray rollback = own ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT strata_load; RELEASE SAVEPOINT strata_load";
    if (auto begun = m_session.exchange(begin); !begun)
        return begun.error();

    const QString target = (schema.isEmpty() ? QString() : m_session.quoteIdentifier(schema) + u'.') +
                           m_session.quoteIdentifier(table);
    std::optional<Error> error;
    try {
        error = copyRows(target, columns, next);
    } catch (const pqxx::sql_error &e) {
        error = pqxxSqlError(e);
        if (error->code == u"57014" && m_session.stopRequested())
            error = m_session.cancelledError({});
    } catch (const pqxx::broken_connection &e) {
        error = m_session.lostError(pgMessageText(e.what()), {});
    } catch (const pqxx::usage_error &e) {
        error = Error(QStringLiteral("cannot load: %1").arg(QString::fromUtf8(e.what())), {}, QLatin1String(usageCode));
    } catch (const pqxx::failure &e) {
        error = Error(pgMessageText(e.what()));
    }
    m_session.settle();
    return finish(std::move(error), commit, rollback);
}

std::optional<Error> PgCopyIn::copyRows(const QString &target, const QStringList &columns, const RowSource &next)
{
    std::vector<std::string> names;
    for (const QString &c : columns)
        names.push_back(m_session.quoteIdentifier(c).toStdString());
    pqxx::nontransaction tx(*m_session.m_link); // the transaction is ours (BEGIN/SAVEPOINT), not libpqxx's
    // libpqxx 6.4's stream_to takes only rows of a fixed std::tuple type; tablewriter takes lines of
    // any width (it is deprecated for 7.x, whose stream_to does).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    pqxx::tablewriter copy(tx, target.toStdString(), names.begin(), names.end());
#pragma GCC diagnostic pop
    std::optional<Error> error;
    Row row;
    while (!error && next(row)) {
        if (row.size() != columns.size())
            error = Error(QStringLiteral("row %1 has %2 values for %3 columns").arg(m_loaded + 1).arg(row.size()).arg(columns.size()),
                          {}, QLatin1String(usageCode));
        else if (TaskControl::cancelled(m_options.control) || m_session.stopRequested())
            error = m_session.cancelledError({});
        else
            copy.write_raw_line(copyLine(row));
        if (!error && ++m_loaded % 10000 == 0)
            TaskControl::report(m_options.control, m_loaded, 0, QStringLiteral("loading %1").arg(target));
        row.clear();
    }
    copy.complete(); // the rows sent so far are undone by the rollback
    return error;
}

Result<qint64> PgCopyIn::finish(std::optional<Error> error, const QByteArray &commit, const QByteArray &rollback)
{
    if (!error && (TaskControl::cancelled(m_options.control) || m_session.stopRequested()))
        error = m_session.cancelledError({});
    if (error) {
        if (error->code != QLatin1String(connectionLostCode))
            (void)m_session.exchange(rollback);
        return *error;
    }
    if (auto committed = m_session.exchange(commit); !committed)
        return committed.error();
    return m_loaded;
}

} // namespace strata::connectors
