#include "workload/ui/ScalingChart.h"

#include <cmath>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

namespace strata::workload::ui {

namespace {

constexpr int curvePoints = 60;
// Latencies below this (ms) are drawn at it on the logarithmic axis, which cannot show zero.
constexpr double floorMs = 1e-4;

QAbstractAxis *axisFor(double low, double high, const QString &title, bool allowLog)
{
    if (allowLog && low > 0 && high / low >= 20) {
        auto *axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setRange(low / 1.5, high * 1.5);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(-1);
        axis->setTitleText(title + QObject::tr(" (log)"));
        return axis;
    }
    auto *axis = new QValueAxis;
    axis->setRange(0, high * 1.1);
    axis->setLabelFormat(QStringLiteral("%g"));
    axis->setTitleText(title);
    return axis;
}

} // namespace

ScalingChart::ScalingChart(QWidget *parent) : ChartPane(parent)
{
    setObjectName(QStringLiteral("scalingChart"));
    setMinimumHeight(180);
    clearStatement();
}

void ScalingChart::clearStatement()
{
    m_measured = nullptr;
    m_fitted = nullptr;
    m_predicted = nullptr;
    showPlaceholder(tr("Run a scaling study, then choose a statement"));
}

void ScalingChart::setStatement(const StatementScaling &statement, qint64 predictRows)
{
    QChart *chart = newChart();
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("%1 against the rows of %2: %3")
                        .arg(statement.name, statement.table.isEmpty() ? tr("all tables") : statement.table,
                             statement.verdict));
    m_measured = new QScatterSeries;
    m_measured->setName(tr("median at each size"));
    m_measured->setMarkerSize(9);
    for (int i = 0; i < statement.rows.size(); ++i)
        m_measured->append(statement.rows[i], std::max(statement.medianMs.value(i), floorMs));
    chart->addSeries(m_measured);
    m_fitted = nullptr;
    m_predicted = nullptr;
    const double low = statement.rows.isEmpty()
                           ? 1
                           : std::max(1.0, *std::min_element(statement.rows.begin(), statement.rows.end()));
    const double measuredTo =
        statement.rows.isEmpty() ? 1 : *std::max_element(statement.rows.begin(), statement.rows.end());
    const double high = std::max(measuredTo, double(predictRows));
    if (!statement.fits.isEmpty())
        addFit(chart, statement.fits.first(), low, measuredTo, high);
    if (predictRows > 0 && !statement.fits.isEmpty())
        addPrediction(chart, statement, predictRows);

    double yLow = std::numeric_limits<double>::max(), yHigh = floorMs;
    for (QAbstractSeries *s : chart->series())
        for (const QPointF &p : static_cast<QXYSeries *>(s)->points()) {
            yLow = std::min(yLow, p.y());
            yHigh = std::max(yHigh, p.y());
        }
    QAbstractAxis *x = axisFor(low, high, tr("rows"), true);
    QAbstractAxis *y =
        axisFor(std::max(yLow, floorMs), yHigh, tr("latency, ms"), yHigh / std::max(yLow, floorMs) >= 50);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    showChart(chart);
}

void ScalingChart::addFit(QChart *chart, const CurveFit &fit, double from, double measuredTo, double to)
{
    // Evenly spaced on a logarithmic scale, so that the curve is smooth on either kind of axis.
    const auto curve = [&](double a, double b) {
        auto *series = new QLineSeries;
        for (int i = 0; i <= curvePoints; ++i) {
            const double n = a * std::pow(b / a, double(i) / curvePoints);
            series->append(n, std::max(fit.predict(n), floorMs));
        }
        return series;
    };
    m_fitted = curve(from, std::max(measuredTo, from * 1.0001));
    m_fitted->setName(tr("fitted: %1").arg(CurveFit::shapeName(fit.shape)));
    chart->addSeries(m_fitted); // before its pen is changed: the chart's theme gives the colour
    QPen pen = m_fitted->pen();
    pen.setWidthF(2);
    m_fitted->setPen(pen);
    if (to > measuredTo) {
        QLineSeries *beyond = curve(measuredTo, to);
        beyond->setName(tr("extrapolated"));
        chart->addSeries(beyond);
        pen.setStyle(Qt::DashLine);
        beyond->setPen(pen);
    }
}

void ScalingChart::addPrediction(QChart *chart, const StatementScaling &statement, qint64 predictRows)
{
    m_predicted = new QScatterSeries;
    m_predicted->setName(tr("predicted at %1 rows: %2 ms ± %3")
                             .arg(QLocale().toString(predictRows))
                             .arg(statement.predictedMs, 0, 'g', 3)
                             .arg(statement.marginMs, 0, 'g', 2));
    m_predicted->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_predicted->setMarkerSize(10);
    m_predicted->append(double(predictRows), std::max(statement.predictedMs, floorMs));
    chart->addSeries(m_predicted);
    auto *interval = new QLineSeries;
    interval->setName(tr("95% interval"));
    interval->append(double(predictRows), std::max(statement.predictedMs - statement.marginMs, floorMs));
    interval->append(double(predictRows), std::max(statement.predictedMs + statement.marginMs, floorMs));
    chart->addSeries(interval);
    interval->setColor(m_predicted->color());
}

} // namespace strata::workload::ui
