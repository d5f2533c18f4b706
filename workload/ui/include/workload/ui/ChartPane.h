// The base of the panel's charts (latency histogram, scaling curve): a Qt Charts view whose chart is
// made anew for each result and replaces the last one whole, or a placeholder that says what to do
// to get one.
#pragma once

#include <QChartView>

namespace strata::workload::ui {

class ChartPane : public QChartView
{
    Q_OBJECT

public:
    explicit ChartPane(QWidget *parent = nullptr);

protected:
    /// An empty chart as the panel draws them: no animation, narrow margins, legend hidden.
    static QChart *newChart();
    /// Shows `chart` (taking it) and deletes the one shown before.
    void showChart(QChart *chart);
    /// An empty chart whose title says what to do to fill it.
    void showPlaceholder(const QString &text);
};

} // namespace strata::workload::ui
