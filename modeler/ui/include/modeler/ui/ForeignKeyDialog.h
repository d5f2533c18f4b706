// The foreign key editor: which columns reference which table's key (as many pairs as the key has
// columns), the actions on delete and update, MATCH SIMPLE or FULL, deferrable and initially
// deferred; checked as the user types (name free, column pairs complete, the referenced columns a
// key of their table, the clause as each target dialect writes it).
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
    /// Edits `key` of `table` (a new one when its id is not among the table's foreign keys). A new
    /// key may come with its pairs filled in (a drag onto a table with a composite key).
    ForeignKeyDialog(const Model &model, const Table &table, const ForeignKey &key, const QList<Dialect> &dialects,
                     QWidget *parent = nullptr);

    ForeignKey foreignKey() const;
    int pairCount() const;
    QComboBox *columnEdit(int pair) const;
    QComboBox *referencedColumnEdit(int pair) const;

private:
    QLayout *buildPairs(const ForeignKey &key);
    void fillTargetColumns();
    void addPair(const QString &columnId, const QString &targetColumnId);
    Verdict pairsVerdict(const ForeignKey &key, const Table *target) const;
    void validate();

    const Model &m_model;
    Table m_table;
    ForeignKey m_original;
    QList<Dialect> m_dialects;
    QLineEdit *m_name;
    QComboBox *m_target;
    QTableWidget *m_pairs;
    QComboBox *m_onDelete, *m_onUpdate, *m_match;
    QCheckBox *m_deferrable, *m_initiallyDeferred;
};

} // namespace strata::modeler::ui
