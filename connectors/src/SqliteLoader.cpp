#include "SqliteLoader.h"

#include "connectors/ErrorCodes.h"

#include <sqlite3.h>

#include <algorithm>

namespace strata::connectors {

namespace {

int bindBatchValue(sqlite3_stmt *statement, int index, const RowBatch &batch, qsizetype value)
{
    switch (batch.kind(value)) {
    case RowBatch::Kind::Null: return sqlite3_bind_null(statement, index);
    case RowBatch::Kind::Integer:
    case RowBatch::Kind::Boolean: return sqlite3_bind_int64(statement, index, batch.integer(value));
    case RowBatch::Kind::Real: return sqlite3_bind_double(statement, index, batch.real(value));
    case RowBatch::Kind::Text: {
        const QByteArrayView text = batch.bytes(value); // the batch outlives the statement's run
        return sqlite3_bind_text64(statement, index, text.data(), sqlite3_uint64(text.size()), SQLITE_STATIC, SQLITE_UTF8);
    }
    case RowBatch::Kind::Bytes: {
        const QByteArrayView bytes = batch.bytes(value);
        return sqlite3_bind_blob64(statement, index, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
    }
    }
    return SQLITE_MISUSE;
}

} // namespace

SqliteLoader::~SqliteLoader()
{
    sqlite3_finalize(m_full);
    sqlite3_finalize(m_last);
}

Result<qint64> SqliteLoader::run(const QString &schema, const QString &table, const QStringList &columns, const BatchSource &next)
{
    return load(schema, table, columns, next, nullptr);
}

Result<qint64> SqliteLoader::run(const QString &schema, const QString &table, const QStringList &columns, const RowSource &next)
{
    Row row;
    qint64 read = 0;
    std::optional<Error> wrong;
    const BatchSource batches = [&](RowBatch &batch) {
        batch.reset(int(columns.size()));
        while (batch.rows() < 5000 && !wrong && next(row)) {
            if (row.size() != columns.size())
                wrong = Error(QStringLiteral("row %1 has %2 values for %3 columns").arg(read + 1).arg(row.size()).arg(columns.size()),
                              {}, QLatin1String(usageCode));
            else
                for (const QVariant &value : std::as_const(row))
                    batch.append(value);
            ++read;
            row = Row();
        }
        return !batch.isEmpty() || wrong;
    };
    return load(schema, table, columns, batches, &wrong);
}

Result<qint64> SqliteLoader::load(const QString &schema, const QString &table, const QStringList &columns,
                                  const BatchSource &next, const std::optional<Error> *sourceError)
{
    if (columns.isEmpty())
        return Error(QStringLiteral("a load needs at least one column"), {}, QLatin1String(usageCode));
    const bool own = sqlite3_get_autocommit(m_session.db());
    if (auto begun = m_session.execute(own ? "BEGIN" : "SAVEPOINT strata_load"); !begun)
        return begun.error();
    const QString target = (schema.isEmpty() ? QString() : m_session.quoteIdentifier(schema) + u'.') +
                           m_session.quoteIdentifier(table);
    auto inserted = insertBatches(target, columns, next, sourceError);
    if (!inserted) {
        (void)m_session.execute(own ? "ROLLBACK" : "ROLLBACK TO strata_load; RELEASE strata_load");
        Error error = inserted.error();
        error.place = SourcePlace::ofSource(target);
        return error;
    }
    if (auto committed = m_session.execute(own ? "COMMIT" : "RELEASE strata_load"); !committed)
        return committed.error();
    return m_loaded;
}

Result<void> SqliteLoader::insertBatches(const QString &target, const QStringList &columns, const BatchSource &next,
                                         const std::optional<Error> *sourceError)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << m_session.quoteIdentifier(c);
    m_insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(target, quoted.join(QStringLiteral(", ")));
    m_rowPlaceholders = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    // As many rows per statement as SQLite's limit on bound variables allows, up to 500.
    const int variables = sqlite3_limit(m_session.db(), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    m_rowsPerInsert = std::clamp<qsizetype>(variables / columns.size(), 1, 500);
    RowBatch batch(int(columns.size()));
    while (next(batch)) {
        if (batch.columns() != columns.size() || batch.values() % batch.columns() != 0)
            return Error(QStringLiteral("a batch of %1 values does not hold rows of %2 columns").arg(batch.values()).arg(columns.size()),
                         {}, QLatin1String(usageCode));
        for (qsizetype first = 0; first < batch.rows(); first += m_rowsPerInsert)
            if (auto done = insert(batch, first, std::min(m_rowsPerInsert, batch.rows() - first)); !done)
                return done;
        if (sourceError && *sourceError)
            return **sourceError;
    }
    return Result<void>::success();
}

Result<sqlite3_stmt *> SqliteLoader::statementFor(qsizetype rows)
{
    const bool full = rows == m_rowsPerInsert;
    sqlite3_stmt *&statement = full ? m_full : m_last;
    ScriptText &text = full ? m_fullText : m_lastText;
    if (statement && (full || m_lastRows == rows))
        return statement;
    if (!full)
        m_lastRows = rows;
    sqlite3_finalize(statement);
    statement = nullptr;
    text = ScriptText(m_insertHead + QStringList(rows, m_rowPlaceholders).join(u','), {});
    auto compiled = m_session.compile(text, text.spanOfBytes(0, text.utf8().size()), SQLITE_PREPARE_PERSISTENT);
    if (!compiled)
        return compiled.error();
    statement = *compiled;
    return statement;
}

Result<void> SqliteLoader::insert(const RowBatch &batch, qsizetype first, qsizetype count)
{
    if (m_session.stopRequested() || TaskControl::cancelled(m_options.control))
        return Error(QStringLiteral("the load was cancelled"), {}, QLatin1String(cancelledCode));
    auto statement = statementFor(count);
    if (!statement)
        return statement.error();
    const ScriptText &text = count == m_rowsPerInsert ? m_fullText : m_lastText;
    const StatementSpan whole{0, text.text().size(), 0, text.utf8().size()};
    const qsizetype begin = first * batch.columns(), end = (first + count) * batch.columns();
    for (qsizetype v = begin; v < end; ++v)
        if (const int rc = bindBatchValue(*statement, int(v - begin + 1), batch, v); rc != SQLITE_OK)
            return m_session.error(rc, text, whole);
    const int rc = sqlite3_step(*statement);
    std::optional<Error> error;
    if (rc != SQLITE_DONE)
        error = m_session.error(rc, text, whole);
    sqlite3_reset(*statement);
    if (error)
        return *error;
    m_loaded += count;
    TaskControl::report(m_options.control, m_loaded, 0, QStringLiteral("loading"));
    return Result<void>::success();
}

} // namespace strata::connectors
