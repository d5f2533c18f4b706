#include "workload/ui/TableSizesEditor.h"

#include <cmath>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strata::workload::ui {

namespace {

enum Column { TableColumn, RowsColumn, ScaledColumn };

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

TableSizesEditor::TableSizesEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 3, this)), m_scale(new QDoubleSpinBox(this)),
      m_seed(new QSpinBox(this))
{
    m_table->setObjectName(QStringLiteral("tableSizes"));
    m_table->setHorizontalHeaderLabels({tr("Table"), tr("Rows"), tr("With scale")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(TableColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ScaledColumn, QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a row count to change it"));
    m_scale->setRange(0.001, 100000);
    m_scale->setDecimals(3);
    m_scale->setValue(1);
    m_scale->setToolTip(tr("Every table's rows are multiplied by this"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same model, sizes and seed make the same rows"));

    auto *form = new QFormLayout;
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Seed:"), m_seed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &TableSizesEditor::updateScaled);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == RowsColumn)
            updateScaled();
    });
}

void TableSizesEditor::setModel(const modeler::Model &model)
{
    QHash<QString, qint64> kept;
    for (int r = 0; r < m_table->rowCount(); ++r)
        kept.insert(m_table->item(r, TableColumn)->text(), rowsAt(r));
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const modeler::Table &t : model.tables) {
        if (!t.partitionOfTableId.isEmpty())
            continue; // partitions get their rows through the parent
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QString name = model.qualifiedName(t);
        m_table->setItem(r, TableColumn, readOnly(name));
        auto *rows = new QTableWidgetItem;
        rows->setData(Qt::EditRole, int(kept.value(name, SynthOptions::defaultRows)));
        m_table->setItem(r, RowsColumn, rows);
        m_table->setItem(r, ScaledColumn, readOnly({}));
    }
    updateScaled();
}

qint64 TableSizesEditor::rowsAt(int row) const
{
    return m_table->item(row, RowsColumn)->data(Qt::EditRole).toLongLong();
}

void TableSizesEditor::setRows(const QString &table, qint64 rows)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, TableColumn)->text() == table)
            m_table->item(r, RowsColumn)->setData(Qt::EditRole, int(rows));
}

void TableSizesEditor::setScale(double scale)
{
    m_scale->setValue(scale);
}

void TableSizesEditor::setSeed(quint64 seed)
{
    m_seed->setValue(int(seed));
}

double TableSizesEditor::scale() const
{
    return m_scale->value();
}

SynthOptions TableSizesEditor::options() const
{
    SynthOptions options;
    options.seed = quint64(m_seed->value());
    options.scale = m_scale->value();
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (rowsAt(r) !=
            SynthOptions::defaultRows) // left to the engine: it may lower a default to what a key holds
            options.rows.insert(m_table->item(r, TableColumn)->text(), rowsAt(r));
    return options;
}

QList<QPair<QString, qint64>> TableSizesEditor::plannedRows() const
{
    QList<QPair<QString, qint64>> out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out.append({m_table->item(r, TableColumn)->text(),
                    qint64(std::llround(double(rowsAt(r)) * m_scale->value()))});
    return out;
}

void TableSizesEditor::updateScaled()
{
    const QSignalBlocker blocker(m_table);
    const QList<QPair<QString, qint64>> planned = plannedRows();
    for (int r = 0; r < planned.size(); ++r)
        m_table->item(r, ScaledColumn)->setText(QLocale().toString(planned[r].second));
}

} // namespace strata::workload::ui
