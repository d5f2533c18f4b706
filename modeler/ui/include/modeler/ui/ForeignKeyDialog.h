// The foreign key editor: which columns reference which table's key, the actions on delete and
// update, deferrability; checked as the user types (name free, column pairs complete, the
// referenced columns a key of their table).
#pragma once

#include "modeler/ui/EditDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace strata::modeler::ui {

class ForeignKeyDialog : public EditDialog
{
    Q_OBJECT

public:
    /// Edits `key` of `table` (a new one when its id is not among the table's foreign keys).
    ForeignKeyDialog(const Model &model, const Table &table, const ForeignKey &key, const QList<Dialect> &dialects,
                     QWidget *parent = nullptr);

    ForeignKey foreignKey() const;

private:
    void fillTargetColumns();
    void addPair(const QString &columnId, const QString &targetColumnId);
    void validate();

    const Model &m_model;
    Table m_table;
    ForeignKey m_original;
    QList<Dialect> m_dialects;
    QLineEdit *m_name;
    QComboBox *m_target;
    QTableWidget *m_pairs;
    QComboBox *m_onDelete, *m_onUpdate;
    QCheckBox *m_deferrable;
};

} // namespace strata::modeler::ui
