#include "modeler/ui/IndexDialog.h"

#include "VerdictLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata::modeler::ui {

IndexDialog::IndexDialog(const Model &model, const Table &table, const Index &index, const QList<Dialect> &dialects, QWidget *parent)
    : EditDialog(parent), m_table(table), m_original(index), m_dialects(dialects)
{
    setWindowTitle(QStringLiteral("Index on %1").arg(model.qualifiedName(table)));
    m_name = new QLineEdit(index.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_unique = new QCheckBox(QStringLiteral("Unique"));
    m_unique->setChecked(index.unique);
    m_method = new QComboBox;
    m_method->addItems({QStringLiteral("btree"), QStringLiteral("hash"), QStringLiteral("gin"), QStringLiteral("gist"), QStringLiteral("brin")});
    m_method->setCurrentText(index.method.isEmpty() ? QStringLiteral("btree") : index.method);
    m_columns = new QListWidget;
    m_columns->setObjectName(QStringLiteral("columns"));
    for (const IndexKey &k : index.keys) {
        if (!k.isExpression())
            m_checkedOrder << k.columnId;
    }
    for (const Column &c : table.columns) {
        auto *item = new QListWidgetItem(c.name, m_columns);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checkedOrder.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_columns, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        m_checkedOrder.removeAll(id);
        if (item->checkState() == Qt::Checked)
            m_checkedOrder << id;
        validate();
    });
    m_where = new QLineEdit(index.where);
    m_where->setPlaceholderText(QStringLiteral("every row (not a partial index)"));
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Name:"), m_name);
    form->addRow(m_unique);
    form->addRow(QStringLiteral("&Method:"), m_method);
    form->addRow(QStringLiteral("&Columns (in the order checked):"), m_columns);
    form->addRow(QStringLiteral("&Where:"), m_where);
    finish(form);
    connect(m_name, &QLineEdit::textChanged, this, &IndexDialog::validate);
    validate();
}

Index IndexDialog::index() const
{
    Index i = m_original;
    i.name = m_name->text().trimmed();
    if (i.id.isEmpty()) {
        QStringList ids;
        for (const Index &o : m_table.indexes)
            ids << o.id;
        i.id = Model::uniqueId(i.name.isEmpty() ? QStringLiteral("index") : i.name, ids);
    }
    i.unique = m_unique->isChecked();
    i.method = m_method->currentText() == u"btree" ? QString() : m_method->currentText();
    // Expression keys stay; column keys follow the checks, keeping their options.
    QList<IndexKey> keys;
    for (const IndexKey &k : m_original.keys) {
        if (k.isExpression())
            keys << k;
    }
    for (const QString &id : m_checkedOrder) {
        const auto it = std::find_if(m_original.keys.begin(), m_original.keys.end(), [&](const IndexKey &k) { return k.columnId == id; });
        IndexKey k = it == m_original.keys.end() ? IndexKey{} : *it;
        k.columnId = id;
        keys << k;
    }
    i.keys = keys;
    i.where = m_where->text().trimmed();
    return i;
}

void IndexDialog::validate()
{
    const Index i = index();
    Verdict v = ModelValidation::name(i.name, ModelValidation::constraintNames(m_table, m_original.id), QStringLiteral("index"), m_dialects);
    VerdictLabel::mark(m_name, v);
    if (i.keys.isEmpty())
        v = v.worse(Verdict::error(QStringLiteral("check the columns the index covers")));
    showVerdict(v);
}

} // namespace strata::modeler::ui
