// The columns of a key, chosen and ordered: every column of the table with a check box, the checked
// ones first in key order (Move up / Move down change it), then the others in table order. Used for
// primary keys, UNIQUE constraints and INCLUDE lists. Columns are named by the dialog's row tokens,
// so that a column typed a moment ago can be in a key before it has an id.
#pragma once

#include <QPair>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace strata::modeler::ui {

class KeyColumnList : public QWidget
{
    Q_OBJECT

public:
    /// (token, name) of a column.
    using ColumnName = QPair<QString, QString>;

    explicit KeyColumnList(QWidget *parent = nullptr);

    /// The table's columns in table order; chosen columns that are gone are dropped.
    void setColumns(const QList<ColumnName> &columns);
    /// Chooses these columns, in this order (silently: no changed()).
    void setChosen(const QStringList &tokens);
    QStringList chosen() const { return m_chosen; }
    QListWidget *list() const { return m_list; }
    /// Whether the order matters (keys) and Move up / Move down are offered; not for INCLUDE lists.
    void setOrdered(bool ordered);
    /// Checks or unchecks the column on a row of the list, as a click on its box does.
    void toggle(const QString &token);

signals:
    void changed();

private:
    void rebuild(const QString &current);
    void move(int by);
    void updateButtons();
    QString currentToken() const;

    QList<ColumnName> m_columns;
    QStringList m_chosen;
    QListWidget *m_list;
    QPushButton *m_up, *m_down;
    bool m_rebuilding = false;
};

} // namespace strata::modeler::ui
