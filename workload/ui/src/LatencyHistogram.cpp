#include "workload/ui/LatencyHistogram.h"

#include <algorithm>
#include <cmath>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLocale>
#include <QValueAxis>
#include <workload/ProfileReport.h>

namespace strata::workload::ui {

namespace {

constexpr int binCount = 16;

} // namespace

LatencyHistogram::LatencyHistogram(QWidget *parent) : ChartPane(parent)
{
    setObjectName(QStringLiteral("latencyHistogram"));
    setMinimumHeight(160);
    clearStatement();
}

QList<HistogramBin> LatencyHistogram::bins(QList<double> samples, int count)
{
    QList<HistogramBin> out;
    if (samples.isEmpty() || count < 1)
        return out;
    std::sort(samples.begin(), samples.end());
    const double low = samples.first(), max = samples.last();
    // The 99th percentile by nearest rank, as LatencySummary counts it.
    const double p99 = samples[std::clamp<qsizetype>(qsizetype(std::ceil(0.99 * double(samples.size()))) - 1,
                                                     0, samples.size() - 1)];
    const double high = p99 > low ? p99 : max;
    const int linear = high > low ? count : 1;
    const double width = (high - low) / linear;
    for (int b = 0; b < linear; ++b)
        out.append({low + width * b, b == linear - 1 ? high : low + width * (b + 1), 0});
    if (max > high)
        out.append({high, max, 0});
    for (const double x : samples) {
        int b = width > 0 ? int(std::ceil((x - low) / width)) - 1 : 0;
        b = std::max(b, 0);
        if (x > high)
            b = int(out.size()) - 1;
        else
            b = std::min(b, linear - 1);
        ++out[b].count;
    }
    return out;
}

void LatencyHistogram::clearStatement()
{
    showPlaceholder(tr("Choose a statement to see how its latencies spread"));
    m_series = nullptr;
}

void LatencyHistogram::setStatement(const StatementProfile &statement)
{
    const QList<HistogramBin> histogram = bins(statement.samples, binCount);
    QChart *chart = newChart();
    const LatencySummary &l = statement.latency;
    chart->setTitle(tr("%1: %2 executions; p50 %3 ms, p95 %4, p99 %5, max %6")
                        .arg(statement.name, QLocale().toString(l.count), ProfileReport::milliseconds(l.p50),
                             ProfileReport::milliseconds(l.p95), ProfileReport::milliseconds(l.p99),
                             ProfileReport::milliseconds(l.max)));
    auto *set = new QBarSet(tr("executions"));
    QStringList labels;
    qint64 tallest = 0;
    for (int b = 0; b < histogram.size(); ++b) {
        *set << double(histogram[b].count);
        tallest = std::max(tallest, histogram[b].count);
        const bool tail = b == histogram.size() - 1 && histogram.size() > binCount;
        labels << (tail ? tr("≤%1").arg(ProfileReport::milliseconds(histogram[b].to))
                        : ProfileReport::milliseconds(histogram[b].to));
    }
    m_series = new QBarSeries;
    m_series->setBarWidth(0.95);
    m_series->append(set);
    chart->addSeries(m_series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setTitleText(tr("latency up to, ms"));
    x->setLabelsAngle(-60);
    auto *y = new QValueAxis;
    y->setRange(0, double(std::max<qint64>(tallest, 1)));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("executions"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(x);
    m_series->attachAxis(y);
    showChart(chart);
}

} // namespace strata::workload::ui
