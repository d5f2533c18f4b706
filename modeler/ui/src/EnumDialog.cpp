#include "modeler/ui/EnumDialog.h"

#include "VerdictLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata::modeler::ui {

EnumDialog::EnumDialog(const Model &model, const EnumType &enumType, const QList<Dialect> &dialects, QWidget *parent)
    : EditDialog(parent), m_model(model), m_original(enumType), m_dialects(dialects)
{
    setWindowTitle(model.enumType(enumType.id) ? QStringLiteral("Enum %1").arg(enumType.name) : QStringLiteral("New enum"));
    m_name = new QLineEdit(enumType.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_schema = schemaChooser(model, enumType.schemaId);
    m_values = new QPlainTextEdit(enumType.values.join(u'\n'));
    m_values->setObjectName(QStringLiteral("values"));
    m_values->setPlaceholderText(QStringLiteral("one value per line, in sort order"));
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Name:"), m_name);
    form->addRow(QStringLiteral("&Schema:"), m_schema);
    form->addRow(QStringLiteral("&Values:"), m_values);
    finish(form);
    connect(m_name, &QLineEdit::textChanged, this, &EnumDialog::validate);
    connect(m_schema, &QComboBox::currentIndexChanged, this, &EnumDialog::validate);
    connect(m_values, &QPlainTextEdit::textChanged, this, &EnumDialog::validate);
    validate();
}

EnumType EnumDialog::enumType() const
{
    EnumType e = m_original;
    e.name = m_name->text();
    e.schemaId = m_schema->currentData().toString();
    e.values.clear();
    for (const QString &line : m_values->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            e.values << line.trimmed();
    }
    if (e.id.isEmpty()) {
        QStringList ids;
        for (const EnumType &o : m_model.enums)
            ids << o.id;
        e.id = Model::uniqueId(m_model.qualifiedName(e.schemaId, e.name.isEmpty() ? QStringLiteral("enum") : e.name), ids);
    }
    return e;
}

void EnumDialog::validate()
{
    const EnumType e = enumType();
    Verdict v = ModelValidation::name(e.name, ModelValidation::relationNames(m_model, e.schemaId, m_original.id), QStringLiteral("type"), m_dialects);
    VerdictLabel::mark(m_name, v);
    Verdict values;
    if (e.values.isEmpty())
        values = Verdict::error(QStringLiteral("an enum needs at least one value"));
    else if (QSet<QString>(e.values.begin(), e.values.end()).size() != e.values.size())
        values = Verdict::error(QStringLiteral("a value appears twice"));
    VerdictLabel::mark(m_values, values);
    v = v.worse(values);
    showVerdict(v);
}

} // namespace strata::modeler::ui
