#include "connectors/ui/ConnectionManager.h"

#include "connectors/ui/ConnectionDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata::connectors::ui {

ConnectionManager::ConnectionManager(ConnectionStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Connections"));
    resize(520, 360);
    auto *add = new QPushButton(tr("Add…"), this);
    auto *editButton = new QPushButton(tr("Edit…"), this);
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, editButton, duplicate, remove})
        side->addWidget(b);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *connectButton = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] { edit({}); });
    connect(editButton, &QPushButton::clicked, this, [this] {
        if (auto c = m_store->find(selectedId()); c && c->id != ConnectionStore::modelEngineId)
            edit(*c);
    });
    connect(duplicate, &QPushButton::clicked, this, [this] {
        if (auto c = m_store->find(selectedId())) {
            c->id.clear();
            c->name = tr("%1 (copy)").arg(c->label());
            edit(*c);
        }
    });
    connect(remove, &QPushButton::clicked, this, &ConnectionManager::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(connectButton, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty()) {
            emit connectionChosen(selectedId());
            accept();
        }
    });
    connect(m_list, &QListWidget::itemDoubleClicked, connectButton, &QPushButton::click);
    connect(m_store, &ConnectionStore::changed, this, &ConnectionManager::reload);
    reload();
}

QString ConnectionManager::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionManager::reload()
{
    const QString selected = selectedId();
    m_list->clear();
    for (const SavedConnection &c : m_store->connections()) {
        QString text = c.label();
        if (c.production)
            text += tr("  [production]");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, c.id);
        if (auto spec = c.spec())
            item->setToolTip(spec->displayName());
        if (c.production)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        if (c.id == selected)
            m_list->setCurrentItem(item);
    }
}

void ConnectionManager::edit(const SavedConnection &connection)
{
    ConnectionDialog dialog(m_store->passwords(), this);
    dialog.setConnection(connection);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto saved = m_store->save(dialog.connection(), dialog.password());
    if (!saved)
        QMessageBox::warning(this, tr("Connection"), saved.error().toString());
}

void ConnectionManager::removeSelected()
{
    const auto c = m_store->find(selectedId());
    if (!c || c->id == ConnectionStore::modelEngineId)
        return;
    if (QMessageBox::question(this, tr("Remove connection"),
                              tr("Remove %1 and its saved password?").arg(c->label())) != QMessageBox::Yes)
        return;
    if (auto removed = m_store->remove(c->id); !removed)
        QMessageBox::warning(this, tr("Connection"), removed.error().toString());
}

} // namespace strata::connectors::ui
