// Test helper: do two plans describe the same tree? Used to check that the text and the JSON of
// one EXPLAIN parse to the same plan. Text leaves out what is zero, false or empty ("Buffers:" with
// no blocks, "Inner Unique: false", "Workers: []"), so a key missing on one side matches such a
// value on the other; numbers match when they agree to 1e-9.
#pragma once

#include <explain/Plan.h>

#include <QSet>
#include <QString>

namespace strata::test {

struct TreeCompareOptions
{
    QSet<QString> ignoredKeys;   ///< never compared (times of separate runs, say)
    bool compareSummary = true;
    QSet<QString> ignoredSummaryKeys;
};

/// Empty when the plans are the same tree with the same fields; else the first difference found.
QString planDifference(const explain::Plan &a, const explain::Plan &b, const TreeCompareOptions &options = {});

/// The keys that depend on one execution (times, rows per worker, buffers, memory): ignored when
/// two EXPLAIN ANALYZE runs of a parallel query are compared.
QSet<QString> executionKeys();

} // namespace strata::test
