// Each tab of the central area is a mode with a layout of its own, as in Qt Creator: the model's
// tree, properties and problems around the diagrams; the database browser beside the SQL editor; the
// whole window for a plan. Leaving a tab keeps the docks and tool bars as the user left them
// (QMainWindow::saveState), coming back puts them back, and all of them are kept in the settings
// for the next start. A tab seen for the first time shows the docks it is given.
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QMainWindow;
class QTabWidget;

namespace strata::app {

class ModeLayouts : public QObject
{
    Q_OBJECT

public:
    /// Bumped when the docks change so much that an old layout would not fit.
    static constexpr int version = 3;

    ModeLayouts(QMainWindow *window, QTabWidget *centralTabs);

    /// The docks and tool bars (by object name) a mode shows the first time; the others are hidden.
    void setDefaults(const QString &mode, const QStringList &shown);
    /// Puts back the layouts kept in the settings, and the current mode's.
    void restore();
    /// Keeps every mode's layout in the settings (the window closes).
    void save();
    QString currentMode() const { return m_mode; }

private:
    void switchTo(int index);
    QString modeOf(int index) const;
    void applyDefaults(const QString &mode);

    QMainWindow *m_window;
    QTabWidget *m_central;
    QHash<QString, QStringList> m_defaults;
    QHash<QString, QByteArray> m_states;
    QString m_mode;
};

} // namespace strata::app
