// Index advice measured on the data: candidates from the workload's statements (IndexCandidates),
// each created, the statements on its table timed again (rounds of the same parameters, medians),
// its plan checked for the index, and the index dropped; an index is kept when a statement's plan
// uses it and every timing round of the statement with the index beats every round without it by
// `minimumGain`. Kept indexes that add nothing to a better one are left out; the rest are measured
// together. Everything runs in one transaction that is rolled back: the database is left
// as it was.
//
// For a GUI: call run() from a worker thread with a TaskControl (progress per candidate, cancel).
#pragma once

#include "workload/IndexAdvice.h"
#include "workload/Workload.h"

#include <connectors/Session.h>

#include <strata/TaskControl.h>

namespace strata::workload {

struct AdviseOptions
{
    quint64 seed = 1;
    int rounds = 5;            ///< timing rounds per measurement
    double roundMs = 15;       ///< time each statement gets per round (at least 5 runs)
    double minimumGain = 0.10; ///< the least relative speedup counted as help
    int maxCandidates = 16;
    qint64 writeRows = 2000;   ///< rows inserted to measure an index's write cost
};

class IndexAdvisor
{
public:
    static Result<IndexAdvice> run(const Workload &workload, connectors::Session &session, const AdviseOptions &options,
                                   TaskControl *control = nullptr);
};

} // namespace strata::workload
