// The enum editor: name, schema and the values in their sort order, one per line.
#pragma once

#include "modeler/ui/ModelValidation.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace strata::modeler::ui {

class VerdictLabel;

class EnumDialog : public QDialog
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
    VerdictLabel *m_verdict;
    QPushButton *m_ok;
};

} // namespace strata::modeler::ui
