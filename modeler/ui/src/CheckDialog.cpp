#include "modeler/ui/CheckDialog.h"

#include "VerdictLabel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata::modeler::ui {

CheckDialog::CheckDialog(const Model &model, const Table &table, const CheckConstraint &check, const QList<Dialect> &dialects,
                         QWidget *parent)
    : EditDialog(parent), m_model(model), m_table(table), m_original(check), m_dialects(dialects)
{
    setWindowTitle(QStringLiteral("Check on %1").arg(model.qualifiedName(table)));
    m_name = new QLineEdit(check.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_expression = new QPlainTextEdit(check.expression);
    m_expression->setObjectName(QStringLiteral("expression"));
    m_expression->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_expression->setPlaceholderText(QStringLiteral("price >= 0"));
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Name:"), m_name);
    form->addRow(QStringLiteral("&Expression:"), m_expression);
    finish(form);
    resize(460, 260);
    connect(m_name, &QLineEdit::textChanged, this, &CheckDialog::validate);
    connect(m_expression, &QPlainTextEdit::textChanged, this, &CheckDialog::validate);
    validate();
}

CheckConstraint CheckDialog::check() const
{
    CheckConstraint c = m_original;
    c.name = m_name->text().trimmed();
    c.expression = m_expression->toPlainText().trimmed();
    if (c.id.isEmpty()) {
        QStringList ids;
        for (const CheckConstraint &o : m_table.checks)
            ids << o.id;
        c.id = Model::uniqueId(c.name.isEmpty() ? QStringLiteral("check") : c.name, ids);
    }
    return c;
}

void CheckDialog::validate()
{
    const CheckConstraint c = check();
    // A check may go unnamed (the database names it), but a name given must be free.
    Verdict name = c.name.isEmpty() ? Verdict::ok()
                                    : ModelValidation::name(c.name, ModelValidation::constraintNames(m_table, m_original.id), QStringLiteral("constraint"), m_dialects);
    VerdictLabel::mark(m_name, name);
    const Verdict expression = ModelValidation::check(m_model, m_table, c, m_dialects);
    VerdictLabel::mark(m_expression, expression);
    const Verdict v = name.worse(expression);
    showVerdict(v);
}

} // namespace strata::modeler::ui
