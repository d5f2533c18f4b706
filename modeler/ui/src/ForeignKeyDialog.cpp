#include "modeler/ui/ForeignKeyDialog.h"

#include "VerdictLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strata::modeler::ui {

namespace {

const QList<ReferentialAction> actions{ReferentialAction::NoAction, ReferentialAction::Restrict, ReferentialAction::Cascade,
                                       ReferentialAction::SetNull, ReferentialAction::SetDefault};

QComboBox *actionBox(ReferentialAction current)
{
    auto *box = new QComboBox;
    for (ReferentialAction a : actions)
        box->addItem(referentialActionSql(a), int(a));
    box->setCurrentIndex(int(actions.indexOf(current)));
    return box;
}

QComboBox *columnBox(const Table *table, const QString &current)
{
    auto *box = new QComboBox;
    box->addItem(QString(), QString());
    if (table) {
        for (const Column &c : table->columns)
            box->addItem(c.name, c.id);
    }
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

} // namespace

ForeignKeyDialog::ForeignKeyDialog(const Model &model, const Table &table, const ForeignKey &key, const QList<Dialect> &dialects,
                                   QWidget *parent)
    : EditDialog(parent), m_model(model), m_table(table), m_original(key), m_dialects(dialects)
{
    setWindowTitle(QStringLiteral("Foreign key of %1").arg(model.qualifiedName(table)));
    m_name = new QLineEdit(key.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("target"));
    for (const Table &t : model.tables)
        m_target->addItem(model.qualifiedName(t), t.id);
    m_target->model()->sort(0);
    m_target->setCurrentIndex(std::max(0, m_target->findData(key.referencedTableId)));
    m_pairs = new QTableWidget(0, 2);
    m_pairs->setHorizontalHeaderLabels({QStringLiteral("Column of %1").arg(table.name), QStringLiteral("References")});
    m_pairs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pairs->verticalHeader()->setVisible(false);
    for (int i = 0; i < std::max<qsizetype>(1, key.columnIds.size()); ++i)
        addPair(key.columnIds.value(i), key.referencedColumnIds.value(i));
    auto *add = new QPushButton(QStringLiteral("Add column &pair"));
    connect(add, &QPushButton::clicked, this, [this] { addPair({}, {}); });
    m_onDelete = actionBox(key.onDelete);
    m_onUpdate = actionBox(key.onUpdate);
    m_deferrable = new QCheckBox(QStringLiteral("Deferrable"));
    m_deferrable->setChecked(key.deferrable);

    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Name:"), m_name);
    form->addRow(QStringLiteral("&References table:"), m_target);
    form->addRow(m_pairs);
    form->addRow(add);
    form->addRow(QStringLiteral("On &delete:"), m_onDelete);
    form->addRow(QStringLiteral("On &update:"), m_onUpdate);
    form->addRow(m_deferrable);
    finish(form);
    resize(520, 420);
    connect(m_name, &QLineEdit::textChanged, this, &ForeignKeyDialog::validate);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        fillTargetColumns();
        validate();
    });
    validate();
}

void ForeignKeyDialog::addPair(const QString &columnId, const QString &targetColumnId)
{
    const int row = m_pairs->rowCount();
    m_pairs->insertRow(row);
    auto *own = columnBox(&m_table, columnId);
    auto *target = columnBox(m_model.table(m_target->currentData().toString()), targetColumnId);
    m_pairs->setCellWidget(row, 0, own);
    m_pairs->setCellWidget(row, 1, target);
    connect(own, &QComboBox::currentIndexChanged, this, &ForeignKeyDialog::validate);
    connect(target, &QComboBox::currentIndexChanged, this, &ForeignKeyDialog::validate);
}

void ForeignKeyDialog::fillTargetColumns()
{
    // A new table: its key columns are offered in order, the user changes what is not meant.
    const Table *target = m_model.table(m_target->currentData().toString());
    const QStringList key = target && target->primaryKey ? target->primaryKey->columnIds : QStringList();
    for (int row = 0; row < m_pairs->rowCount(); ++row) {
        auto *box = columnBox(target, key.value(row));
        m_pairs->setCellWidget(row, 1, box); // deletes the old one
        connect(box, &QComboBox::currentIndexChanged, this, &ForeignKeyDialog::validate);
    }
}

ForeignKey ForeignKeyDialog::foreignKey() const
{
    ForeignKey k = m_original;
    k.name = m_name->text().trimmed();
    if (k.id.isEmpty())
        k.id = Model::uniqueId(k.name.isEmpty() ? QStringLiteral("fk") : k.name, [&] {
            QStringList ids;
            for (const ForeignKey &f : m_table.foreignKeys)
                ids << f.id;
            return ids;
        }());
    k.referencedTableId = m_target->currentData().toString();
    k.columnIds.clear();
    k.referencedColumnIds.clear();
    for (int row = 0; row < m_pairs->rowCount(); ++row) {
        const QString own = qobject_cast<QComboBox *>(m_pairs->cellWidget(row, 0))->currentData().toString();
        const QString target = qobject_cast<QComboBox *>(m_pairs->cellWidget(row, 1))->currentData().toString();
        if (own.isEmpty() && target.isEmpty())
            continue;
        k.columnIds << own;
        k.referencedColumnIds << target;
    }
    k.onDelete = ReferentialAction(m_onDelete->currentData().toInt());
    k.onUpdate = ReferentialAction(m_onUpdate->currentData().toInt());
    k.deferrable = m_deferrable->isChecked();
    return k;
}

void ForeignKeyDialog::validate()
{
    const ForeignKey k = foreignKey();
    Verdict v = ModelValidation::name(k.name, ModelValidation::constraintNames(m_table, m_original.id), QStringLiteral("constraint"), m_dialects);
    VerdictLabel::mark(m_name, v);
    const Table *target = m_model.table(k.referencedTableId);
    if (!target)
        v = v.worse(Verdict::error(QStringLiteral("choose the table to reference")));
    else if (k.columnIds.isEmpty())
        v = v.worse(Verdict::error(QStringLiteral("choose at least one column and the column it references")));
    else if (k.columnIds.contains(QString()) || k.referencedColumnIds.contains(QString()))
        v = v.worse(Verdict::error(QStringLiteral("each column needs the column it references, and each referenced column its column")));
    else if (QSet<QString>(k.columnIds.begin(), k.columnIds.end()).size() != k.columnIds.size())
        v = v.worse(Verdict::error(QStringLiteral("a column appears twice")));
    if (target && !v.isError()) {
        const QSet<QString> referenced(k.referencedColumnIds.begin(), k.referencedColumnIds.end());
        auto isKey = [&](const QStringList &ids) { return QSet<QString>(ids.begin(), ids.end()) == referenced; };
        const bool key = (target->primaryKey && isKey(target->primaryKey->columnIds)) ||
                         std::any_of(target->uniques.begin(), target->uniques.end(), [&](const KeyConstraint &u) { return isKey(u.columnIds); });
        if (!key)
            v = v.worse(Verdict::error(QStringLiteral("the referenced columns must be the primary key or a unique key of %1").arg(target->name)));
        for (int i = 0; i < k.columnIds.size() && !v.isError(); ++i) {
            const Column *a = m_table.column(k.columnIds[i]);
            const Column *b = target->column(k.referencedColumnIds[i]);
            if (a && b && a->type.elementType().kind != b->type.elementType().kind && !(a->type.isInteger() && b->type.isInteger()))
                v = v.worse(Verdict::warning(QStringLiteral("%1 is %2 but %3 is %4").arg(a->name, a->type.toString(), b->name, b->type.toString())));
        }
    }
    showVerdict(v);
}

} // namespace strata::modeler::ui
