// How one statement's latencies spread: executions per latency bin (Qt Charts bars), linear bins from
// the fastest to the 99th percentile and one bin for the slower tail, so that a few outliers do not
// squash the rest into one bar.
#pragma once

#include "workload/ui/ChartPane.h"

#include <workload/WorkloadProfile.h>

class QBarSeries;

namespace strata::workload::ui {

struct HistogramBin
{
    double from = 0, to = 0; ///< ms; a bin holds from < x <= to (the first also x == from)
    qint64 count = 0;
};

class LatencyHistogram : public ChartPane
{
    Q_OBJECT

public:
    explicit LatencyHistogram(QWidget *parent = nullptr);

    /// `count` linear bins over [fastest, p99], and one over (p99, max] when anything is slower.
    static QList<HistogramBin> bins(QList<double> milliseconds, int count);

    void setStatement(const StatementProfile &statement);
    void clearStatement();
    QBarSeries *series() const { return m_series; }

private:
    QBarSeries *m_series = nullptr;
};

} // namespace strata::workload::ui
