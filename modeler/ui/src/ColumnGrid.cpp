#include "ColumnGrid.h"

#include "modeler/ui/ModelValidation.h"
#include "RowFocus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>

namespace strata::modeler::ui {

namespace {

enum Col { NameCol, TypeCol, PkCol, NotNullCol, UniqueCol, DefaultCol, ColumnCount };
constexpr const char *tokenProperty = "columnToken";

const QStringList commonTypes{
    QStringLiteral("bigint"),   QStringLiteral("integer"),       QStringLiteral("smallint"),
    QStringLiteral("text"),     QStringLiteral("varchar(255)"),  QStringLiteral("char(2)"),
    QStringLiteral("boolean"),  QStringLiteral("numeric(12,2)"), QStringLiteral("double"),
    QStringLiteral("date"),     QStringLiteral("timestamp"),     QStringLiteral("timestamptz"),
    QStringLiteral("interval"), QStringLiteral("uuid"),          QStringLiteral("jsonb"),
    QStringLiteral("bytea")};

QWidget *centred(QCheckBox *box)
{
    auto *w = new QWidget;
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->setAlignment(Qt::AlignCenter);
    l->addWidget(box);
    return w;
}

QString typeText(const Model &model, const DataType &type)
{
    if (type.kind == DataType::Kind::Named) {
        const QString dims = QString(QStringLiteral("[]")).repeated(type.arrayDims);
        if (const EnumType *e = model.enumType(type.name))
            return model.qualifiedName(e->schemaId, e->name) + dims;
        if (const Domain *d = model.domain(type.name))
            return model.qualifiedName(d->schemaId, d->name) + dims;
    }
    return type.toString();
}

} // namespace

struct ColumnGrid::Row
{
    QString token, name, type, defaultExpr;
    bool primaryKey = false, notNull = false, unique = false;
};

ColumnGrid::ColumnGrid(const Model &model, QWidget *parent)
    : QTableWidget(0, ColumnCount, parent), m_model(model), m_focus(new RowFocus(this))
{
    setObjectName(QStringLiteral("columns"));
    setHorizontalHeaderLabels({QStringLiteral("Column"), QStringLiteral("Type"), QStringLiteral("PK"),
                               QStringLiteral("Not null"), QStringLiteral("Unique"),
                               QStringLiteral("Default")});
    horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(TypeCol, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(DefaultCol, QHeaderView::Stretch);
    for (int c : {PkCol, NotNullCol, UniqueCol})
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->setVisible(false);
}

int ColumnGrid::appendColumn(const Column &column)
{
    Row row;
    row.token = column.id;
    if (row.token.isEmpty()) {
        // A made-up token no column id can have: ids never contain a line feed.
        row.token = QStringLiteral("\nnew%1").arg(++m_made);
    }
    row.name = column.name;
    row.type = column.name.isEmpty() && column.id.isEmpty() ? QStringLiteral("text")
                                                            : typeText(m_model, column.type);
    row.notNull = !column.nullable;
    row.defaultExpr = column.defaultExpr;
    Column details = column;
    details.id = row.token;
    m_details.insert(row.token, details);
    makeRow(rowCount(), row);
    return rowCount() - 1;
}

void ColumnGrid::makeRow(int at, const Row &state)
{
    QTableWidget::insertRow(at);
    auto *name = new QLineEdit(state.name);
    name->setObjectName(QStringLiteral("columnName"));
    name->setProperty(tokenProperty, state.token);
    auto *type = new QComboBox;
    type->setObjectName(QStringLiteral("columnType"));
    type->setEditable(true);
    type->addItems(commonTypes);
    for (const EnumType &e : m_model.enums)
        type->addItem(m_model.qualifiedName(e.schemaId, e.name));
    for (const Domain &d : m_model.domains)
        type->addItem(m_model.qualifiedName(d.schemaId, d.name));
    type->setCurrentText(state.type);
    auto *pk = new QCheckBox, *notNull = new QCheckBox, *unique = new QCheckBox;
    pk->setObjectName(QStringLiteral("columnPrimaryKey"));
    notNull->setObjectName(QStringLiteral("columnNotNull"));
    unique->setObjectName(QStringLiteral("columnUnique"));
    pk->setChecked(state.primaryKey);
    notNull->setChecked(state.notNull || state.primaryKey);
    notNull->setEnabled(!state.primaryKey);
    unique->setChecked(state.unique);
    auto *defaultExpr = new QLineEdit(state.defaultExpr);
    defaultExpr->setObjectName(QStringLiteral("columnDefault"));
    defaultExpr->setPlaceholderText(QStringLiteral("none"));
    setCellWidget(at, NameCol, name);
    setCellWidget(at, TypeCol, type);
    setCellWidget(at, PkCol, centred(pk));
    setCellWidget(at, NotNullCol, centred(notNull));
    setCellWidget(at, UniqueCol, centred(unique));
    setCellWidget(at, DefaultCol, defaultExpr);
    for (QWidget *w : QList<QWidget *>{name, type, type->lineEdit(), pk, notNull, unique, defaultExpr})
        m_focus->watch(w);
    const QString token = state.token;
    for (QLineEdit *e : {name, defaultExpr})
        connect(e, &QLineEdit::textChanged, this, &ColumnGrid::edited);
    connect(type, &QComboBox::currentTextChanged, this, &ColumnGrid::edited);
    connect(notNull, &QCheckBox::toggled, this, &ColumnGrid::edited);
    // The keys page owns the keys: the boxes ask it, and it answers through showKeys().
    connect(pk, &QCheckBox::clicked, this, [this, token](bool on) { emit primaryKeyToggled(token, on); });
    connect(unique, &QCheckBox::clicked, this, [this, token](bool on) { emit uniqueToggled(token, on); });
}

QString ColumnGrid::token(int row) const
{
    const QLineEdit *name = nameEdit(row);
    return name ? name->property(tokenProperty).toString() : QString();
}

int ColumnGrid::rowOf(const QString &token) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (this->token(r) == token)
            return r;
    }
    return -1;
}

QLineEdit *ColumnGrid::nameEdit(int row) const
{
    return qobject_cast<QLineEdit *>(cellWidget(row, NameCol));
}

QComboBox *ColumnGrid::typeEdit(int row) const
{
    return qobject_cast<QComboBox *>(cellWidget(row, TypeCol));
}

QLineEdit *ColumnGrid::defaultEdit(int row) const
{
    return qobject_cast<QLineEdit *>(cellWidget(row, DefaultCol));
}

QCheckBox *ColumnGrid::primaryKeyBox(int row) const
{
    QWidget *w = cellWidget(row, PkCol);
    return w ? w->findChild<QCheckBox *>() : nullptr;
}

QCheckBox *ColumnGrid::notNullBox(int row) const
{
    QWidget *w = cellWidget(row, NotNullCol);
    return w ? w->findChild<QCheckBox *>() : nullptr;
}

QCheckBox *ColumnGrid::uniqueBox(int row) const
{
    QWidget *w = cellWidget(row, UniqueCol);
    return w ? w->findChild<QCheckBox *>() : nullptr;
}

Column ColumnGrid::column(int row) const
{
    const QString t = token(row);
    Column c = m_details.value(t);
    c.id = t;
    c.name = nameEdit(row)->text();
    DataType type;
    (void)ModelValidation::type(typeEdit(row)->currentText(), m_model, {}, &type);
    c.type = type;
    c.nullable = !notNullBox(row)->isChecked();
    c.defaultExpr = defaultEdit(row)->text().trimmed();
    return c;
}

void ColumnGrid::setDetails(int row, const Column &details)
{
    const QString t = token(row);
    if (t.isEmpty())
        return;
    Column kept = details;
    kept.id = t;
    m_details.insert(t, kept);
    emit edited();
}

QList<KeyColumnList::ColumnName> ColumnGrid::columnNames() const
{
    QList<KeyColumnList::ColumnName> names;
    for (int r = 0; r < rowCount(); ++r)
        names.append({token(r), nameEdit(r)->text()});
    return names;
}

void ColumnGrid::showKeys(const QStringList &primaryKey, const QList<QStringList> &uniques)
{
    for (int r = 0; r < rowCount(); ++r) {
        const QString t = token(r);
        const bool pk = primaryKey.contains(t);
        QCheckBox *notNull = notNullBox(r);
        const QSignalBlocker b1(primaryKeyBox(r)), b2(uniqueBox(r)), b3(notNull);
        primaryKeyBox(r)->setChecked(pk);
        uniqueBox(r)->setChecked(uniques.contains(QStringList{t}));
        if (pk)
            notNull->setChecked(true);
        notNull->setEnabled(!pk);
    }
}

ColumnGrid::Row ColumnGrid::rowState(int row) const
{
    return Row{token(row),
               nameEdit(row)->text(),
               typeEdit(row)->currentText(),
               defaultEdit(row)->text(),
               primaryKeyBox(row)->isChecked(),
               notNullBox(row)->isChecked(),
               uniqueBox(row)->isChecked()};
}

void ColumnGrid::removeCurrentRow()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_details.remove(token(row));
    removeRow(row);
    emit edited();
}

void ColumnGrid::moveCurrentRow(int by)
{
    // Cell widgets cannot move between rows: the two rows are made again, swapped.
    const int row = currentRow(), other = row + by;
    if (row < 0 || other < 0 || other >= rowCount())
        return;
    const Row a = rowState(row), b = rowState(other);
    const int first = std::min(row, other);
    removeRow(first);
    removeRow(first);
    makeRow(first, row < other ? a : b);
    makeRow(first, row < other ? b : a);
    setCurrentCell(other, NameCol);
    emit edited();
}

} // namespace strata::modeler::ui
