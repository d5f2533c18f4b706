#include "ForeignKeyDrag.h"

#include "CardStyle.h"
#include "TableCardItem.h"

#include "modeler/ui/DiagramScene.h"
#include "modeler/ui/ForeignKeyGuess.h"
#include "modeler/ui/ModelEdits.h"

#include <QGraphicsLineItem>
#include <QPen>

namespace strata::modeler::ui {

TableCardItem *ForeignKeyDrag::cardAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        if (item->type() == TableCardItem::Type)
            return static_cast<TableCardItem *>(item);
    }
    return nullptr;
}

void ForeignKeyDrag::begin(const QString &tableId, const QString &columnId, QPointF scenePos)
{
    m_table = tableId;
    m_column = columnId;
    m_target.clear();
    delete m_line;
    m_line = new QGraphicsLineItem(QLineF(m_scene->linkHandlePosition(tableId, columnId), scenePos));
    m_line->setPen(QPen(style::foreignKey, 2, Qt::DashLine));
    m_line->setZValue(10);
    m_scene->addItem(m_line);
}

void ForeignKeyDrag::move(QPointF scenePos)
{
    if (!m_line)
        return;
    m_line->setLine(QLineF(m_line->line().p1(), scenePos));
    const TableCardItem *card = cardAt(scenePos);
    const QString target = card ? card->id() : QString();
    if (target != m_target) {
        m_scene->setDropTarget(target);
        m_target = target;
    }
}

void ForeignKeyDrag::end(QPointF scenePos)
{
    if (!m_line)
        return;
    move(scenePos);
    delete std::exchange(m_line, nullptr);
    m_scene->setDropTarget({});
    m_target.clear();
    TableCardItem *card = cardAt(scenePos);
    if (!card)
        return; // dropped on nothing
    const QString targetColumn = card->columnAt(card->mapFromScene(scenePos));
    if (card->id() == m_table && (targetColumn == m_column || targetColumn.isEmpty()))
        return; // back where it started
    if (card->card().kind == TableCard::Kind::View) {
        emit m_scene->message(QStringLiteral("A foreign key cannot reference a view: drop the column on a table"));
        return;
    }
    ModelDocument *document = m_scene->document();
    auto fk = ForeignKeyGuess::fromDrag(document->model(), m_table, m_column, card->id(), targetColumn);
    if (!fk) {
        emit m_scene->message(fk.error().message);
        return;
    }
    if (fk->columnIds.size() > 1) {
        // A key of several columns: the user sees the pairs and chooses what was not guessed.
        emit m_scene->foreignKeyProposed(m_table, *fk);
        return;
    }
    (void)ModelEdits(document).addForeignKey(m_table, *fk);
    emit m_scene->message(QStringLiteral("Added foreign key %1").arg(fk->name));
}

void ForeignKeyDrag::forget()
{
    m_line = nullptr;
    m_target.clear();
}

} // namespace strata::modeler::ui
