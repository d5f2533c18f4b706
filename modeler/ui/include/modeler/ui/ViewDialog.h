// The view editor: name, schema, the SELECT that defines it, materialized or not, and a comment.
#pragma once

#include "modeler/ui/EditDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace strata::modeler::ui {

class ViewDialog : public EditDialog
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
};

} // namespace strata::modeler::ui
