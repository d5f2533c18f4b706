#include "modeler/ui/SchemaDialog.h"

#include "VerdictLabel.h"

#include <QFormLayout>
#include <QLineEdit>

namespace strata::modeler::ui {

SchemaDialog::SchemaDialog(const Model &model, const Schema &schema, const QList<Dialect> &dialects,
                           QWidget *parent)
    : EditDialog(parent), m_model(model), m_original(schema), m_dialects(dialects)
{
    setWindowTitle(model.schema(schema.id) ? QStringLiteral("Schema %1").arg(schema.name)
                                           : QStringLiteral("New schema"));
    m_name = new QLineEdit(schema.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_comment = new QLineEdit(schema.comment);
    m_comment->setObjectName(QStringLiteral("comment"));
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Name:"), m_name);
    form->addRow(QStringLiteral("Co&mment:"), m_comment);
    finish(form);
    resize(420, 160);
    connect(m_name, &QLineEdit::textChanged, this, &SchemaDialog::validate);
    validate();
}

Schema SchemaDialog::schema() const
{
    Schema s = m_original;
    s.name = m_name->text();
    s.comment = m_comment->text();
    if (s.id.isEmpty()) {
        QStringList ids;
        for (const Schema &o : m_model.schemas)
            ids << o.id;
        s.id = Model::uniqueId(s.name.isEmpty() ? QStringLiteral("schema") : s.name, ids);
    }
    return s;
}

void SchemaDialog::validate()
{
    const Schema s = schema();
    QStringList taken;
    for (const Schema &o : m_model.schemas) {
        if (o.id != s.id)
            taken << o.name;
    }
    Verdict v = ModelValidation::name(s.name, taken, QStringLiteral("schema"), m_dialects);
    if (!v.isError() && (s.name == u"public" || s.name == u"main"))
        v = Verdict::error(
            QStringLiteral("\"%1\" is the default schema: objects without a schema are in it").arg(s.name));
    if (!v.isError() && s.name.startsWith(QLatin1String("pg_")))
        v = Verdict::error(QStringLiteral("PostgreSQL keeps names starting with pg_ for its own schemas"));
    VerdictLabel::mark(m_name, v);
    if (m_dialects.contains(Dialect::Sqlite))
        v = v.worse(Verdict::warning(
            QStringLiteral("SQLite has no schemas: the objects in it are created without the schema name")));
    showVerdict(v);
}

} // namespace strata::modeler::ui
