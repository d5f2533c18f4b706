#include "ModeLayouts.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QTabWidget>
#include <QToolBar>

namespace strata::app {

namespace {

const QString settingsGroup = QStringLiteral("window/layouts");

} // namespace

ModeLayouts::ModeLayouts(QMainWindow *window, QTabWidget *centralTabs)
    : QObject(window), m_window(window), m_central(centralTabs)
{
    m_mode = modeOf(centralTabs->currentIndex());
    connect(centralTabs, &QTabWidget::currentChanged, this, &ModeLayouts::switchTo);
}

QString ModeLayouts::modeOf(int index) const
{
    QWidget *page = m_central->widget(index);
    return page ? page->objectName() : QString();
}

void ModeLayouts::setDefaults(const QString &mode, const QStringList &shown)
{
    m_defaults.insert(mode, shown);
}

void ModeLayouts::applyDefaults(const QString &mode)
{
    const auto it = m_defaults.constFind(mode);
    if (it == m_defaults.cend())
        return; // a mode without defaults keeps what the last one showed
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        dock->setVisible(it->contains(dock->objectName()));
    for (QToolBar *bar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        bar->setVisible(it->contains(bar->objectName()));
}

void ModeLayouts::switchTo(int index)
{
    const QString mode = modeOf(index);
    if (mode == m_mode)
        return;
    m_states.insert(m_mode, m_window->saveState(version));
    m_mode = mode;
    if (const auto it = m_states.constFind(mode);
        it == m_states.cend() || !m_window->restoreState(*it, version))
        applyDefaults(mode);
}

void ModeLayouts::restore()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    for (const QString &mode : settings.childKeys())
        m_states.insert(mode, settings.value(mode).toByteArray());
    settings.endGroup();
    if (const auto it = m_states.constFind(m_mode);
        it == m_states.cend() || !m_window->restoreState(*it, version))
        applyDefaults(m_mode);
}

void ModeLayouts::save()
{
    m_states.insert(m_mode, m_window->saveState(version));
    QSettings settings;
    settings.beginGroup(settingsGroup);
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.endGroup();
}

} // namespace strata::app
