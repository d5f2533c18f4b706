#include "workload/ui/ProfileTable.h"

#include <QHeaderView>
#include <QLocale>
#include <workload/ProfileReport.h>

namespace strata::workload::ui {

namespace {

constexpr int statementRole = Qt::UserRole;
constexpr int sortRole = Qt::UserRole + 1;

// Sorts by the number behind the text; the total row stays at the bottom whichever way.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, double value, bool total) : QTableWidgetItem(text), m_total(total)
    {
        setData(sortRole, value);
        setFlags(flags() & ~Qt::ItemIsEditable);
    }

    bool operator<(const QTableWidgetItem &other) const override
    {
        const auto *o = dynamic_cast<const NumberItem *>(&other);
        const Qt::SortOrder order =
            tableWidget() ? tableWidget()->horizontalHeader()->sortIndicatorOrder() : Qt::AscendingOrder;
        if (o && m_total != o->m_total)
            return (order == Qt::AscendingOrder) ? o->m_total : m_total;
        const QVariant a = data(sortRole), b = other.data(sortRole);
        if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
            return a.toString() < b.toString();
        return a.toDouble() < b.toDouble();
    }

private:
    bool m_total;
};

QString amount(double value)
{
    return QLocale().toString(value, 'f', value == double(qint64(value)) ? 0 : value < 100 ? 2 : 1);
}

QString ms(double value)
{
    return ProfileReport::milliseconds(value);
}

} // namespace

ProfileTable::ProfileTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("profileTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    connect(this, &QTableWidget::currentCellChanged, this,
            [this](int row) { emit statementChosen(statementAt(row)); });
    connect(this, &QTableWidget::cellActivated, this, [this](int row) {
        if (statementAt(row) >= 0)
            emit statementActivated(statementAt(row));
    });
}

void ProfileTable::setProfile(const WorkloadProfile &profile)
{
    QStringList counters;
    for (const StatementProfile &s : profile.statements)
        for (auto it = s.counters.begin(); it != s.counters.end(); ++it)
            if (!counters.contains(it.key()))
                counters << it.key();
    QStringList titles{tr("Statement"), tr("Weight"), tr("Executions"), tr("p50 ms"), tr("p95 ms"),
                       tr("p99 ms"),    tr("max ms"), tr("Rows"),       tr("Errors")};
    titles += counters;
    titles << tr("Plan");
    setSortingEnabled(false);
    clear();
    setColumnCount(int(titles.size()));
    setHorizontalHeaderLabels(titles);
    setRowCount(int(profile.statements.size()) + 1);
    const auto fill = [&](int row, int statement, const QString &name, double weight, qint64 count,
                          const LatencySummary &l, double rows, qint64 errors,
                          const QMap<QString, double> &values, const QString &plan) {
        const bool total = statement < 0;
        auto *nameItem = new NumberItem(name, 0, total);
        nameItem->setData(sortRole, name);
        nameItem->setData(statementRole, statement);
        QList<QTableWidgetItem *> items{nameItem,
                                        new NumberItem(total ? QString() : amount(weight), weight, total),
                                        new NumberItem(QLocale().toString(count), double(count), total),
                                        new NumberItem(ms(l.p50), l.p50, total),
                                        new NumberItem(ms(l.p95), l.p95, total),
                                        new NumberItem(ms(l.p99), l.p99, total),
                                        new NumberItem(ms(l.max), l.max, total),
                                        new NumberItem(total ? QString() : amount(rows), rows, total),
                                        new NumberItem(QLocale().toString(errors), double(errors), total)};
        for (const QString &c : counters)
            items << new NumberItem(values.contains(c) ? amount(values.value(c)) : QString(), values.value(c),
                                    total);
        auto *planItem = new NumberItem(plan, 0, total);
        planItem->setData(sortRole, plan);
        planItem->setToolTip(plan);
        items << planItem;
        for (int c = 0; c < items.size(); ++c) {
            if (c > 0 && c < items.size() - 1)
                items[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont bold = font();
                bold.setBold(true);
                items[c]->setFont(bold);
            }
            setItem(row, c, items[c]);
        }
    };
    qint64 errors = 0;
    for (int i = 0; i < profile.statements.size(); ++i) {
        const StatementProfile &s = profile.statements[i];
        fill(i, i, s.name, s.weight, s.latency.count, s.latency, s.rowsReturned, s.errors, s.counters,
             s.plan);
        if (s.errors > 0)
            item(i, 8)->setToolTip(s.firstError);
        errors += s.errors;
    }
    fill(int(profile.statements.size()), -1, tr("(all)"), 0, profile.total.count, profile.total, 0, errors,
         {}, {});
    horizontalHeader()->setSortIndicator(
        -1, Qt::AscendingOrder); // the workload's order until a header is clicked
    setSortingEnabled(true);
    resizeColumnsToContents();
    horizontalHeader()->setStretchLastSection(true);
}

int ProfileTable::statementAt(int row) const
{
    const QTableWidgetItem *i = item(row, 0);
    return i ? i->data(statementRole).toInt() : -1;
}

int ProfileTable::currentStatement() const
{
    return statementAt(currentRow());
}

void ProfileTable::selectStatement(int statement)
{
    for (int r = 0; r < rowCount(); ++r)
        if (statementAt(r) == statement)
            setCurrentCell(r, 0);
}

int ProfileTable::rowOf(const QString &statementName) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, 0) && item(r, 0)->text() == statementName && statementAt(r) >= 0)
            return r;
    return -1;
}

QStringList ProfileTable::columnTitles() const
{
    QStringList out;
    for (int c = 0; c < columnCount(); ++c)
        out << horizontalHeaderItem(c)->text();
    return out;
}

} // namespace strata::workload::ui
