// The enum editor: name, schema and the values in their sort order, one per line.
#pragma once

#include "modeler/ui/EditDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace strata::modeler::ui {

class EnumDialog : public EditDialog
{
    Q_OBJECT

public:
    EnumDialog(const Model &model, const EnumType &enumType, const QList<Dialect> &dialects, QWidget *parent = nullptr);

    EnumType enumType() const;

private:
    void validate();

    const Model &m_model;
    EnumType m_original;
    QList<Dialect> m_dialects;
    QLineEdit *m_name;
    QComboBox *m_schema;
    QPlainTextEdit *m_values;
};

} // namespace strata::modeler::ui
