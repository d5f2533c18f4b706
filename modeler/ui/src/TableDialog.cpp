#include "modeler/ui/TableDialog.h"

#include "ColumnDetails.h"
#include "ColumnGrid.h"
#include "TableKeysPage.h"
#include "VerdictLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace strata::modeler::ui {

namespace {

/// A verdict about one thing of the table, named at the start of its message.
Verdict about(const QString &what, Verdict v)
{
    if (!v.message.isEmpty())
        v.message = QStringLiteral("%1: %2").arg(what, v.message);
    return v;
}

} // namespace

TableDialog::TableDialog(const Model &model, const Table &table, const QList<Dialect> &dialects, QWidget *parent)
    : EditDialog(parent), m_model(model), m_original(table), m_dialects(dialects)
{
    setWindowTitle(model.table(table.id) ? QStringLiteral("Table %1").arg(model.qualifiedName(table)) : QStringLiteral("New table"));
    m_name = new QLineEdit(table.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_schema = schemaChooser(model, table.schemaId);
    m_schema->setToolTip(QStringLiteral("Choosing another schema moves the table there"));
    m_comment = new QLineEdit(table.comment);
    m_comment->setObjectName(QStringLiteral("comment"));
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 2);
    nameRow->addWidget(label(QStringLiteral("&Schema:"), m_schema));
    nameRow->addWidget(m_schema, 1);
    auto *form = new QFormLayout;
    form->addRow(label(QStringLiteral("&Name:"), m_name), nameRow);
    form->addRow(QStringLiteral("Co&mment:"), m_comment);

    m_keys = new TableKeysPage(table, !model.table(table.id));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tableTabs"));
    m_tabs->addTab(buildColumnsPage(table), QStringLiteral("&Columns"));
    m_tabs->addTab(m_keys, QStringLiteral("&Keys"));

    auto *body = new QVBoxLayout;
    body->addLayout(form);
    body->addWidget(m_tabs, 1);
    finish(body);
    resize(780, 600);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_keys->setTableName(name);
        validate();
    });
    connect(m_schema, &QComboBox::currentIndexChanged, this, &TableDialog::validate);
    connect(m_keys, &TableKeysPage::changed, this, &TableDialog::keysChanged);
    rowsChanged();
    if (m_grid->rowCount() > 0)
        chooseColumn(0);
}

QWidget *TableDialog::buildColumnsPage(const Table &table)
{
    m_grid = new ColumnGrid(m_model);
    for (const Column &c : table.columns)
        m_grid->appendColumn(c);
    m_details = new ColumnDetails;

    auto *add = new QPushButton(QStringLiteral("&Add column"));
    add->setObjectName(QStringLiteral("addColumn"));
    auto *remove = new QPushButton(QStringLiteral("&Remove"));
    remove->setObjectName(QStringLiteral("removeColumn"));
    auto *up = new QPushButton(QStringLiteral("Move &up"));
    up->setObjectName(QStringLiteral("moveColumnUp"));
    auto *down = new QPushButton(QStringLiteral("Move &down"));
    down->setObjectName(QStringLiteral("moveColumnDown"));
    connect(add, &QPushButton::clicked, this, &TableDialog::addColumn);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_grid->removeCurrentRow();
        rowsChanged();
    });
    connect(up, &QPushButton::clicked, this, [this] {
        m_grid->moveCurrentRow(-1);
        rowsChanged();
    });
    connect(down, &QPushButton::clicked, this, [this] {
        m_grid->moveCurrentRow(1);
        rowsChanged();
    });
    auto *rowButtons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        rowButtons->addWidget(b);
    rowButtons->addStretch();

    connect(m_grid, &ColumnGrid::edited, this, [this] {
        m_keys->setColumns(m_grid->columnNames()); // a renamed column shows in the keys
        if (const int row = m_grid->currentRow(); row >= 0)
            m_details->setColumnName(columnNameEdit(row)->text()); // and below the grid
        validate();
    });
    connect(m_grid, &ColumnGrid::primaryKeyToggled, m_keys, &TableKeysPage::setInPrimaryKey);
    connect(m_grid, &ColumnGrid::uniqueToggled, m_keys, &TableKeysPage::setSingleUnique);
    connect(m_grid, &QTableWidget::currentCellChanged, this, &TableDialog::showDetails);
    connect(m_details, &ColumnDetails::edited, this, [this] {
        const int row = m_grid->currentRow();
        if (row < 0)
            return;
        Column c = m_grid->column(row);
        m_details->apply(c);
        m_grid->setDetails(row, c);
    });

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_grid, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_details);
    return page;
}

void TableDialog::addColumn()
{
    const int row = m_grid->appendColumn(Column{});
    rowsChanged();
    m_tabs->setCurrentIndex(0);
    chooseColumn(row);
    columnNameEdit(row)->setFocus();
}

void TableDialog::chooseColumn(int row)
{
    m_grid->setCurrentCell(row, 0);
    showDetails();
}

void TableDialog::showPart(const ObjectRef &part)
{
    if (part.kind == ObjectRef::Kind::Column) {
        const int row = m_grid->rowOf(part.childId);
        if (row >= 0) {
            m_tabs->setCurrentIndex(0);
            chooseColumn(row);
            columnNameEdit(row)->setFocus();
        }
    } else if (part.kind == ObjectRef::Kind::PrimaryKey || part.kind == ObjectRef::Kind::Unique) {
        m_tabs->setCurrentIndex(1);
        const QList<KeyConstraint> uniques = m_keys->uniques();
        for (int i = 0; i < uniques.size(); ++i) {
            if (part.kind == ObjectRef::Kind::Unique && uniques[i].id == part.childId)
                m_keys->uniqueList()->setCurrentRow(i);
        }
    }
}

void TableDialog::rowsChanged()
{
    m_keys->setColumns(m_grid->columnNames());
    keysChanged(); // the grid's key boxes follow the rows
    showDetails();
}

void TableDialog::keysChanged()
{
    QList<QStringList> uniques;
    for (const KeyConstraint &k : m_keys->uniques())
        uniques << k.columnIds;
    m_grid->showKeys(m_keys->primaryKey() ? m_keys->primaryKey()->columnIds : QStringList(), uniques);
    validate();
}

void TableDialog::showDetails()
{
    const int row = m_grid->currentRow();
    const Column c = row >= 0 ? m_grid->column(row) : Column{};
    m_details->load(row >= 0 ? &c : nullptr);
}

int TableDialog::columnRowCount() const
{
    return m_grid->rowCount();
}

QLineEdit *TableDialog::columnNameEdit(int row) const
{
    return m_grid->nameEdit(row);
}

QComboBox *TableDialog::columnTypeEdit(int row) const
{
    return m_grid->typeEdit(row);
}

QHash<QString, QString> TableDialog::columnIds(QList<Column> *columns) const
{
    QStringList taken;
    for (const Column &c : m_original.columns)
        taken << c.id;
    QHash<QString, QString> ids;
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        Column c = m_grid->column(row);
        const QString token = c.id;
        if (!m_original.column(token)) {
            c.id = Model::uniqueId(c.name.isEmpty() ? QStringLiteral("column") : c.name, taken);
            taken << c.id;
        }
        ids.insert(token, c.id);
        *columns << c;
    }
    return ids;
}

Table TableDialog::table() const
{
    Table t = m_original;
    t.name = m_name->text();
    t.schemaId = m_schema->currentData().toString();
    t.comment = m_comment->text();
    t.columns.clear();
    const QHash<QString, QString> ids = columnIds(&t.columns);
    auto mapped = [&](const QStringList &tokens) {
        QStringList out;
        for (const QString &token : tokens)
            out << ids.value(token, token);
        return out;
    };
    t.primaryKey = m_keys->primaryKey();
    if (t.primaryKey) {
        t.primaryKey->columnIds = mapped(t.primaryKey->columnIds);
        if (t.primaryKey->id.isEmpty())
            t.primaryKey->id = t.primaryKey->name.isEmpty() ? t.name + QStringLiteral("_pkey") : t.primaryKey->name;
        for (Column &c : t.columns) {
            if (t.primaryKey->columnIds.contains(c.id))
                c.nullable = false; // a primary key column is never null
        }
    }
    t.uniques = m_keys->uniques();
    for (KeyConstraint &k : t.uniques)
        k.columnIds = mapped(k.columnIds);
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
    all = all.worse(validateColumns(t)).worse(validateKeys(t));
    showVerdict(all);
}

Verdict TableDialog::validateColumns(const Table &t)
{
    Verdict all;
    const int current = m_grid->currentRow();
    for (int row = 0; row < t.columns.size(); ++row) {
        const Column &c = t.columns[row];
        const Verdict columnName = ModelValidation::name(c.name, ModelValidation::columnNames(t, c.id), QStringLiteral("column"), m_dialects);
        const Verdict type = ModelValidation::type(columnTypeEdit(row)->currentText(), m_model, m_dialects);
        const Verdict definition = type.isError() ? Verdict::ok() : ModelValidation::column(m_model, t, c, m_dialects);
        VerdictLabel::mark(columnNameEdit(row), columnName);
        VerdictLabel::mark(columnTypeEdit(row), type);
        VerdictLabel::mark(m_grid->defaultEdit(row), c.defaultExpr.isEmpty() ? Verdict::ok() : definition);
        if (row == current) {
            VerdictLabel::mark(m_details->generated(), c.generatedExpr.isEmpty() ? Verdict::ok() : definition);
            VerdictLabel::mark(m_details->identity(), c.identity == Identity::None && !c.serial ? Verdict::ok() : definition);
        }
        const QString what = c.name.isEmpty() ? QStringLiteral("column %1").arg(row + 1) : c.name;
        all = all.worse(about(what, columnName)).worse(about(what, type)).worse(about(what, definition));
    }
    return all;
}

Verdict TableDialog::validateKeys(const Table &t)
{
    QStringList otherNames; // checks, foreign keys and indexes keep theirs
    for (const CheckConstraint &c : t.checks)
        otherNames << c.name;
    for (const ForeignKey &f : t.foreignKeys)
        otherNames << f.name;
    for (const Index &i : t.indexes)
        otherNames << i.name;
    QList<const KeyConstraint *> keys;
    if (t.primaryKey)
        keys << &*t.primaryKey;
    for (const KeyConstraint &k : t.uniques)
        keys << &k;
    Verdict all, currentUnique;
    const int current = m_keys->uniqueList()->currentRow();
    for (int i = 0; i < keys.size(); ++i) {
        const KeyConstraint &k = *keys[i];
        const bool primary = t.primaryKey && i == 0;
        const int uniqueIndex = i - (t.primaryKey ? 1 : 0);
        QStringList taken = otherNames;
        for (const KeyConstraint *o : keys) {
            if (o != &k)
                taken << o->name;
        }
        Verdict v = k.name.isEmpty() ? Verdict::ok() : ModelValidation::name(k.name, taken, QStringLiteral("constraint"), m_dialects);
        const QString what = primary ? QStringLiteral("primary key") : QStringLiteral("unique %1").arg(k.name.isEmpty() ? QString::number(uniqueIndex + 1) : k.name);
        if (k.columnIds.isEmpty())
            v = v.worse(Verdict::error(QStringLiteral("choose its columns")));
        else
            v = v.worse(ModelValidation::key(m_model, t, k, primary, m_dialects));
        for (const KeyConstraint *o : keys) {
            if (o != &k && !k.columnIds.isEmpty() && QSet<QString>(o->columnIds.begin(), o->columnIds.end()) == QSet<QString>(k.columnIds.begin(), k.columnIds.end()))
                v = v.worse(Verdict::warning(QStringLiteral("has the same columns as another key")));
        }
        if (primary)
            VerdictLabel::mark(m_keys->primaryKeyName(), v);
        else if (uniqueIndex == current)
            currentUnique = v;
        all = all.worse(about(QStringLiteral("Keys, ") + what, v));
    }
    VerdictLabel::mark(m_keys->uniqueName(), currentUnique);
    m_tabs->setTabText(1, all.isError() ? QStringLiteral("&Keys ✖") : QStringLiteral("&Keys"));
    return all;
}

} // namespace strata::modeler::ui
