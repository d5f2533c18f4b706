#include "modeler/ui/ViewDialog.h"

#include "VerdictLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata::modeler::ui {

ViewDialog::ViewDialog(const Model &model, const View &view, const QList<Dialect> &dialects, QWidget *parent)
    : EditDialog(parent), m_model(model), m_original(view), m_dialects(dialects)
{
    setWindowTitle(model.view(view.id) ? QStringLiteral("View %1").arg(view.name) : QStringLiteral("New view"));
    m_name = new QLineEdit(view.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_schema = schemaChooser(model, view.schemaId);
    m_definition = new QPlainTextEdit(view.definition);
    m_definition->setObjectName(QStringLiteral("definition"));
    m_definition->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_definition->setPlaceholderText(QStringLiteral("SELECT ..."));
    m_materialized = new QCheckBox(QStringLiteral("Materialized"));
    m_materialized->setChecked(view.materialized);
    m_comment = new QLineEdit(view.comment);
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Name:"), m_name);
    form->addRow(QStringLiteral("&Schema:"), m_schema);
    form->addRow(QStringLiteral("&Query:"), m_definition);
    form->addRow(m_materialized);
    form->addRow(QStringLiteral("Co&mment:"), m_comment);
    finish(form);
    resize(560, 420);
    connect(m_name, &QLineEdit::textChanged, this, &ViewDialog::validate);
    connect(m_schema, &QComboBox::currentIndexChanged, this, &ViewDialog::validate);
    connect(m_definition, &QPlainTextEdit::textChanged, this, &ViewDialog::validate);
    validate();
}

View ViewDialog::view() const
{
    View v = m_original;
    v.name = m_name->text();
    v.schemaId = m_schema->currentData().toString();
    v.definition = m_definition->toPlainText().trimmed();
    while (v.definition.endsWith(u';'))
        v.definition.chop(1);
    v.materialized = m_materialized->isChecked();
    v.comment = m_comment->text();
    if (v.id.isEmpty())
        v.id = Model::uniqueId(m_model.qualifiedName(v.schemaId, v.name.isEmpty() ? QStringLiteral("view") : v.name),
                               m_model.tableIds() + m_model.viewIds());
    return v;
}

void ViewDialog::validate()
{
    const View view = this->view();
    Verdict v = ModelValidation::name(view.name, ModelValidation::relationNames(m_model, view.schemaId, m_original.id), QStringLiteral("view"), m_dialects);
    VerdictLabel::mark(m_name, v);
    const Verdict query = view.definition.isEmpty() ? Verdict::error(QStringLiteral("the view needs its query")) : Verdict::ok();
    VerdictLabel::mark(m_definition, query);
    v = v.worse(query);
    showVerdict(v);
}

} // namespace strata::modeler::ui
