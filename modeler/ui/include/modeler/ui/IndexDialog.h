// The index editor: name, unique, method, the columns it covers (in the order checked), and an
// optional WHERE predicate for a partial index.
#pragma once

#include "modeler/ui/EditDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace strata::modeler::ui {

class IndexDialog : public EditDialog
{
    Q_OBJECT

public:
    IndexDialog(const Model &model, const Table &table, const Index &index, const QList<Dialect> &dialects, QWidget *parent = nullptr);

    Index index() const;

private:
    void validate();

    Table m_table;
    Index m_original;
    QList<Dialect> m_dialects;
    QStringList m_checkedOrder; ///< column ids in the order they were checked
    QLineEdit *m_name;
    QCheckBox *m_unique;
    QComboBox *m_method;
    QListWidget *m_columns;
    QLineEdit *m_where;
};

} // namespace strata::modeler::ui
