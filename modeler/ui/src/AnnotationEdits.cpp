#include "modeler/ui/AnnotationEdits.h"

#include "modeler/ui/ModelDocument.h"
#include "modeler/ui/ModelEdits.h"

namespace strata::modeler::ui {

namespace {

const Diagram *findDiagram(const Model &model, const QString &id)
{
    const auto it = std::find_if(model.diagrams.begin(), model.diagrams.end(),
                                 [&](const Diagram &d) { return d.id == id; });
    return it == model.diagrams.end() ? nullptr : &*it;
}

bool isNote(const QString &key)
{
    return key.startsWith(QLatin1String("note:"));
}

QStringList idsOf(const auto &list)
{
    QStringList ids;
    for (const auto &o : list)
        ids << o.id;
    return ids;
}

} // namespace

QStringList AnnotationEdits::areaPalette()
{
    return {QStringLiteral("#4b82c3"), QStringLiteral("#3d7a57"), QStringLiteral("#c98a05"),
            QStringLiteral("#7a4fc4"), QStringLiteral("#c0261a"), QStringLiteral("#2b8a8a"),
            QStringLiteral("#6b7682")};
}

QString AnnotationEdits::addNote(const QString &diagramId, const QRectF &rect, const QString &text)
{
    const Diagram *d = findDiagram(m_document->model(), diagramId);
    if (!d)
        return {};
    Diagram after = *d;
    const QString id = Model::uniqueId(QStringLiteral("note"), idsOf(d->notes));
    after.notes.append({id, text, rect});
    ModelEdits(m_document).updateDiagram(after, QStringLiteral("Add note"));
    return QStringLiteral("note:") + id;
}

QString AnnotationEdits::addArea(const QString &diagramId, const QRectF &rect, const QString &label)
{
    const Diagram *d = findDiagram(m_document->model(), diagramId);
    if (!d)
        return {};
    Diagram after = *d;
    const QString id = Model::uniqueId(QStringLiteral("area"), idsOf(d->areas));
    const QStringList palette = areaPalette();
    after.areas.append({id, label, rect, palette[d->areas.size() % palette.size()]});
    ModelEdits(m_document).updateDiagram(after, QStringLiteral("Add area"));
    return QStringLiteral("area:") + id;
}

void AnnotationEdits::setText(const QString &diagramId, const QString &key, const QString &text)
{
    const Diagram *d = findDiagram(m_document->model(), diagramId);
    if (!d)
        return;
    Diagram after = *d;
    const QString id = key.mid(5);
    for (Note &n : after.notes) {
        if (isNote(key) && n.id == id)
            n.text = text;
    }
    for (Area &a : after.areas) {
        if (!isNote(key) && a.id == id)
            a.label = text;
    }
    ModelEdits(m_document)
        .updateDiagram(after, isNote(key) ? QStringLiteral("Edit note") : QStringLiteral("Rename area"));
}

void AnnotationEdits::setAreaColor(const QString &diagramId, const QString &key, const QString &color)
{
    const Diagram *d = findDiagram(m_document->model(), diagramId);
    if (!d)
        return;
    Diagram after = *d;
    for (Area &a : after.areas) {
        if (QStringLiteral("area:") + a.id == key)
            a.color = color;
    }
    ModelEdits(m_document).updateDiagram(after, QStringLiteral("Colour area"));
}

void AnnotationEdits::remove(const QString &diagramId, const QString &key)
{
    const Diagram *d = findDiagram(m_document->model(), diagramId);
    if (!d)
        return;
    Diagram after = *d;
    const QString id = key.mid(5);
    if (isNote(key))
        after.notes.removeIf([&](const Note &n) { return n.id == id; });
    else
        after.areas.removeIf([&](const Area &a) { return a.id == id; });
    ModelEdits(m_document)
        .updateDiagram(after, isNote(key) ? QStringLiteral("Delete note") : QStringLiteral("Delete area"));
}

} // namespace strata::modeler::ui
