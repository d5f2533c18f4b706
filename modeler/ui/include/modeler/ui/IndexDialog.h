// The index editor: name, unique, method (btree, hash, gin, gist, brin); the keys in order, each a
// column or an expression with ASC/DESC and NULLS FIRST/LAST; INCLUDE columns; and a WHERE
// predicate for a partial index. Checked as the user types: expressions and the predicate are
// parsed by each target dialect (through the DDL builders), and what a method cannot do is refused.
#pragma once

#include "modeler/ui/EditDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace strata::modeler::ui {

class IndexKeyGrid;
class KeyColumnList;

class IndexDialog : public EditDialog
{
    Q_OBJECT

public:
    IndexDialog(const Model &model, const Table &table, const Index &index, const QList<Dialect> &dialects, QWidget *parent = nullptr);

    Index index() const;

private:
    QLayout *buildKeys(const Index &index);
    void validate();

    const Model &m_model;
    Table m_table;
    Index m_original;
    QList<Dialect> m_dialects;
    QLineEdit *m_name;
    QCheckBox *m_unique;
    QComboBox *m_method;
    IndexKeyGrid *m_keys;
    KeyColumnList *m_include;
    QLineEdit *m_where;
};

} // namespace strata::modeler::ui
