// The schema editor: a name (free among the model's schemas) and a comment. Renaming a schema
// keeps its objects in it; SQLite targets are told that it has no schemas.
#pragma once

#include "modeler/ui/EditDialog.h"

class QLineEdit;

namespace strata::modeler::ui {

class SchemaDialog : public EditDialog
{
    Q_OBJECT

public:
    SchemaDialog(const Model &model, const Schema &schema, const QList<Dialect> &dialects,
                 QWidget *parent = nullptr);

    Schema schema() const;

private:
    void validate();

    const Model &m_model;
    Schema m_original;
    QList<Dialect> m_dialects;
    QLineEdit *m_name;
    QLineEdit *m_comment;
};

} // namespace strata::modeler::ui
