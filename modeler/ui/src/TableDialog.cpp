#include "modeler/ui/TableDialog.h"

#include "VerdictLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strata::modeler::ui {

namespace {

enum Col { NameCol, TypeCol, PkCol, NotNullCol, UniqueCol, DefaultCol, ColumnCount };
constexpr int columnIdRole = Qt::UserRole;

const QStringList commonTypes{QStringLiteral("bigint"), QStringLiteral("integer"), QStringLiteral("smallint"),
                              QStringLiteral("text"), QStringLiteral("varchar(255)"), QStringLiteral("char(2)"),
                              QStringLiteral("boolean"), QStringLiteral("numeric(12,2)"), QStringLiteral("double"),
                              QStringLiteral("date"), QStringLiteral("timestamp"), QStringLiteral("timestamptz"),
                              QStringLiteral("interval"), QStringLiteral("uuid"), QStringLiteral("jsonb"), QStringLiteral("bytea")};

QWidget *centred(QCheckBox *box)
{
    auto *w = new QWidget;
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->setAlignment(Qt::AlignCenter);
    l->addWidget(box);
    return w;
}

QCheckBox *checkBoxIn(QWidget *w)
{
    return w ? w->findChild<QCheckBox *>() : nullptr;
}

QString typeText(const Model &model, const DataType &type)
{
    if (type.kind == DataType::Kind::Named) {
        if (const EnumType *e = model.enumType(type.name))
            return model.qualifiedName(e->schemaId, e->name) + QString(QStringLiteral("[]")).repeated(type.arrayDims);
    }
    return type.toString();
}

} // namespace

TableDialog::TableDialog(const Model &model, const Table &table, const QList<Dialect> &dialects, QWidget *parent)
    : EditDialog(parent), m_model(model), m_original(table), m_dialects(dialects)
{
    setWindowTitle(model.table(table.id) ? QStringLiteral("Table %1").arg(model.qualifiedName(table)) : QStringLiteral("New table"));
    m_name = new QLineEdit(table.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_schema = schemaChooser(model, table.schemaId);
    m_comment = new QLineEdit(table.comment);
    m_comment->setObjectName(QStringLiteral("comment"));
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Name:"), m_name);
    form->addRow(QStringLiteral("&Schema:"), m_schema);
    form->addRow(QStringLiteral("Co&mment:"), m_comment);

    m_columns = new QTableWidget(0, ColumnCount);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setHorizontalHeaderLabels({QStringLiteral("Column"), QStringLiteral("Type"), QStringLiteral("PK"), QStringLiteral("Not null"),
                                          QStringLiteral("Unique"), QStringLiteral("Default")});
    m_columns->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(TypeCol, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(DefaultCol, QHeaderView::Stretch);
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columns->verticalHeader()->setVisible(false);
    for (const Column &c : table.columns) {
        const bool unique = std::any_of(table.uniques.begin(), table.uniques.end(),
                                        [&](const KeyConstraint &k) { return k.columnIds == QStringList{c.id}; });
        addRow(c, table.isPrimaryKeyColumn(c.id), unique);
    }

    auto *add = new QPushButton(QStringLiteral("&Add column"));
    add->setObjectName(QStringLiteral("addColumn"));
    auto *remove = new QPushButton(QStringLiteral("&Remove"));
    remove->setObjectName(QStringLiteral("removeColumn"));
    auto *up = new QPushButton(QStringLiteral("Move &up"));
    auto *down = new QPushButton(QStringLiteral("Move &down"));
    connect(add, &QPushButton::clicked, this, &TableDialog::addColumn);
    connect(remove, &QPushButton::clicked, this, &TableDialog::removeSelectedRow);
    connect(up, &QPushButton::clicked, this, [this] { moveSelectedRow(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelectedRow(1); });
    auto *rowButtons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        rowButtons->addWidget(b);
    rowButtons->addStretch();


    auto *body = new QVBoxLayout;
    body->addLayout(form);
    body->addWidget(m_columns, 1);
    body->addLayout(rowButtons);
    finish(body);
    resize(720, 480);
    connect(m_name, &QLineEdit::textChanged, this, &TableDialog::validate);
    connect(m_schema, &QComboBox::currentIndexChanged, this, &TableDialog::validate);
    validate();
}

void TableDialog::addRow(const Column &column, bool primaryKey, bool unique)
{
    const int row = m_columns->rowCount();
    m_columns->insertRow(row);
    auto *name = new QLineEdit(column.name);
    name->setObjectName(QStringLiteral("columnName"));
    name->setProperty("columnId", column.id);
    auto *type = new QComboBox;
    type->setObjectName(QStringLiteral("columnType"));
    type->setEditable(true);
    type->addItems(commonTypes);
    for (const EnumType &e : m_model.enums)
        type->addItem(m_model.qualifiedName(e.schemaId, e.name));
    type->setCurrentText(column.name.isEmpty() && column.id.isEmpty() ? QStringLiteral("text") : typeText(m_model, column.type));
    auto *pk = new QCheckBox, *notNull = new QCheckBox, *uniqueBox = new QCheckBox;
    pk->setObjectName(QStringLiteral("columnPrimaryKey"));
    notNull->setObjectName(QStringLiteral("columnNotNull"));
    uniqueBox->setObjectName(QStringLiteral("columnUnique"));
    pk->setChecked(primaryKey);
    notNull->setChecked(!column.nullable || primaryKey);
    notNull->setEnabled(!primaryKey);
    uniqueBox->setChecked(unique);
    auto *defaultExpr = new QLineEdit(column.defaultExpr);
    defaultExpr->setObjectName(QStringLiteral("columnDefault"));
    defaultExpr->setPlaceholderText(QStringLiteral("none"));
    m_columns->setCellWidget(row, NameCol, name);
    m_columns->setCellWidget(row, TypeCol, type);
    m_columns->setCellWidget(row, PkCol, centred(pk));
    m_columns->setCellWidget(row, NotNullCol, centred(notNull));
    m_columns->setCellWidget(row, UniqueCol, centred(uniqueBox));
    m_columns->setCellWidget(row, DefaultCol, defaultExpr);
    // A primary key column is never null.
    connect(pk, &QCheckBox::toggled, notNull, [notNull](bool on) {
        if (on)
            notNull->setChecked(true);
        notNull->setEnabled(!on);
    });
    for (QLineEdit *e : {name, defaultExpr})
        connect(e, &QLineEdit::textChanged, this, &TableDialog::validate);
    connect(type, &QComboBox::currentTextChanged, this, &TableDialog::validate);
    for (QCheckBox *b : {pk, notNull, uniqueBox})
        connect(b, &QCheckBox::toggled, this, &TableDialog::validate);
}

void TableDialog::addColumn()
{
    addRow(Column{}, false, false);
    const int row = m_columns->rowCount() - 1;
    m_columns->selectRow(row);
    columnNameEdit(row)->setFocus();
    validate();
}

int TableDialog::columnRowCount() const
{
    return m_columns->rowCount();
}

QWidget *TableDialog::cell(int row, int column) const
{
    return m_columns->cellWidget(row, column);
}

QLineEdit *TableDialog::columnNameEdit(int row) const
{
    return qobject_cast<QLineEdit *>(cell(row, NameCol));
}

QComboBox *TableDialog::columnTypeEdit(int row) const
{
    return qobject_cast<QComboBox *>(cell(row, TypeCol));
}

void TableDialog::removeSelectedRow()
{
    const int row = m_columns->currentRow();
    if (row < 0)
        return;
    m_columns->removeRow(row);
    validate();
}

void TableDialog::moveSelectedRow(int by)
{
    // Cell widgets cannot move between rows: the rows' contents are swapped through a rebuild.
    const int row = m_columns->currentRow(), other = row + by;
    if (row < 0 || other < 0 || other >= m_columns->rowCount())
        return;
    Table t = table();
    t.columns.swapItemsAt(row, other);
    m_columns->setRowCount(0);
    for (const Column &c : t.columns)
        addRow(c, t.isPrimaryKeyColumn(c.id),
               std::any_of(t.uniques.begin(), t.uniques.end(), [&](const KeyConstraint &k) { return k.columnIds == QStringList{c.id}; }));
    m_columns->selectRow(other);
    validate();
}

Table TableDialog::table() const
{
    Table t = m_original;
    t.name = m_name->text();
    t.schemaId = m_schema->currentData().toString();
    t.comment = m_comment->text();
    t.columns.clear();
    QStringList pkColumns, uniqueColumns, ids;
    for (const Column &c : m_original.columns)
        ids << c.id;
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const QLineEdit *name = columnNameEdit(row);
        const QString id = name->property("columnId").toString();
        const Column *before = m_original.column(id);
        Column c = before ? *before : Column{};
        c.id = before ? id : Model::uniqueId(name->text().isEmpty() ? QStringLiteral("column") : name->text(), ids);
        ids << c.id;
        c.name = name->text();
        DataType type;
        (void)ModelValidation::type(columnTypeEdit(row)->currentText(), m_model, m_dialects, &type);
        c.type = type;
        c.nullable = !checkBoxIn(cell(row, NotNullCol))->isChecked();
        c.defaultExpr = qobject_cast<QLineEdit *>(cell(row, DefaultCol))->text().trimmed();
        if (checkBoxIn(cell(row, PkCol))->isChecked())
            pkColumns << c.id;
        if (checkBoxIn(cell(row, UniqueCol))->isChecked())
            uniqueColumns << c.id;
        t.columns << c;
    }
    if (pkColumns.isEmpty()) {
        t.primaryKey.reset();
    } else {
        if (!t.primaryKey) {
            t.primaryKey = KeyConstraint{};
            t.primaryKey->name = t.name + QStringLiteral("_pkey");
            t.primaryKey->id = t.primaryKey->name;
        }
        t.primaryKey->columnIds = pkColumns;
    }
    // One-column unique constraints follow the checkboxes; those over several columns stay.
    QList<KeyConstraint> uniques;
    for (const KeyConstraint &k : m_original.uniques) {
        if (k.columnIds.size() != 1 || uniqueColumns.contains(k.columnIds.first()))
            uniques << k;
    }
    for (const QString &id : uniqueColumns) {
        if (std::none_of(uniques.begin(), uniques.end(), [&](const KeyConstraint &k) { return k.columnIds == QStringList{id}; })) {
            KeyConstraint k;
            k.name = Model::uniqueId(t.name + u'_' + t.column(id)->name + QStringLiteral("_key"), ModelValidation::constraintNames(t));
            k.id = k.name;
            k.columnIds = {id};
            uniques << k;
        }
    }
    t.uniques = uniques;
    return t;
}

void TableDialog::validate()
{
    const Table t = table();
    const Verdict name = ModelValidation::name(t.name, ModelValidation::relationNames(m_model, t.schemaId, t.id), QStringLiteral("table"), m_dialects);
    VerdictLabel::mark(m_name, name);
    Verdict all = name;
    if (t.columns.isEmpty())
        all = all.worse(Verdict::warning(QStringLiteral("the table has no columns")));
    for (int row = 0; row < t.columns.size(); ++row) {
        const Column &c = t.columns[row];
        const Verdict columnName = ModelValidation::name(c.name, ModelValidation::columnNames(t, c.id), QStringLiteral("column"), m_dialects);
        const Verdict type = ModelValidation::type(columnTypeEdit(row)->currentText(), m_model, m_dialects);
        const Verdict definition = type.isError() ? Verdict::ok() : ModelValidation::column(m_model, t, c, m_dialects);
        VerdictLabel::mark(columnNameEdit(row), columnName);
        VerdictLabel::mark(columnTypeEdit(row), type);
        VerdictLabel::mark(cell(row, DefaultCol), c.defaultExpr.isEmpty() ? Verdict::ok() : definition);
        auto prefixed = [&](Verdict v) {
            if (!v.message.isEmpty())
                v.message = QStringLiteral("%1: %2").arg(c.name.isEmpty() ? QStringLiteral("column %1").arg(row + 1) : c.name, v.message);
            return v;
        };
        all = all.worse(prefixed(columnName)).worse(prefixed(type)).worse(prefixed(definition));
    }
    showVerdict(all);
}

} // namespace strata::modeler::ui
