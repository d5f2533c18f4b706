#include "KeyColumnList.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata::modeler::ui {

namespace {

constexpr int tokenRole = Qt::UserRole;

} // namespace

KeyColumnList::KeyColumnList(QWidget *parent) : QWidget(parent), m_list(new QListWidget)
{
    m_list->setObjectName(QStringLiteral("keyColumns"));
    setFocusProxy(m_list);
    m_up = new QPushButton(QStringLiteral("Move up"));
    m_down = new QPushButton(QStringLiteral("Move down"));
    m_up->setObjectName(QStringLiteral("keyColumnUp"));
    m_down->setObjectName(QStringLiteral("keyColumnDown"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_rebuilding)
            return;
        const QString token = item->data(tokenRole).toString();
        if ((item->checkState() == Qt::Checked) != m_chosen.contains(token))
            toggle(token);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &KeyColumnList::updateButtons);
    rebuild({});
}

void KeyColumnList::updateButtons()
{
    const int at = int(m_chosen.indexOf(currentToken()));
    m_up->setEnabled(at > 0);
    m_down->setEnabled(at >= 0 && at + 1 < m_chosen.size());
}

void KeyColumnList::setOrdered(bool ordered)
{
    m_up->setVisible(ordered);
    m_down->setVisible(ordered);
}

QString KeyColumnList::currentToken() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(tokenRole).toString() : QString();
}

void KeyColumnList::setColumns(const QList<ColumnName> &columns)
{
    m_columns = columns;
    QStringList tokens;
    for (const ColumnName &c : columns)
        tokens << c.first;
    m_chosen.removeIf([&](const QString &t) { return !tokens.contains(t); });
    rebuild(currentToken());
}

void KeyColumnList::setChosen(const QStringList &tokens)
{
    m_chosen = tokens;
    rebuild(currentToken());
}

void KeyColumnList::toggle(const QString &token)
{
    if (!m_chosen.removeOne(token))
        m_chosen << token;
    rebuild(token);
    emit changed();
}

void KeyColumnList::move(int by)
{
    const QString token = currentToken();
    const int at = int(m_chosen.indexOf(token));
    if (at < 0 || at + by < 0 || at + by >= m_chosen.size())
        return;
    m_chosen.swapItemsAt(at, at + by);
    rebuild(token);
    emit changed();
}

void KeyColumnList::rebuild(const QString &current)
{
    m_rebuilding = true;
    m_list->clear();
    auto add = [&](const QString &token, const QString &name, bool chosen) {
        auto *item = new QListWidgetItem(name.isEmpty() ? QStringLiteral("(unnamed column)") : name, m_list);
        item->setData(tokenRole, token);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        if (token == current)
            m_list->setCurrentItem(item);
    };
    for (const QString &token : m_chosen) {
        for (const ColumnName &c : m_columns) {
            if (c.first == token)
                add(token, c.second, true);
        }
    }
    for (const ColumnName &c : m_columns) {
        if (!m_chosen.contains(c.first))
            add(c.first, c.second, false);
    }
    m_rebuilding = false;
    updateButtons();
}

} // namespace strata::modeler::ui
