// The table editor: name, schema, comment and the columns (name, type, primary key, not null,
// unique, default), checked as the user types: names free and not reserved, types known and what
// each target dialect makes of them, defaults parsed by each dialect. OK stays disabled while
// anything is wrong. Foreign keys, indexes and checks have their own dialogs.
#pragma once

#include "modeler/ui/EditDialog.h"

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace strata::modeler::ui {

class TableDialog : public EditDialog
{
    Q_OBJECT

public:
    /// Edits `table` (a new table when its id is not in the model yet).
    TableDialog(const Model &model, const Table &table, const QList<Dialect> &dialects, QWidget *parent = nullptr);

    /// The table as edited; columns keep their ids, new ones get fresh ids.
    Table table() const;
    /// Appends an empty column row and puts the cursor in its name.
    void addColumn();
    int columnRowCount() const;
    QLineEdit *columnNameEdit(int row) const;
    QComboBox *columnTypeEdit(int row) const;

private:
    struct RowData;
    void addRow(const Column &column, bool primaryKey, bool unique);
    void removeSelectedRow();
    void moveSelectedRow(int by);
    void validate();
    QWidget *cell(int row, int column) const;

    const Model &m_model;
    Table m_original;
    QList<Dialect> m_dialects;
    QLineEdit *m_name;
    QComboBox *m_schema;
    QLineEdit *m_comment;
    QTableWidget *m_columns;
};

} // namespace strata::modeler::ui
