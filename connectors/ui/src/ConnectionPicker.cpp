#include "connectors/ui/ConnectionPicker.h"

#include "connectors/ui/ConnectionManager.h"

#include <connectors/ConnectionStore.h>
#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

namespace strata::connectors::ui {

ConnectionPicker::ConnectionPicker(ConnectionStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_combo(new QComboBox(this))
{
    m_combo->setMinimumContentsLength(24);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setToolTip(tr("The connection the statements run on"));
    auto *manage = new QToolButton(this);
    manage->setText(tr("Connections…"));
    manage->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(manage);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // beside the run buttons, not across the bar

    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { emit chosen(m_combo->itemData(index).toString()); });
    connect(manage, &QToolButton::clicked, this, [this] {
        ConnectionManager manager(m_store, this);
        connect(&manager, &ConnectionManager::connectionChosen, this, &ConnectionPicker::chosen);
        manager.exec();
    });
    connect(m_store, &ConnectionStore::changed, this, &ConnectionPicker::reload);
    reload();
}

void ConnectionPicker::reload()
{
    const QString id = current();
    m_combo->clear();
    m_combo->addItem(tr("(no connection)"), QString());
    for (const SavedConnection &c : m_store->connections()) {
        m_combo->addItem(c.production ? c.label() + tr(" [production]") : c.label(), c.id);
        if (c.production)
            m_combo->setItemData(m_combo->count() - 1, QColor(0xc6, 0x28, 0x28), Qt::ForegroundRole);
    }
    setCurrent(id);
}

void ConnectionPicker::setCurrent(const QString &id)
{
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(id)));
}

QString ConnectionPicker::current() const
{
    return m_combo->currentData().toString();
}

} // namespace strata::connectors::ui
