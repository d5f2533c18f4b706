// The table editor: name, schema (changing it moves the table) and comment; the columns in a grid
// (name, type, primary key, not null, unique, default) with the chosen column's identity, serial,
// generated expression, collation and comment below it; and a Keys page for the primary key and the
// UNIQUE constraints, composite ones included, with their names. Everything is checked as the user
// types: names free and not reserved, types known and what each target dialect makes of them,
// defaults and expressions parsed by each dialect, keys complete. OK stays disabled while anything
// is wrong. Foreign keys, indexes and checks have their own dialogs.
#pragma once

#include "modeler/ui/EditDialog.h"

#include <modeler/ObjectRef.h>

class QComboBox;
class QLineEdit;
class QTabWidget;

namespace strata::modeler::ui {

class ColumnDetails;
class ColumnGrid;
class TableKeysPage;

class TableDialog : public EditDialog
{
    Q_OBJECT

public:
    /// Edits `table` (a new table when its id is not in the model yet).
    TableDialog(const Model &model, const Table &table, const QList<Dialect> &dialects, QWidget *parent = nullptr);

    /// The table as edited; columns keep their ids, new ones get ids from their names.
    Table table() const;
    /// Appends an empty column row and puts the cursor in its name.
    void addColumn();
    int columnRowCount() const;
    QLineEdit *columnNameEdit(int row) const;
    QComboBox *columnTypeEdit(int row) const;
    /// Makes a row the chosen one, whose details show below the grid.
    void chooseColumn(int row);
    /// Shows a part of the table: a column's row, or the Keys page for a key.
    void showPart(const ObjectRef &part);

private:
    QWidget *buildColumnsPage(const Table &table);
    void rowsChanged();
    void keysChanged();
    void showDetails();
    void validate();
    Verdict validateColumns(const Table &t);
    Verdict validateKeys(const Table &t);
    /// Column ids for the grid's row tokens: existing columns keep theirs, new ones get one from their name.
    QHash<QString, QString> columnIds(QList<Column> *columns) const;

    const Model &m_model;
    Table m_original;
    QList<Dialect> m_dialects;
    QLineEdit *m_name;
    QComboBox *m_schema;
    QLineEdit *m_comment;
    QTabWidget *m_tabs;
    ColumnGrid *m_grid;
    ColumnDetails *m_details;
    TableKeysPage *m_keys;
};

} // namespace strata::modeler::ui
