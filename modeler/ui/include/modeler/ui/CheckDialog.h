// The CHECK constraint editor: a name and a boolean expression, parsed by each target dialect's
// own parser as the user types.
#pragma once

#include "modeler/ui/EditDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace strata::modeler::ui {

class CheckDialog : public EditDialog
{
    Q_OBJECT

public:
    CheckDialog(const Model &model, const Table &table, const CheckConstraint &check, const QList<Dialect> &dialects,
                QWidget *parent = nullptr);

    CheckConstraint check() const;

private:
    void validate();

    const Model &m_model;
    Table m_table;
    CheckConstraint m_original;
    QList<Dialect> m_dialects;
    QLineEdit *m_name;
    QPlainTextEdit *m_expression;
};

} // namespace strata::modeler::ui
