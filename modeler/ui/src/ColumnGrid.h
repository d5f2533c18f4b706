// The grid of a table's columns in the table editor: one row per column with its name, type,
// primary key, not null, unique and default, in table order. What does not fit a row (identity,
// serial, generated expression, collation, comment) is kept per row and edited below the grid.
// Rows are named by tokens (a column's id, or a made-up one for a new column) so that keys can
// name a column before it has an id; the dialog gives new columns their ids at the end.
#pragma once

#include "KeyColumnList.h"

#include <modeler/Model.h>
#include <QHash>
#include <QTableWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace strata::modeler::ui {

class RowFocus;

class ColumnGrid : public QTableWidget
{
    Q_OBJECT

public:
    explicit ColumnGrid(const Model &model, QWidget *parent = nullptr);

    /// Appends a row for `column`; a column without an id gets a fresh token. Returns the row.
    int appendColumn(const Column &column);
    QString token(int row) const;
    int rowOf(const QString &token) const;
    /// The row's column as typed, with its token as id (the type as parsed; text when it cannot be).
    Column column(int row) const;
    /// Replaces the row's details (what is edited below the grid); the grid's own fields stay.
    void setDetails(int row, const Column &details);
    /// (token, name) of every row, in order.
    QList<KeyColumnList::ColumnName> columnNames() const;
    /// The PK and Unique boxes show the keys; primary key columns are not null.
    void showKeys(const QStringList &primaryKey, const QList<QStringList> &uniques);

    QLineEdit *nameEdit(int row) const;
    QComboBox *typeEdit(int row) const;
    QLineEdit *defaultEdit(int row) const;
    QCheckBox *primaryKeyBox(int row) const;
    QCheckBox *notNullBox(int row) const;
    QCheckBox *uniqueBox(int row) const;

    void removeCurrentRow();
    void moveCurrentRow(int by);

signals:
    /// A field of a row changed.
    void edited();
    void primaryKeyToggled(const QString &token, bool on);
    void uniqueToggled(const QString &token, bool on);

private:
    struct Row;
    Row rowState(int row) const;
    void makeRow(int at, const Row &state);

    const Model &m_model;
    QHash<QString, Column> m_details; ///< by token
    int m_made = 0;                   ///< tokens made for new columns
    RowFocus *m_focus;
};

} // namespace strata::modeler::ui
