#include "workload/ui/ChartPane.h"

namespace strata::workload::ui {

ChartPane::ChartPane(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
}

QChart *ChartPane::newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    return chart;
}

void ChartPane::showChart(QChart *chart)
{
    QChart *old = QChartView::chart();
    setChart(chart);
    delete old; // setChart() lets go of the old chart without deleting it
}

void ChartPane::showPlaceholder(const QString &text)
{
    QChart *chart = newChart();
    chart->setTitle(text);
    showChart(chart);
}

} // namespace strata::workload::ui
