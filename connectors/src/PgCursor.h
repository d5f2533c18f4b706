// The statements of a PostgreSQL script, run one after the other in single-row mode: each row
// arrives as its own result, so the rows not fetched yet stay on the server.
#pragma once

#include "PgSession.h"
#include "PgValues.h"
#include "connectors/Cursor.h"

#include <optional>

namespace strata::connectors {

class PgCursor final : public Cursor
{
public:
    PgCursor(PgSession *session, ScriptText script, QList<StatementSpan> statements, const Row &params,
             ExecOptions options, int preparedId);
    ~PgCursor() override;

    Result<bool> nextResult() override;
    const QList<Column> &columns() const override { return m_columns; }
    Result<QList<Row>> fetch(int maxRows) override;
    const ResultSummary &summary() const override { return m_summary; }
    int statementCount() const override { return int(m_statements.size()); }

    /// Reads what is left of the current statement and runs no more of the script.
    void close();
    /// The session is going away.
    void detach() { m_session = nullptr; }

private:
    enum class State { BeforeStatement, Rows, CopyOut, StatementDone, Finished };

    Result<void> send();
    /// Takes the first result of the statement: a row, its end, or its error.
    Result<void> takeFirst();
    void takeColumns(const PGresult *result);
    Row rowOf(const PGresult *result) const;
    /// The statement's final result: command tag and rows affected.
    void endStatement(const PGresult *result);
    Result<void> fetchRows(int maxRows, QList<Row> &rows);
    Result<void> fetchCopyLines(int maxRows, QList<Row> &rows);
    /// Reads the rest of the statement's results; its error, when it fails on the way.
    Result<void> drain();
    /// Stops the script with this error (the statement's results drained first).
    Error fail(const PGresult *result);
    Error fail(Error error);
    void finish();

    PgSession *m_session;
    ScriptText m_script;
    QList<StatementSpan> m_statements;
    PgParams m_params;
    ExecOptions m_options;
    int m_preparedId;
    int m_index = -1;
    State m_state = State::BeforeStatement;
    StatementRef m_statement;
    StatementClock m_clock;
    QList<Column> m_columns;
    ResultSummary m_summary;
    PgResultPtr m_firstRow{nullptr, &PQclear};
    std::optional<Error> m_pendingError; // met after rows that fetch() returned first
};

} // namespace strata::connectors
