// The domain editor: name, schema, base type, not null, default, collation, its CHECK constraints
// (expressions on VALUE) and a comment; the type, default and checks checked by each target dialect
// as the user types.
#pragma once

#include "modeler/ui/EditDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace strata::modeler::ui {

class DomainDialog : public EditDialog
{
    Q_OBJECT

public:
    DomainDialog(const Model &model, const Domain &domain, const QList<Dialect> &dialects,
                 QWidget *parent = nullptr);

    Domain domain() const;
    /// Appends an empty check row and starts editing its expression.
    void addCheck();
    QTableWidget *checks() const { return m_checks; }

private:
    QLayout *buildChecks(const Domain &domain);
    void validate();

    const Model &m_model;
    Domain m_original;
    QList<Dialect> m_dialects;
    QLineEdit *m_name;
    QComboBox *m_schema;
    QComboBox *m_type;
    QCheckBox *m_notNull;
    QLineEdit *m_default;
    QLineEdit *m_collation;
    QTableWidget *m_checks;
    QLineEdit *m_comment;
};

} // namespace strata::modeler::ui
