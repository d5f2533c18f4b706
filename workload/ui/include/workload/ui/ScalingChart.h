// One statement's latency against the rows of the largest table it reads: the median measured at
// each size (points), the curve fitted to every execution (a line, dashed beyond the sizes measured),
// and the prediction at the row count the user asked about with its 95% interval.
#pragma once

#include "workload/ui/ChartPane.h"

#include <workload/ScalingStudy.h>

class QLineSeries;
class QScatterSeries;

namespace strata::workload::ui {

class ScalingChart : public ChartPane
{
    Q_OBJECT

public:
    explicit ScalingChart(QWidget *parent = nullptr);

    /// `predictRows` 0: no prediction.
    void setStatement(const StatementScaling &statement, qint64 predictRows);
    void clearStatement();

    QScatterSeries *measured() const { return m_measured; }
    QLineSeries *fitted() const { return m_fitted; }
    QScatterSeries *predicted() const { return m_predicted; }

private:
    void addFit(QChart *chart, const CurveFit &fit, double from, double measuredTo, double to);
    void addPrediction(QChart *chart, const StatementScaling &statement, qint64 predictRows);

    QScatterSeries *m_measured = nullptr;
    QLineSeries *m_fitted = nullptr;
    QScatterSeries *m_predicted = nullptr;
};

} // namespace strata::workload::ui
