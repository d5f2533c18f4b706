// The keys of an index in the index editor, in order: each a column of the table or an expression
// (typed in the same field: a column's name is a column key, anything else an expression), with
// its sort order and where NULLs sort. Rows move up and down; a key's collation and operator class
// are kept as they were.
#pragma once

#include <modeler/Index.h>
#include <modeler/Table.h>
#include <QTableWidget>

class QComboBox;

namespace strata::modeler::ui {

class RowFocus;

class IndexKeyGrid : public QTableWidget
{
    Q_OBJECT

public:
    explicit IndexKeyGrid(const Table &table, QWidget *parent = nullptr);

    void appendKey(const IndexKey &key);
    /// The keys as typed; an empty row is left out.
    QList<IndexKey> keys() const;
    QComboBox *keyEdit(int row) const;
    QComboBox *orderEdit(int row) const;
    QComboBox *nullsEdit(int row) const;
    void removeCurrentRow();
    void moveCurrentRow(int by);

signals:
    void edited();

private:
    IndexKey key(int row) const;
    void makeRow(int at, const IndexKey &key);

    Table m_table;
    RowFocus *m_focus;
};

} // namespace strata::modeler::ui
