#include "modeler/ui/ForeignKeyDialog.h"

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

const QList<ReferentialAction> actions{ReferentialAction::NoAction, ReferentialAction::Restrict, ReferentialAction::Cascade,
                                       ReferentialAction::SetNull, ReferentialAction::SetDefault};

QComboBox *actionBox(const QString &name, ReferentialAction current)
{
    auto *box = new QComboBox;
    box->setObjectName(name);
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

bool sameSet(const QStringList &a, const QStringList &b)
{
    return QSet<QString>(a.begin(), a.end()) == QSet<QString>(b.begin(), b.end());
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
    m_onDelete = actionBox(QStringLiteral("onDelete"), key.onDelete);
    m_onUpdate = actionBox(QStringLiteral("onUpdate"), key.onUpdate);
    m_match = new QComboBox;
    m_match->setObjectName(QStringLiteral("match"));
    m_match->addItem(QStringLiteral("SIMPLE: a row with a null key column is not checked"), int(MatchType::Simple));
    m_match->addItem(QStringLiteral("FULL: all key columns null, or none"), int(MatchType::Full));
    m_match->setCurrentIndex(std::max(0, m_match->findData(int(key.match))));
    m_deferrable = new QCheckBox(QStringLiteral("De&ferrable"));
    m_deferrable->setObjectName(QStringLiteral("deferrable"));
    m_deferrable->setChecked(key.deferrable || key.initiallyDeferred);
    m_initiallyDeferred = new QCheckBox(QStringLiteral("&Initially deferred (checked at commit)"));
    m_initiallyDeferred->setObjectName(QStringLiteral("initiallyDeferred"));
    m_initiallyDeferred->setChecked(key.initiallyDeferred);
    m_initiallyDeferred->setEnabled(m_deferrable->isChecked());
    auto *deferral = new QHBoxLayout;
    deferral->addWidget(m_deferrable);
    deferral->addWidget(m_initiallyDeferred);
    deferral->addStretch();

    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Name:"), m_name);
    form->addRow(QStringLiteral("&References table:"), m_target);
    form->addRow(buildPairs(key));
    form->addRow(QStringLiteral("On &delete:"), m_onDelete);
    form->addRow(QStringLiteral("On &update:"), m_onUpdate);
    form->addRow(QStringLiteral("M&atch:"), m_match);
    form->addRow(deferral);
    finish(form);
    resize(560, 480);
    connect(m_name, &QLineEdit::textChanged, this, &ForeignKeyDialog::validate);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        fillTargetColumns();
        validate();
    });
    for (QComboBox *box : {m_onDelete, m_onUpdate, m_match})
        connect(box, &QComboBox::currentIndexChanged, this, &ForeignKeyDialog::validate);
    connect(m_deferrable, &QCheckBox::toggled, this, [this](bool on) {
        m_initiallyDeferred->setEnabled(on);
        if (!on)
            m_initiallyDeferred->setChecked(false);
        validate();
    });
    connect(m_initiallyDeferred, &QCheckBox::toggled, this, &ForeignKeyDialog::validate);
    validate();
}

QLayout *ForeignKeyDialog::buildPairs(const ForeignKey &key)
{
    m_pairs = new QTableWidget(0, 2);
    m_pairs->setObjectName(QStringLiteral("pairs"));
    m_pairs->setHorizontalHeaderLabels({QStringLiteral("Column of %1").arg(m_table.name), QStringLiteral("References")});
    m_pairs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pairs->verticalHeader()->setVisible(false);
    m_pairs->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < std::max<qsizetype>(1, key.columnIds.size()); ++i)
        addPair(key.columnIds.value(i), key.referencedColumnIds.value(i));
    auto *add = new QPushButton(QStringLiteral("Add column &pair"));
    add->setObjectName(QStringLiteral("addPair"));
    auto *remove = new QPushButton(QStringLiteral("Remove pair"));
    remove->setObjectName(QStringLiteral("removePair"));
    connect(add, &QPushButton::clicked, this, [this] {
        addPair({}, {});
        validate();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_pairs->currentRow() >= 0 ? m_pairs->currentRow() : m_pairs->rowCount() - 1;
        if (m_pairs->rowCount() > 1 && row >= 0)
            m_pairs->removeRow(row);
        validate();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_pairs, 1);
    layout->addLayout(buttons);
    return layout;
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

int ForeignKeyDialog::pairCount() const
{
    return m_pairs->rowCount();
}

QComboBox *ForeignKeyDialog::columnEdit(int pair) const
{
    return qobject_cast<QComboBox *>(m_pairs->cellWidget(pair, 0));
}

QComboBox *ForeignKeyDialog::referencedColumnEdit(int pair) const
{
    return qobject_cast<QComboBox *>(m_pairs->cellWidget(pair, 1));
}

void ForeignKeyDialog::fillTargetColumns()
{
    // Another table: its key columns are offered in order, as many pairs as it has; the user
    // changes what is not meant.
    const Table *target = m_model.table(m_target->currentData().toString());
    const QStringList key = target && target->primaryKey ? target->primaryKey->columnIds : QStringList();
    while (m_pairs->rowCount() < key.size())
        addPair({}, {});
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
    if (k.id.isEmpty()) {
        QStringList ids;
        for (const ForeignKey &f : m_table.foreignKeys)
            ids << f.id;
        k.id = Model::uniqueId(k.name.isEmpty() ? QStringLiteral("fk") : k.name, ids);
    }
    k.referencedTableId = m_target->currentData().toString();
    k.columnIds.clear();
    k.referencedColumnIds.clear();
    for (int row = 0; row < m_pairs->rowCount(); ++row) {
        const QString own = columnEdit(row)->currentData().toString();
        const QString target = referencedColumnEdit(row)->currentData().toString();
        if (own.isEmpty() && target.isEmpty())
            continue;
        k.columnIds << own;
        k.referencedColumnIds << target;
    }
    k.onDelete = ReferentialAction(m_onDelete->currentData().toInt());
    k.onUpdate = ReferentialAction(m_onUpdate->currentData().toInt());
    k.match = MatchType(m_match->currentData().toInt());
    k.deferrable = m_deferrable->isChecked();
    k.initiallyDeferred = k.deferrable && m_initiallyDeferred->isChecked();
    return k;
}

Verdict ForeignKeyDialog::pairsVerdict(const ForeignKey &k, const Table *target) const
{
    if (!target)
        return Verdict::error(QStringLiteral("choose the table to reference"));
    if (k.columnIds.isEmpty())
        return Verdict::error(QStringLiteral("choose at least one column and the column it references"));
    if (k.columnIds.contains(QString()) || k.referencedColumnIds.contains(QString()))
        return Verdict::error(QStringLiteral("each column needs the column it references, and each referenced column its column"));
    if (QSet<QString>(k.columnIds.begin(), k.columnIds.end()).size() != k.columnIds.size())
        return Verdict::error(QStringLiteral("a column appears twice"));
    const bool key = (target->primaryKey && sameSet(target->primaryKey->columnIds, k.referencedColumnIds)) ||
                     std::any_of(target->uniques.begin(), target->uniques.end(), [&](const KeyConstraint &u) { return sameSet(u.columnIds, k.referencedColumnIds); });
    if (!key)
        return Verdict::error(QStringLiteral("the referenced columns must be the primary key or a unique key of %1").arg(target->name));
    Verdict v;
    for (int i = 0; i < k.columnIds.size(); ++i) {
        const Column *a = m_table.column(k.columnIds[i]);
        const Column *b = target->column(k.referencedColumnIds[i]);
        if (a && b && a->type.elementType().kind != b->type.elementType().kind && !(a->type.isInteger() && b->type.isInteger()))
            v = v.worse(Verdict::warning(QStringLiteral("%1 is %2 but %3 is %4").arg(a->name, a->type.toString(), b->name, b->type.toString())));
        const bool setsNull = k.onDelete == ReferentialAction::SetNull || k.onUpdate == ReferentialAction::SetNull;
        if (a && setsNull && !a->nullable)
            v = v.worse(Verdict::warning(QStringLiteral("SET NULL on %1, which is not null: the delete or update will fail").arg(a->name)));
    }
    return v;
}

void ForeignKeyDialog::validate()
{
    const ForeignKey k = foreignKey();
    Verdict v = ModelValidation::name(k.name, ModelValidation::constraintNames(m_table, m_original.id), QStringLiteral("constraint"), m_dialects);
    VerdictLabel::mark(m_name, v);
    const Table *target = m_model.table(k.referencedTableId);
    v = v.worse(pairsVerdict(k, target));
    if (!v.isError())
        v = v.worse(ModelValidation::foreignKey(m_model, m_table, k, m_dialects));
    showVerdict(v);
}

} // namespace strata::modeler::ui
