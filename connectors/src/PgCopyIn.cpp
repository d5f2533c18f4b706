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
void appendEscaped(std::string &line, QByteArrayView text)
{
    for (const char c : text) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c;
        }
    }
}

std::string copyLine(const Row &row)
{
    std::string line;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            line += '\t';
        if (row[i].isNull())
            line += "\\N";
        else
            appendEscaped(line, pgText(row[i]));
    }
    return line;
}

// Row `row` of a batch as a line, each value as pgText() would write it.
void batchLine(const RowBatch &batch, qsizetype row, std::string &line)
{
    line.clear();
    for (qsizetype i = row * batch.columns(); i < (row + 1) * batch.columns(); ++i) {
        if (i > row * batch.columns())
            line += '\t';
        switch (batch.kind(i)) {
        case RowBatch::Kind::Null: line += "\\N"; break;
        case RowBatch::Kind::Integer: line += std::to_string(batch.integer(i)); break;
        case RowBatch::Kind::Boolean: line += batch.integer(i) ? 't' : 'f'; break;
        case RowBatch::Kind::Real: appendEscaped(line, pgText(batch.real(i))); break;
        case RowBatch::Kind::Text: appendEscaped(line, batch.bytes(i)); break;
        case RowBatch::Kind::Bytes: appendEscaped(line, "\\x" + batch.bytes(i).toByteArray().toHex()); break;
        }
    }
}

} // namespace

Result<qint64> PgCopyIn::run(const QString &schema, const QString &table, const QStringList &columns,
                             const RowSource &next)
{
    Row row;
    qint64 read = 0;
    return copy(schema, table, columns, [&](std::string &line, std::optional<Error> &error) {
        if (!next(row))
            return false;
        ++read;
        if (row.size() != columns.size())
            error = Error(QStringLiteral("row %1 has %2 values for %3 columns").arg(read).arg(row.size()).arg(columns.size()), {},
                          QLatin1String(usageCode));
        else
            line = copyLine(row);
        row.clear();
        return true;
    });
}

Result<qint64> PgCopyIn::run(const QString &schema, const QString &table, const QStringList &columns,
                             const BatchSource &next)
{
    RowBatch batch(int(columns.size()));
    qsizetype row = 0;
    return copy(schema, table, columns, [&](std::string &line, std::optional<Error> &error) {
        while (row >= batch.rows()) {
            if (!next(batch))
                return false;
            row = 0;
            if (batch.columns() != columns.size() || batch.values() % batch.columns() != 0) {
                error = Error(QStringLiteral("a batch of %1 values does not hold rows of %2 columns").arg(batch.values()).arg(columns.size()),
                              {}, QLatin1String(usageCode));
                return true;
            }
        }
        batchLine(batch, row++, line);
        return true;
    });
}

Result<qint64> PgCopyIn::copy(const QString &schema, const QString &table, const QStringList &columns, const LineSource &lines)
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
        error = copyRows(target, columns, lines);
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

std::optional<Error> PgCopyIn::copyRows(const QString &target, const QStringList &columns, const LineSource &lines)
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
    std::string line;
    while (!error && lines(line, error)) {
        if (error)
            break;
        if (TaskControl::cancelled(m_options.control) || m_session.stopRequested())
            error = m_session.cancelledError({});
        else
            copy.write_raw_line(line);
        if (!error && ++m_loaded % 10000 == 0)
            TaskControl::report(m_options.control, m_loaded, 0, QStringLiteral("loading %1").arg(target));
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
