// The statements of a running script and their rows, read in batches so that a result of ten million
// rows never sits in memory: the rows not fetched yet wait on the server (PostgreSQL single-row mode)
// or in the engine (SQLite steps one row at a time).
//
//     auto cursor = session.run(script);
//     while (true) {
//         auto more = cursor->nextResult();     // runs the next statement
//         if (!more) { report(more.error()); break; }
//         if (!*more) break;                    // every statement has run
//         show(cursor->columns());
//         for (auto batch = cursor->fetch(1000); batch && !batch->isEmpty(); batch = cursor->fetch(1000)) ...
//         show(cursor->summary());
//     }
//
// A cursor belongs to its session and is used from one thread at a time; Session::cancel() stops it
// from any thread. Only one cursor of a session is open at a time: running another statement first
// reads what is left of the open one. Destroying a cursor does the same (call Session::cancel() first
// to stop a long statement instead of reading it to the end).
#pragma once

#include "connectors/Column.h"
#include "connectors/ResultSummary.h"

#include <strata/Result.h>

namespace strata::connectors {

class Cursor
{
public:
    virtual ~Cursor() = default;

    /// Runs the next statement of the script and waits for its first row or its end. Returns false
    /// once every statement has run. An error (with the server's SQLSTATE and the place of the error
    /// in the script) stops the script: the statements after it do not run.
    virtual Result<bool> nextResult() = 0;
    /// The columns of the current statement's rows; empty for a statement that returns none.
    virtual const QList<Column> &columns() const = 0;
    /// Up to maxRows more rows of the current statement; an empty list once all are read.
    virtual Result<QList<Row>> fetch(int maxRows) = 0;
    /// What the current statement did so far; final once fetch() returned an empty list.
    virtual const ResultSummary &summary() const = 0;
    /// How many statements the script has.
    virtual int statementCount() const = 0;
};

} // namespace strata::connectors
