// Chooses a connection from the saved list (production ones in red), kept up to date as the list
// changes, with a button that opens the connection manager. A tab's toolbar has one; the main window
// can use one wherever a connection is picked.
#pragma once

#include <QWidget>

class QComboBox;

namespace strata::connectors {
class ConnectionStore;
}

namespace strata::connectors::ui {

class ConnectionPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionPicker(ConnectionStore *store, QWidget *parent = nullptr);

    /// Shows `id` as chosen (without emitting chosen()); empty shows "(no connection)".
    void setCurrent(const QString &id);
    QString current() const;

signals:
    /// The user picked a connection, in the list or in the manager.
    void chosen(const QString &id);

private:
    void reload();

    ConnectionStore *m_store;
    QComboBox *m_combo;
};

} // namespace strata::connectors::ui
