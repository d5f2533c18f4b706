#include "LintDialectsCommand.h"

#include "modeler/ui/ModelDocument.h"

namespace strata::modeler::ui {

namespace {

QString describe(const QList<Dialect> &dialects)
{
    QStringList names;
    for (Dialect d : dialects.isEmpty() ? QList<Dialect>{Dialect::Postgres} : dialects)
        names << (d == Dialect::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
    return names.join(QStringLiteral(" and "));
}

} // namespace

LintDialectsCommand::LintDialectsCommand(ModelDocument *document, const QList<Dialect> &after)
    : QUndoCommand(QStringLiteral("Check for %1").arg(describe(after))), m_document(document),
      m_before(document->model().lintDialects), m_after(after)
{
}

bool LintDialectsCommand::mergeWith(const QUndoCommand *other)
{
    m_after = static_cast<const LintDialectsCommand *>(other)->m_after;
    setText(other->text());
    setObsolete(m_after == m_before); // back where it started: no step at all
    return true;
}

void LintDialectsCommand::apply(const QList<Dialect> &dialects)
{
    m_document->editableModel().lintDialects = dialects;
    ModelChange change;
    change.modelProperties = true;
    m_document->noteChange(change);
}

} // namespace strata::modeler::ui
