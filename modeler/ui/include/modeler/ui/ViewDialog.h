// The view editor: name, schema, the SELECT that defines it, materialized or not, and a comment.
#pragma once

#include "modeler/ui/ModelValidation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace strata::modeler::ui {

class VerdictLabel;

class ViewDialog : public QDialog
{
    Q_OBJECT

public:
    ViewDialog(const Model &model, const View &view, const QList<Dialect> &dialects, QWidget *parent = nullptr);

    View view() const;

private:
    void validate();

    const Model &m_model;
    View m_original;
    QList<Dialect> m_dialects;
    QLineEdit *m_name;
    QComboBox *m_schema;
    QPlainTextEdit *m_definition;
    QCheckBox *m_materialized;
    QLineEdit *m_comment;
    VerdictLabel *m_verdict;
    QPushButton *m_ok;
};

} // namespace strata::modeler::ui
