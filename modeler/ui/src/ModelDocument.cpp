#include "modeler/ui/ModelDocument.h"

#include <QUndoStack>

namespace strata::modeler::ui {

ModelDocument::ModelDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    // Commands report their changes as they run; one signal goes out when the step is complete
    // (a composite command or an undo of one runs many small changes).
    connect(m_undo, &QUndoStack::indexChanged, this, &ModelDocument::flush);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (!m_forcedUnsaved)
            emit modifiedChanged(!clean);
    });
}

ModelDocument::~ModelDocument() = default;

void ModelDocument::reset(Model model)
{
    // clear() reports a stack that was not clean; a restored copy on a clean stack is reported here.
    const bool onlyForced = m_forcedUnsaved && m_undo->isClean();
    m_model = std::move(model);
    m_pending = {};
    m_forcedUnsaved = false;
    m_undo->clear();
    emit modelReset();
    if (onlyForced)
        emit modifiedChanged(false);
}

void ModelDocument::push(QUndoCommand *command)
{
    m_undo->push(command);
    flush();
}

bool ModelDocument::isModified() const
{
    return m_forcedUnsaved || !m_undo->isClean();
}

void ModelDocument::markSaved()
{
    const bool was = isModified();
    m_forcedUnsaved = false;
    m_undo->setClean();
    if (was)
        emit modifiedChanged(false);
}

void ModelDocument::markUnsaved()
{
    const bool was = isModified();
    m_forcedUnsaved = true;
    if (!was)
        emit modifiedChanged(true);
}

void ModelDocument::noteChange(const ModelChange &change)
{
    m_pending.merge(change);
}

void ModelDocument::flush()
{
    if (m_pending.isEmpty())
        return;
    const ModelChange change = std::exchange(m_pending, {});
    emit changed(change);
}

} // namespace strata::modeler::ui
