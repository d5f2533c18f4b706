// The list of saved connections: add, edit, duplicate and remove them (each through a
// ConnectionDialog), and pick one to connect the current tab to. Production connections are marked.
#pragma once

#include <connectors/ConnectionStore.h>
#include <QDialog>

class QListWidget;

namespace strata::connectors::ui {

class ConnectionManager : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionManager(ConnectionStore *store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// The id of the connection selected in the list, or empty.
    QString selectedId() const;

signals:
    void connectionChosen(const QString &id);

private:
    void reload();
    void edit(const SavedConnection &connection);
    void removeSelected();

    ConnectionStore *m_store;
    QListWidget *m_list;
};

} // namespace strata::connectors::ui
