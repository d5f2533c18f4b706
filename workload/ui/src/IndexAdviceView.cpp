#include "workload/ui/IndexAdviceView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <workload/ProfileReport.h>

namespace strata::workload::ui {

namespace {

enum KeptColumn {
    IndexColumn,
    TableColumn,
    SpeedsUpColumn,
    WriteColumn,
    SizeColumn,
    BuildColumn,
    SqlColumn,
    ColumnCount
};

QTreeWidget *list(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setWordWrap(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

constexpr int maxColumnWidth = 280;

// Said after a kept index's name once the model has it.
const QString inModelSuffix = QStringLiteral(" (in the model)");

QString times(double speedup)
{
    return QStringLiteral("%1×").arg(speedup, 0, 'f', speedup < 10 ? 1 : 0);
}

} // namespace

IndexAdviceView::IndexAdviceView(QWidget *parent)
    : QWidget(parent), m_kept(new QTableWidget(0, ColumnCount, this)), m_tabs(new QTabWidget(this)),
      m_rejected(list({tr("Candidate"), tr("Why not kept")}, this)),
      m_unused(list({tr("Index"), tr("Table"), tr("Note")}, this)),
      m_combined(list({tr("Statement"), tr("Without"), tr("With all kept indexes")}, this)),
      m_chosen(new QLabel(this))
{
    m_kept->setObjectName(QStringLiteral("keptIndexes"));
    m_kept->setHorizontalHeaderLabels({tr("Index"), tr("Table"), tr("Speeds up"), tr("Write cost per row"),
                                       tr("Size"), tr("Build"), tr("CREATE INDEX")});
    m_kept->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kept->setSelectionMode(QAbstractItemView::SingleSelection);
    m_kept->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kept->setWordWrap(false);
    m_kept->verticalHeader()->hide();
    m_kept->horizontalHeader()->setStretchLastSection(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_unused, tr("Unused indexes"));
    m_tabs->addTab(m_rejected, tr("Not kept"));
    m_tabs->addTab(m_combined, tr("All kept together"));
    m_chosen->setObjectName(QStringLiteral("chosenIndex"));
    m_chosen->setWordWrap(true);
    m_chosen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_kept, 1);
    topLayout->addWidget(m_chosen);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_kept, &QTableWidget::currentCellChanged, this, [this](int row) {
        showChosen(row);
        emit keptChosen(row);
    });
}

QString IndexAdviceView::effectText(const StatementEffect &effect)
{
    return tr("%1 %2 (%3 → %4 ms)")
        .arg(effect.statement, times(effect.speedup()), ProfileReport::milliseconds(effect.beforeMs),
             ProfileReport::milliseconds(effect.afterMs));
}

void IndexAdviceView::setAdvice(const IndexAdvice &advice)
{
    m_advice = advice;
    fillKept(advice);
    showChosen(currentKept());
    m_rejected->clear();
    for (const IndexVerdict &v : advice.rejected) {
        auto *item = new QTreeWidgetItem(m_rejected, {v.createSql, v.why});
        item->setToolTip(0, v.candidate.reason);
    }
    m_unused->clear();
    for (const UnusedIndex &u : advice.unused)
        new QTreeWidgetItem(m_unused, {u.name, u.table, u.note});
    m_combined->clear();
    for (const StatementEffect &e : advice.combined)
        new QTreeWidgetItem(
            m_combined, {e.statement, tr("%1 ms").arg(ProfileReport::milliseconds(e.beforeMs)),
                         tr("%1 ms (%2)").arg(ProfileReport::milliseconds(e.afterMs), times(e.speedup()))});
    m_tabs->setTabText(0, tr("Unused indexes (%1)").arg(advice.unused.size()));
    m_tabs->setTabText(1, tr("Not kept (%1)").arg(advice.rejected.size()));
    for (QTreeWidget *tree : {m_rejected, m_unused, m_combined})
        tree->resizeColumnToContents(0);
}

void IndexAdviceView::fillKept(const IndexAdvice &advice)
{
    const QLocale locale;
    m_kept->setRowCount(0);
    m_kept->setRowCount(int(advice.kept.size()));
    for (int r = 0; r < advice.kept.size(); ++r) {
        const IndexVerdict &v = advice.kept[r];
        QStringList effects;
        for (const StatementEffect &e : v.effects)
            if (e.usesIndex)
                effects << effectText(e);
        const QStringList cells{
            v.name,
            v.candidate.schema.isEmpty() ? v.candidate.table : v.candidate.schema + u'.' + v.candidate.table,
            effects.join(QStringLiteral("; ")),
            tr("+%1 µs (on %2)").arg(v.writeCostUs, 0, 'f', 2).arg(v.writeBaseUs, 0, 'f', 2),
            locale.formattedDataSize(v.sizeBytes),
            tr("%1 ms").arg(ProfileReport::milliseconds(v.buildMs)),
            v.createSql};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == IndexColumn ? v.candidate.reason : cells[c]);
            if (c == WriteColumn || c == SizeColumn || c == BuildColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_kept->setItem(r, c, item);
        }
    }
    m_kept->resizeColumnsToContents();
    // Long effect lists and names would push CREATE INDEX out of sight; the tooltips hold them whole.
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_kept->setColumnWidth(c, std::min(m_kept->columnWidth(c), maxColumnWidth));
    m_kept->horizontalHeader()->setStretchLastSection(true);
}

void IndexAdviceView::showChosen(int kept)
{
    // The statement to apply, in full: the table's last column is often out of sight.
    if (kept < 0 || kept >= m_advice.kept.size()) {
        m_chosen->clear();
        return;
    }
    const IndexVerdict &v = m_advice.kept[kept];
    m_chosen->setText(
        tr("<b>%1</b><br><code>%2</code><br>%3")
            .arg(v.name.toHtmlEscaped(), v.createSql.toHtmlEscaped(), v.candidate.reason.toHtmlEscaped()));
}

void IndexAdviceView::setInModel(int kept, bool inModel)
{
    QTableWidgetItem *item = m_kept->item(kept, IndexColumn);
    if (!item)
        return;
    QFont font = item->font();
    font.setItalic(inModel);
    item->setFont(font);
    const QString name = item->text().section(inModelSuffix, 0, 0);
    item->setText(inModel ? name + inModelSuffix : name);
}

int IndexAdviceView::currentKept() const
{
    return m_kept->currentRow();
}

void IndexAdviceView::selectKept(int kept)
{
    m_kept->setCurrentCell(kept, 0);
}

} // namespace strata::workload::ui
