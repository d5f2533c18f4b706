#include "AnnotationLayer.h"

#include "AnnotationItem.h"

#include "modeler/ui/DiagramScene.h"
#include "modeler/ui/ModelEdits.h"

#include <QSet>

namespace strata::modeler::ui {

namespace {

QString keyOf(AnnotationItem::Kind kind, const QString &id)
{
    return (kind == AnnotationItem::Kind::Note ? QStringLiteral("note:") : QStringLiteral("area:")) + id;
}

} // namespace

QString AnnotationLayer::key(const AnnotationItem &item)
{
    return keyOf(item.kind(), item.id());
}

void AnnotationLayer::sync()
{
    const Diagram *d = m_scene->diagram();
    QSet<QString> present;
    auto show = [&](AnnotationItem::Kind kind, const QString &id, const QRectF &rect, const QString &text, const QString &color) {
        const QString k = keyOf(kind, id);
        AnnotationItem *item = m_items.value(k);
        if (!item) {
            item = new AnnotationItem(m_scene, kind, id);
            m_scene->addItem(item);
            m_items.insert(k, item);
        }
        item->setContent(rect, text, color);
        present.insert(k);
    };
    if (d) {
        for (const Note &n : d->notes)
            show(AnnotationItem::Kind::Note, n.id, n.rect, n.text, {});
        for (const Area &a : d->areas)
            show(AnnotationItem::Kind::Area, a.id, a.rect, a.label, a.color);
    }
    for (const QString &k : m_items.keys()) {
        if (!present.contains(k))
            delete m_items.take(k);
    }
}

QRectF AnnotationLayer::rect(const QString &k) const
{
    const AnnotationItem *item = m_items.value(k);
    return item ? item->sceneRectNow() : QRectF();
}

QRectF AnnotationLayer::boundingRect() const
{
    QRectF r;
    for (const AnnotationItem *a : m_items)
        r |= a->sceneRectNow();
    return r;
}

void AnnotationLayer::commit()
{
    const Diagram *d = m_scene->diagram();
    if (!d)
        return;
    Diagram after = *d;
    for (Note &n : after.notes) {
        if (const AnnotationItem *item = m_items.value(keyOf(AnnotationItem::Kind::Note, n.id)))
            n.rect = item->sceneRectNow();
    }
    for (Area &a : after.areas) {
        if (const AnnotationItem *item = m_items.value(keyOf(AnnotationItem::Kind::Area, a.id)))
            a.rect = item->sceneRectNow();
    }
    if (after != *d)
        ModelEdits(m_scene->document()).updateDiagram(after, QStringLiteral("Move or resize a note or area"));
}

} // namespace strata::modeler::ui
