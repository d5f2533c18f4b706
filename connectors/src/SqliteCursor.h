// The statements of a SQLite script, compiled and stepped one at a time: SQLite computes a row only
// when it is stepped to, so rows not fetched yet cost nothing.
#pragma once

#include "SqliteSession.h"
#include "connectors/Cursor.h"

#include <optional>

namespace strata::connectors {

class SqliteCursor final : public Cursor
{
public:
    /// `prepared` is a statement of the session's (Session::prepare) to run instead of compiling the script.
    SqliteCursor(SqliteSession *session, ScriptText script, QList<StatementSpan> statements, Row params,
                 ExecOptions options, sqlite3_stmt *prepared);
    ~SqliteCursor() override;

    Result<bool> nextResult() override;
    const QList<Column> &columns() const override { return m_columns; }
    Result<QList<Row>> fetch(int maxRows) override;
    const ResultSummary &summary() const override { return m_summary; }
    int statementCount() const override { return int(m_statements.size()); }

    /// Lets go of the current statement and runs no more of the script.
    void close();
    void detach() { m_session = nullptr; }

private:
    enum class State { BeforeStatement, Rows, StatementDone, Finished };

    Result<void> start();
    /// One sqlite3_step, timed; moves to Rows or StatementDone, or fails.
    Result<void> step();
    Row currentRow() const;
    void endStatement();
    void releaseStatement();
    Error fail(Error error);
    void finish();

    SqliteSession *m_session;
    ScriptText m_script;
    QList<StatementSpan> m_statements;
    Row m_params;
    ExecOptions m_options;
    sqlite3_stmt *m_prepared;
    sqlite3_stmt *m_statement = nullptr;
    int m_index = -1;
    State m_state = State::BeforeStatement;
    StatementClock m_clock;
    QList<Column> m_columns;
    ResultSummary m_summary;
    std::optional<Error> m_pendingError; // met after rows that fetch() returned first
};

} // namespace strata::connectors
