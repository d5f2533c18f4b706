// The CHECK constraint editor: a name and a boolean expression, parsed by each target dialect's
// own parser as the user types.
#pragma once

#include "modeler/ui/ModelValidation.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace strata::modeler::ui {

class VerdictLabel;

class CheckDialog : public QDialog
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
    VerdictLabel *m_verdict;
    QPushButton *m_ok;
};

} // namespace strata::modeler::ui
