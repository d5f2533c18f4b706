#include "explain/ui/PlanCompareView.h"

#include "explain/ui/HeatScale.h"
#include "explain/ui/PlanGraphView.h"
#include "explain/ui/PlanScene.h"

#include <explain/PlanTextReport.h>
#include <explain/Units.h>

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace strata::explain::ui {

namespace {

constexpr int BeforeRole = Qt::UserRole + 1, AfterRole = Qt::UserRole + 2, NumberRole = Qt::UserRole + 3;

class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, double number) : QTableWidgetItem(text)
    {
        setData(NumberRole, number);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(NumberRole).toDouble() < other.data(NumberRole).toDouble();
    }
};

QString signedMs(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + Units::milliseconds(v);
}

QString signedCount(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + Units::count(v);
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title), box);
    label->setContentsMargins(6, 2, 0, 0);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

PlanCompareView::PlanCompareView(QWidget *parent)
    : QWidget(parent), m_totals(new QLabel(this)), m_beforeScene(new PlanScene(this)), m_afterScene(new PlanScene(this)),
      m_beforeView(new PlanGraphView(this)), m_afterView(new PlanGraphView(this)), m_pairs(new QTableWidget(this))
{
    m_beforeView->setPlanScene(m_beforeScene);
    m_afterView->setPlanScene(m_afterScene);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setContentsMargins(6, 4, 6, 4);
    auto *drawings = new QSplitter(Qt::Horizontal, this);
    drawings->addWidget(titled(tr("Before"), m_beforeView, drawings));
    drawings->addWidget(titled(tr("After"), m_afterView, drawings));
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(drawings);
    vertical->addWidget(m_pairs);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({640, 220});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_totals);
    layout->addWidget(vertical, 1);

    m_pairs->setColumnCount(8);
    m_pairs->setHorizontalHeaderLabels({tr("Node"), tr("Before"), tr("After"), tr("Time before"), tr("Time after"), tr("Change"),
                                        tr("Rows change"), tr("Buffers change")});
    m_pairs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairs->verticalHeader()->hide();
    m_pairs->verticalHeader()->setDefaultSectionSize(m_pairs->fontMetrics().height() + 6);
    m_pairs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pairs->setSortingEnabled(true);

    connect(m_beforeScene, &PlanScene::nodeSelected, this, [this](int node) { selectPair(node, -1); });
    connect(m_afterScene, &PlanScene::nodeSelected, this, [this](int node) { selectPair(-1, node); });
    connect(m_pairs, &QTableWidget::currentItemChanged, this, [this](QTableWidgetItem *item) {
        if (item && !m_selecting) {
            const QTableWidgetItem *first = m_pairs->item(item->row(), 0);
            selectPair(first->data(BeforeRole).toInt(), first->data(AfterRole).toInt());
        }
    });
}

void PlanCompareView::compare(std::shared_ptr<const Plan> before, std::shared_ptr<const PlanAnalysis> beforeAnalysis,
                              std::shared_ptr<const Plan> after, std::shared_ptr<const PlanAnalysis> afterAnalysis)
{
    m_before = before;
    m_after = after;
    m_comparison = std::make_unique<PlanComparison>(PlanComparison::compare(*before, *beforeAnalysis, *after, *afterAnalysis));
    m_beforeScene->setPlan(before, beforeAnalysis);
    m_afterScene->setPlan(after, afterAnalysis);
    std::vector<double> beforeChanges(before->size(), std::nan("")), afterChanges(after->size(), std::nan(""));
    for (const NodePair &p : m_comparison->pairs) {
        if (p.before < 0 || p.after < 0)
            continue;
        beforeChanges[p.before] = afterChanges[p.after] = m_comparison->timeDelta(p);
    }
    m_beforeScene->setChanges(beforeChanges);
    m_afterScene->setChanges(afterChanges);
    fillTotals();
    fillPairs();
    m_beforeView->fitAll();
    m_afterView->fitAll();
}

void PlanCompareView::fillTotals()
{
    const PlanTotals &b = m_comparison->beforeTotals, &a = m_comparison->afterTotals;
    auto change = [](double before, double after, const QString &text) {
        const double pct = before > 0 ? (after - before) / before * 100 : 0;
        const QString colour = after < before ? QStringLiteral("#1a7f37") : after > before ? QStringLiteral("#c0261a") : QStringLiteral("#5f6b78");
        return QStringLiteral("<td>%1</td><td style='color:%2'>&nbsp;(%3%4%)</td>")
            .arg(text, colour, pct > 0 ? QStringLiteral("+") : QString(), QString::number(pct, 'f', 1));
    };
    const PlanMeasures &m = m_comparison->measured;
    QString html = QStringLiteral("<table cellspacing=6><tr>");
    auto cell = [&html](const QString &title) { html += QStringLiteral("<td>&nbsp;&nbsp;<b>%1</b></td>").arg(title); };
    if (m.executionTime) {
        cell(tr("Execution"));
        html += change(b.executionTime, a.executionTime, Units::milliseconds(b.executionTime) + QStringLiteral(" → ") + Units::milliseconds(a.executionTime));
    }
    if (m.planningTime) {
        cell(tr("Planning"));
        html += change(b.planningTime, a.planningTime, Units::milliseconds(b.planningTime) + QStringLiteral(" → ") + Units::milliseconds(a.planningTime));
    }
    if (m.costs) {
        cell(tr("Cost"));
        html += change(b.totalCost, a.totalCost, Units::count(b.totalCost) + QStringLiteral(" → ") + Units::count(a.totalCost));
    }
    if (m.buffers) {
        cell(tr("Buffers"));
        html += change(double(b.buffers.total()), double(a.buffers.total()),
                       Units::count(double(b.buffers.total())) + QStringLiteral(" → ") + Units::count(double(a.buffers.total())));
    }
    if (m.actuals) {
        cell(tr("Rows"));
        html += QStringLiteral("<td>%1 → %2</td>").arg(Units::count(b.rows), Units::count(a.rows));
    }
    if (!m.times && !m.actuals && !m.costs)
        html += QStringLiteral("<td>%1</td>").arg(tr("Neither plan was measured (no ANALYZE, no costs): the steps are compared, not their numbers."));
    html += QStringLiteral("</tr></table>");
    for (int column : {3, 4, 5})
        m_pairs->setColumnHidden(column, !m.times);
    m_pairs->setColumnHidden(6, !m.actuals);
    m_pairs->setColumnHidden(7, !m.buffers);
    m_totals->setText(html);
}

void PlanCompareView::fillPairs()
{
    m_pairs->setSortingEnabled(false);
    m_pairs->setRowCount(int(m_comparison->pairs.size()));
    const PlanAnalysis &ba = m_comparison->beforeAnalysis(), &aa = m_comparison->afterAnalysis();
    double maxChange = 0;
    for (const NodePair &p : m_comparison->pairs)
        maxChange = std::max(maxChange, std::fabs(m_comparison->timeDelta(p)));
    int row = 0;
    for (const NodePair &p : m_comparison->pairs) {
        QString name = p.after >= 0 ? PlanTextReport::nodeLine(m_after->nodes[p.after]) : PlanTextReport::nodeLine(m_before->nodes[p.before]);
        if (p.after >= 0 && p.before >= 0 && m_before->nodes[p.before].title() != m_after->nodes[p.after].title())
            name += tr("  (was %1)").arg(m_before->nodes[p.before].title());
        else if (p.before < 0)
            name += tr("  (new)");
        else if (p.after < 0)
            name += tr("  (gone)");
        auto *first = new QTableWidgetItem(name);
        first->setData(BeforeRole, p.before);
        first->setData(AfterRole, p.after);
        m_pairs->setItem(row, 0, first);
        m_pairs->setItem(row, 1, new NumberItem(p.before >= 0 ? QString::number(p.before + 1) : QStringLiteral("–"), p.before));
        m_pairs->setItem(row, 2, new NumberItem(p.after >= 0 ? QString::number(p.after + 1) : QStringLiteral("–"), p.after));
        const double tb = p.before >= 0 ? ba.nodes[p.before].exclusiveTime : 0, ta = p.after >= 0 ? aa.nodes[p.after].exclusiveTime : 0;
        m_pairs->setItem(row, 3, new NumberItem(p.before >= 0 ? Units::milliseconds(tb) : QString(), tb));
        m_pairs->setItem(row, 4, new NumberItem(p.after >= 0 ? Units::milliseconds(ta) : QString(), ta));
        const double dt = m_comparison->timeDelta(p);
        auto *change = new NumberItem(signedMs(dt), dt);
        change->setBackground(HeatScale::change(dt, maxChange));
        m_pairs->setItem(row, 5, change);
        m_pairs->setItem(row, 6, new NumberItem(signedCount(m_comparison->rowsDelta(p)), m_comparison->rowsDelta(p)));
        m_pairs->setItem(row, 7, new NumberItem(signedCount(m_comparison->buffersDelta(p)), m_comparison->buffersDelta(p)));
        ++row;
    }
    m_pairs->setSortingEnabled(true);
    m_pairs->sortByColumn(2, Qt::AscendingOrder);
    for (int c = 1; c < m_pairs->columnCount(); ++c)
        m_pairs->resizeColumnToContents(c);
}

QString PlanCompareView::totalsText() const
{
    return m_totals->text();
}

void PlanCompareView::selectPair(int beforeNode, int afterNode)
{
    if (m_selecting || !m_comparison)
        return;
    if (beforeNode < 0 && afterNode >= 0)
        beforeNode = m_comparison->beforeOfAfter[afterNode];
    else if (afterNode < 0 && beforeNode >= 0)
        afterNode = m_comparison->afterOfBefore[beforeNode];
    m_selecting = true;
    if (beforeNode >= 0) {
        m_beforeScene->selectNode(beforeNode);
        m_beforeView->ensureVisible(m_beforeScene->nodeRect(beforeNode), 30, 30);
    } else {
        m_beforeScene->clearSelection();
    }
    if (afterNode >= 0) {
        m_afterScene->selectNode(afterNode);
        m_afterView->ensureVisible(m_afterScene->nodeRect(afterNode), 30, 30);
    } else {
        m_afterScene->clearSelection();
    }
    for (int r = 0; r < m_pairs->rowCount(); ++r) {
        const QTableWidgetItem *first = m_pairs->item(r, 0);
        if (first->data(BeforeRole).toInt() == beforeNode && first->data(AfterRole).toInt() == afterNode) {
            m_pairs->setCurrentCell(r, 0);
            break;
        }
    }
    m_selecting = false;
    emit pairSelected(beforeNode, afterNode);
}

} // namespace strata::explain::ui
