#include "IndexKeyGrid.h"

#include "RowFocus.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLineEdit>

namespace strata::modeler::ui {

namespace {

enum Col { KeyCol, OrderCol, NullsCol, ColumnCount };

} // namespace

IndexKeyGrid::IndexKeyGrid(const Table &table, QWidget *parent)
    : QTableWidget(0, ColumnCount, parent), m_table(table), m_focus(new RowFocus(this))
{
    setObjectName(QStringLiteral("indexKeys"));
    setHorizontalHeaderLabels(
        {QStringLiteral("Column or expression"), QStringLiteral("Order"), QStringLiteral("Nulls")});
    horizontalHeader()->setSectionResizeMode(KeyCol, QHeaderView::Stretch);
    // Cell widgets do not size their column: wide enough for "DESC" and "NULLS FIRST".
    horizontalHeader()->setSectionResizeMode(OrderCol, QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(NullsCol, QHeaderView::Fixed);
    setColumnWidth(OrderCol, fontMetrics().horizontalAdvance(QStringLiteral("DESC")) + 48);
    setColumnWidth(NullsCol, fontMetrics().horizontalAdvance(QStringLiteral("NULLS FIRST")) + 48);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->setVisible(false);
}

void IndexKeyGrid::appendKey(const IndexKey &key)
{
    makeRow(rowCount(), key);
}

void IndexKeyGrid::makeRow(int at, const IndexKey &key)
{
    insertRow(at);
    auto *edit = new QComboBox;
    edit->setObjectName(QStringLiteral("indexKey"));
    edit->setEditable(true);
    edit->setInsertPolicy(QComboBox::NoInsert);
    for (const Column &c : m_table.columns)
        edit->addItem(c.name);
    const Column *column = key.isExpression() ? nullptr : m_table.column(key.columnId);
    edit->setCurrentText(column ? column->name : key.expression);
    if (key.isExpression())
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->lineEdit()->setPlaceholderText(QStringLiteral("a column, or an expression such as lower(email)"));
    // What the grid does not show stays with the row.
    edit->setProperty("collation", key.collation);
    edit->setProperty("opclass", key.opclass);
    auto *order = new QComboBox;
    order->setObjectName(QStringLiteral("indexKeyOrder"));
    order->addItems({QStringLiteral("ASC"), QStringLiteral("DESC")});
    order->setCurrentIndex(key.descending ? 1 : 0);
    auto *nulls = new QComboBox;
    nulls->setObjectName(QStringLiteral("indexKeyNulls"));
    nulls->addItem(QStringLiteral("default"), int(NullsOrder::Default));
    nulls->addItem(QStringLiteral("NULLS FIRST"), int(NullsOrder::First));
    nulls->addItem(QStringLiteral("NULLS LAST"), int(NullsOrder::Last));
    nulls->setCurrentIndex(std::max(0, nulls->findData(int(key.nulls))));
    setCellWidget(at, KeyCol, edit);
    setCellWidget(at, OrderCol, order);
    setCellWidget(at, NullsCol, nulls);
    for (QWidget *w : QList<QWidget *>{edit, edit->lineEdit(), order, nulls})
        m_focus->watch(w);
    connect(edit, &QComboBox::currentTextChanged, this, [this, edit](const QString &text) {
        // An expression reads better in a fixed font; a column name in the table's.
        edit->setFont(m_table.columnByName(text.trimmed()) || text.isEmpty()
                          ? QFont()
                          : QFontDatabase::systemFont(QFontDatabase::FixedFont));
        emit edited();
    });
    for (QComboBox *box : {order, nulls})
        connect(box, &QComboBox::currentIndexChanged, this, &IndexKeyGrid::edited);
}

QComboBox *IndexKeyGrid::keyEdit(int row) const
{
    return qobject_cast<QComboBox *>(cellWidget(row, KeyCol));
}

QComboBox *IndexKeyGrid::orderEdit(int row) const
{
    return qobject_cast<QComboBox *>(cellWidget(row, OrderCol));
}

QComboBox *IndexKeyGrid::nullsEdit(int row) const
{
    return qobject_cast<QComboBox *>(cellWidget(row, NullsCol));
}

IndexKey IndexKeyGrid::key(int row) const
{
    IndexKey k;
    const QString text = keyEdit(row)->currentText().trimmed();
    if (const Column *c = m_table.columnByName(text))
        k.columnId = c->id;
    else
        k.expression = text;
    k.descending = orderEdit(row)->currentIndex() == 1;
    k.nulls = NullsOrder(nullsEdit(row)->currentData().toInt());
    k.collation = keyEdit(row)->property("collation").toString();
    k.opclass = keyEdit(row)->property("opclass").toString();
    return k;
}

QList<IndexKey> IndexKeyGrid::keys() const
{
    QList<IndexKey> out;
    for (int r = 0; r < rowCount(); ++r) {
        const IndexKey k = key(r);
        if (!k.columnId.isEmpty() || !k.expression.isEmpty())
            out << k;
    }
    return out;
}

void IndexKeyGrid::removeCurrentRow()
{
    const int row = currentRow();
    if (row < 0)
        return;
    removeRow(row);
    emit edited();
}

void IndexKeyGrid::moveCurrentRow(int by)
{
    const int row = currentRow(), other = row + by;
    if (row < 0 || other < 0 || other >= rowCount())
        return;
    const IndexKey a = key(row), b = key(other);
    const int first = std::min(row, other);
    removeRow(first);
    removeRow(first);
    makeRow(first, row < other ? a : b);
    makeRow(first, row < other ? b : a);
    setCurrentCell(other, KeyCol);
    emit edited();
}

} // namespace strata::modeler::ui
