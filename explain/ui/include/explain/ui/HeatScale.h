// Colours for plan metrics: how hot a node is against the hottest of its plan, and how much better
// or worse a node got in a comparison.
#pragma once

#include <explain/PlanAnalysis.h>

#include <QColor>

namespace strata::explain::ui {

class HeatScale
{
public:
    /// 0..1: time and cost grow linearly, rows, buffers and misestimates on a log scale (a
    /// 10x misestimate is already worth colour, a 10,000x one is the worst).
    static double fraction(double value, double maximum, Metric metric);
    /// Pale grey-white at 0 through yellow and orange to red at 1.
    static QColor fill(double fraction);
    /// The strong colour of the same scale, for stripes and bars.
    static QColor accent(double fraction);
    /// Green when something got faster (negative change), red when slower; white around zero.
    static QColor change(double delta, double maximumMagnitude);
};

} // namespace strata::explain::ui
