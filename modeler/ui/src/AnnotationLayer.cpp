#include "AnnotationLayer.h"

#include "modeler/ui/AnnotationEdits.h"
#include "modeler/ui/DiagramScene.h"
#include "modeler/ui/ModelEdits.h"

#include <QSet>
#include <QTimer>

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

void AnnotationLayer::clear()
{
    m_items.clear();
    m_pending = nullptr;
    m_discarded.clear();
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

void AnnotationLayer::beginNew(AnnotationItem::Kind kind, const QRectF &rect)
{
    if (m_pending)
        m_pending->clearFocus(); // ends its edit: kept or dropped
    m_pending = new AnnotationItem(m_scene, kind, {});
    // The colour the area will get when added: the next of the palette.
    const QStringList palette = AnnotationEdits::areaPalette();
    const int areas = m_scene->diagram() ? int(m_scene->diagram()->areas.size()) : 0;
    m_pending->setContent(rect, {}, kind == AnnotationItem::Kind::Area ? palette[areas % palette.size()] : QString());
    m_scene->addItem(m_pending);
    m_pending->beginTextEdit();
}

void AnnotationLayer::beginEdit(const QString &key)
{
    if (AnnotationItem *item = m_items.value(key))
        item->beginTextEdit();
}

void AnnotationLayer::textEdited(AnnotationItem *item, const QString &text, bool keep)
{
    AnnotationEdits edits(m_scene->document());
    const QString diagramId = m_scene->diagramId();
    if (item != m_pending) {
        if (keep && text != item->text())
            edits.setText(diagramId, key(*item), text);
        return;
    }
    m_pending = nullptr;
    const QRectF rect = item->sceneRectNow();
    const AnnotationItem::Kind kind = item->kind();
    discard(item);
    // An empty note is no note; an area may go without a label.
    if (!keep || (kind == AnnotationItem::Kind::Note && text.trimmed().isEmpty()))
        return;
    const QString added = kind == AnnotationItem::Kind::Note ? edits.addNote(diagramId, rect, text) : edits.addArea(diagramId, rect, text);
    if (AnnotationItem *shown = m_items.value(added)) {
        m_scene->clearSelection();
        shown->setSelected(true);
    }
}

void AnnotationLayer::discard(AnnotationItem *item)
{
    item->hide();
    m_discarded << item;
    QTimer::singleShot(0, m_scene, [this] { qDeleteAll(std::exchange(m_discarded, {})); });
}

} // namespace strata::modeler::ui
