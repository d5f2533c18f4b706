#include "workload/ui/FingerprintList.h"

#include <QHeaderView>
#include <QLocale>
#include <workload/ProfileReport.h>

namespace strata::workload::ui {

FingerprintList::FingerprintList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("fingerprints"));
    setHeaderLabels({tr("Statements"), tr("Executions"), tr("Total ms"), tr("Fingerprint")});
    setRootIsDecorated(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
}

void FingerprintList::setGroups(const QList<FingerprintGroup> &groups)
{
    clear();
    QList<FingerprintGroup> sorted = groups;
    std::stable_sort(sorted.begin(), sorted.end(), [](const FingerprintGroup &a, const FingerprintGroup &b) {
        if ((a.statements.size() > 1) != (b.statements.size() > 1))
            return a.statements.size() > 1;
        return a.totalMilliseconds > b.totalMilliseconds;
    });
    for (const FingerprintGroup &g : sorted) {
        auto *item = new QTreeWidgetItem(
            this, {g.statements.join(QStringLiteral(", ")), QLocale().toString(g.executions),
                   ProfileReport::milliseconds(g.totalMilliseconds), g.fingerprint});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (g.statements.size() > 1) {
            QFont bold = font();
            bold.setBold(true);
            item->setFont(0, bold);
            item->setToolTip(
                0, tr("One query to PostgreSQL: these statements differ only in constants or parameters"));
        }
    }
    for (int c = 1; c < columnCount(); ++c)
        resizeColumnToContents(c);
}

} // namespace strata::workload::ui
