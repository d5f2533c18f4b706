#include "TableKeysPage.h"

#include "modeler/ui/ModelEdits.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace strata::modeler::ui {

TableKeysPage::TableKeysPage(const Table &table, bool isNew, QWidget *parent)
    : QWidget(parent), m_pk(table.primaryKey), m_uniques(table.uniques), m_tableName(table.name),
      m_isNew(isNew)
{
    m_pkBox = new QGroupBox(QStringLiteral("&Primary key"));
    m_pkBox->setObjectName(QStringLiteral("primaryKey"));
    m_pkBox->setCheckable(true);
    m_pkBox->setChecked(table.primaryKey.has_value());
    m_pkName = new QLineEdit(table.primaryKey ? table.primaryKey->name : QString());
    m_pkName->setObjectName(QStringLiteral("primaryKeyName"));
    m_pkName->setPlaceholderText(QStringLiteral("chosen by the database"));
    m_pkColumns = new KeyColumnList;
    m_pkColumns->setObjectName(QStringLiteral("primaryKeyColumns"));
    m_pkColumns->setChosen(table.primaryKey ? table.primaryKey->columnIds : QStringList());
    auto *pkForm = new QFormLayout(m_pkBox);
    pkForm->addRow(QStringLiteral("Name:"), m_pkName);
    pkForm->addRow(QStringLiteral("Columns:"), m_pkColumns);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pkBox, 1);
    layout->addWidget(buildUniques(), 1);

    connect(m_pkBox, &QGroupBox::toggled, this, [this](bool on) {
        if (on && !m_pk) {
            m_pk = KeyConstraint{};
            m_pk->id = m_pk->name = freeName(m_tableName + QStringLiteral("_pkey"));
            const QSignalBlocker blocker(m_pkName);
            m_pkName->setText(m_pk->name);
        }
        emit changed();
    });
    connect(m_pkName, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_pk)
            m_pk->name = text.trimmed();
        emit changed();
    });
    connect(m_pkColumns, &KeyColumnList::changed, this, [this] {
        if (m_pk)
            m_pk->columnIds = m_pkColumns->chosen();
        emit changed();
    });
}

QWidget *TableKeysPage::buildUniques()
{
    auto *box = new QGroupBox(QStringLiteral("&Unique constraints"));
    m_uniqueList = new QListWidget;
    m_uniqueList->setObjectName(QStringLiteral("uniques"));
    auto *add = new QPushButton(QStringLiteral("Add unique"));
    add->setObjectName(QStringLiteral("addUnique"));
    m_removeUnique = new QPushButton(QStringLiteral("Remove"));
    m_removeUnique->setObjectName(QStringLiteral("removeUnique"));
    m_uniqueName = new QLineEdit;
    m_uniqueName->setObjectName(QStringLiteral("uniqueName"));
    m_uniqueName->setPlaceholderText(QStringLiteral("chosen by the database"));
    m_uniqueColumns = new KeyColumnList;
    m_uniqueColumns->setObjectName(QStringLiteral("uniqueColumns"));
    m_uniqueList->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeUnique);
    buttons->addStretch();
    auto *list = new QVBoxLayout;
    list->addWidget(m_uniqueList, 1);
    list->addLayout(buttons);
    auto *detail = new QFormLayout;
    detail->addRow(QStringLiteral("Name:"), m_uniqueName);
    detail->addRow(QStringLiteral("Columns:"), m_uniqueColumns);
    auto *row = new QHBoxLayout(box);
    row->addLayout(list, 2);
    row->addLayout(detail, 3);

    connect(add, &QPushButton::clicked, this, &TableKeysPage::addUnique);
    connect(m_removeUnique, &QPushButton::clicked, this, &TableKeysPage::removeUnique);
    connect(m_uniqueList, &QListWidget::currentRowChanged, this, &TableKeysPage::showUnique);
    connect(m_uniqueName, &QLineEdit::textChanged, this, [this](const QString &text) {
        const int i = m_uniqueList->currentRow();
        if (i < 0 || i >= m_uniques.size())
            return;
        m_uniques[i].name = text.trimmed();
        refreshUniqueList();
        emit changed();
    });
    connect(m_uniqueColumns, &KeyColumnList::changed, this, [this] {
        const int i = m_uniqueList->currentRow();
        if (i < 0 || i >= m_uniques.size())
            return;
        m_uniques[i].columnIds = m_uniqueColumns->chosen();
        refreshUniqueList();
        emit changed();
    });
    refreshUniqueList();
    showUnique(m_uniques.isEmpty() ? -1 : 0);
    return box;
}

void TableKeysPage::setColumns(const QList<KeyColumnList::ColumnName> &columns)
{
    m_columns = columns;
    QStringList tokens;
    for (const auto &c : columns)
        tokens << c.first;
    // A key loses the columns that are gone; a key that loses all of them goes too.
    auto keep = [&](QStringList &ids) {
        const bool had = !ids.isEmpty();
        ids.removeIf([&](const QString &t) { return !tokens.contains(t); });
        return had && ids.isEmpty();
    };
    if (m_pk && keep(m_pk->columnIds)) {
        const QSignalBlocker blocker(m_pkBox);
        m_pkBox->setChecked(false);
    }
    QList<KeyConstraint> kept;
    for (KeyConstraint &k : m_uniques) {
        if (!keep(k.columnIds))
            kept << k;
    }
    m_uniques = kept;
    m_pkColumns->setColumns(columns);
    m_uniqueColumns->setColumns(columns);
    refreshUniqueList();
    showUnique(std::min<int>(m_uniqueList->currentRow(), int(m_uniques.size()) - 1));
}

void TableKeysPage::setTableName(const QString &name)
{
    const QString suffix = QStringLiteral("_pkey");
    if (m_isNew && m_pk && m_pk->name == m_tableName + suffix) {
        m_pk->name = m_pk->id = name + suffix;
        const QSignalBlocker blocker(m_pkName);
        m_pkName->setText(m_pk->name);
    }
    m_tableName = name;
}

std::optional<KeyConstraint> TableKeysPage::primaryKey() const
{
    return m_pkBox->isChecked() ? m_pk : std::nullopt;
}

void TableKeysPage::setInPrimaryKey(const QString &token, bool on)
{
    if (on && !m_pkBox->isChecked()) {
        const QSignalBlocker blocker(this); // one changed() at the end
        m_pkBox->setChecked(true);
        if (m_pk)
            m_pk->columnIds.clear(); // the key comes back with this column, not the columns it had
    }
    if (!m_pk)
        return;
    QStringList columns = m_pk->columnIds;
    columns.removeAll(token);
    if (on)
        columns << token;
    m_pk->columnIds = columns;
    m_pkColumns->setChosen(columns);
    if (columns.isEmpty())
        m_pkBox->setChecked(false);
    emit changed();
}

void TableKeysPage::setSingleUnique(const QString &token, bool on)
{
    if (on) {
        KeyConstraint k;
        k.id = k.name = freeName(m_tableName + u'_' + columnName(token) + QStringLiteral("_key"));
        k.columnIds = {token};
        m_uniques << k;
    } else {
        m_uniques.removeIf([&](const KeyConstraint &k) { return k.columnIds == QStringList{token}; });
    }
    refreshUniqueList();
    showUnique(on ? int(m_uniques.size()) - 1
                  : std::min<int>(m_uniqueList->currentRow(), int(m_uniques.size()) - 1));
    emit changed();
}

void TableKeysPage::addUnique()
{
    KeyConstraint k;
    k.id = k.name = freeName(m_tableName + QStringLiteral("_key"));
    m_uniques << k;
    refreshUniqueList();
    showUnique(int(m_uniques.size()) - 1);
    m_uniqueColumns->list()->setFocus();
    emit changed();
}

void TableKeysPage::removeUnique()
{
    const int i = m_uniqueList->currentRow();
    if (i < 0 || i >= m_uniques.size())
        return;
    m_uniques.removeAt(i);
    refreshUniqueList();
    showUnique(std::min<int>(i, int(m_uniques.size()) - 1));
    emit changed();
}

void TableKeysPage::showUnique(int index)
{
    const bool valid = index >= 0 && index < m_uniques.size();
    {
        const QSignalBlocker b1(m_uniqueList), b2(m_uniqueName), b3(m_uniqueColumns);
        m_uniqueList->setCurrentRow(index);
        m_uniqueName->setText(valid ? m_uniques[index].name : QString());
        m_uniqueColumns->setChosen(valid ? m_uniques[index].columnIds : QStringList());
    }
    for (QWidget *w : QList<QWidget *>{m_uniqueName, m_uniqueColumns, m_removeUnique})
        w->setEnabled(valid);
}

void TableKeysPage::refreshUniqueList()
{
    const QSignalBlocker blocker(m_uniqueList);
    const int current = m_uniqueList->currentRow();
    while (m_uniqueList->count() > m_uniques.size())
        delete m_uniqueList->takeItem(m_uniqueList->count() - 1);
    while (m_uniqueList->count() < m_uniques.size())
        m_uniqueList->addItem(QString());
    for (int i = 0; i < m_uniques.size(); ++i) {
        QStringList names;
        for (const QString &t : m_uniques[i].columnIds)
            names << columnName(t);
        const QString name = m_uniques[i].name.isEmpty() ? QStringLiteral("(unnamed)") : m_uniques[i].name;
        m_uniqueList->item(i)->setText(
            QStringLiteral("%1\n    (%2)").arg(name, names.join(QStringLiteral(", "))));
    }
    m_uniqueList->setCurrentRow(std::min(current, int(m_uniques.size()) - 1));
}

QString TableKeysPage::columnName(const QString &token) const
{
    for (const auto &c : m_columns) {
        if (c.first == token)
            return c.second;
    }
    return token;
}

QString TableKeysPage::freeName(const QString &base) const
{
    QStringList taken;
    if (m_pk)
        taken << m_pk->name << m_pk->id;
    for (const KeyConstraint &k : m_uniques)
        taken << k.name << k.id;
    return ModelEdits::freeName(base, taken);
}

} // namespace strata::modeler::ui
