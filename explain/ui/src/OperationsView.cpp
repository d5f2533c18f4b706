#include "explain/ui/OperationsView.h"

#include <explain/Units.h>

#include <QHeaderView>

namespace strata::explain::ui {

namespace {

constexpr int NodesRole = Qt::UserRole + 1;

// Sorts numeric columns by their numbers, not their text.
class StatItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int c = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(c, Qt::UserRole + 2), b = other.data(c, Qt::UserRole + 2);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace

OperationsView::OperationsView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(7);
    setHeaderLabels({tr("Operation"), tr("On"), tr("Nodes"), tr("Time"), tr("%"), tr("Rows"), tr("Buffers")});
    setRootIsDecorated(false);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        QList<int> nodes;
        for (const QVariant &v : item->data(0, NodesRole).toList())
            nodes << v.toInt();
        emit nodesChosen(nodes);
    });
}

void OperationsView::setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis)
{
    clear();
    if (!plan || !analysis)
        return;
    setSortingEnabled(false);
    const bool timed = analysis->hasTimes;
    for (const OperationStat &s : OperationStats::of(*plan, *analysis)) {
        auto *item = new StatItem(this);
        item->setText(0, s.operation);
        item->setText(1, s.relation);
        item->setText(2, Units::count(s.count));
        item->setText(3, timed ? Units::milliseconds(s.time) : QStringLiteral("cost %1").arg(Units::count(s.cost)));
        item->setText(4, timed ? Units::percent(s.share) : QString());
        item->setText(5, Units::count(s.rows));
        item->setText(6, Units::count(double(s.blocks)));
        const double numbers[] = {0, 0, double(s.count), timed ? s.time : s.cost, s.share, s.rows, double(s.blocks)};
        for (int c = 2; c < 7; ++c) {
            item->setData(c, Qt::UserRole + 2, numbers[c]);
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        QVariantList nodes;
        for (int n : s.nodes)
            nodes << n;
        item->setData(0, NodesRole, nodes);
    }
    setSortingEnabled(true);
    sortByColumn(3, Qt::DescendingOrder);
}

} // namespace strata::explain::ui
