// Test helper: plans from text and from the files under tests/data/explain, for tests whose
// subject is not the parser (a plan that does not read stops the test program).
#pragma once

#include <explain/Plan.h>

namespace strata::test {

/// The plan in `text` (any kind PlanReader reads).
explain::Plan planFromText(const QString &text, const QString &sourceName = {});
/// The plan in tests/data/explain/`relative` ("analysis/merge-join-over-cte.txt"), named by its file.
explain::Plan testPlan(const QString &relative);
/// tests/data/explain/ with a trailing slash.
QString explainDataDir();

} // namespace strata::test
