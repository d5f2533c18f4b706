// The diagram as drawn from the model: a card per placed table or view, a line per foreign key
// between placed tables that leaves the foreign key's row and enters the referenced row, routed
// around the cards; keys-only cards; the scene following edits, undo and other diagrams.
#include "SampleModel.h"

#include <modeler/ModelFile.h>
#include <modeler/ui/DiagramScene.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ForeignKeyGuess.h>
#include <modeler/ui/ModelEdits.h>
#include <modeler/ui/RelationshipRouter.h>

#include <QTest>
#include <QUndoStack>

using namespace strata;
using namespace strata::modeler;
using namespace strata::modeler::ui;

class TestDiagramScene : public QObject
{
    Q_OBJECT

private slots:
    void drawsEveryPlacedObjectAndForeignKey()
    {
        ModelDocument document;
        document.reset(test::sampleModel());
        const Model &m = document.model();
        DiagramScene whole(&document, QStringLiteral("main"));
        DiagramScene catalogue(&document, QStringLiteral("catalog"));
        QCOMPARE(whole.cardIds().size(), m.diagrams[0].placements.size());
        QCOMPARE(catalogue.cardIds().size(), 6);
        int between = 0, all = 0;
        for (const Table &t : m.tables) {
            for (const ForeignKey &f : t.foreignKeys) {
                ++all;
                between += m.diagrams[1].placements.contains(t.id) && m.diagrams[1].placements.contains(f.referencedTableId);
            }
        }
        QCOMPARE(whole.relationshipCount(), all);
        QCOMPARE(catalogue.relationshipCount(), between);
    }

    void linesLeaveAndEnterTheirRows()
    {
        ModelDocument document;
        document.reset(test::sampleModel());
        DiagramScene scene(&document, QStringLiteral("main"));
        scene.routeNow();
        const Table *item = document.model().table(QStringLiteral("order_item"));
        for (const ForeignKey &f : item->foreignKeys) {
            const QPolygonF line = scene.relationshipLine(item->id, f.id);
            QVERIFY(line.size() >= 2);
            const QRectF from = scene.cardRect(item->id), to = scene.cardRect(f.referencedTableId);
            QCOMPARE(line.first().y(), scene.columnPosition(item->id, f.columnIds.first()).y());
            QVERIFY(qFuzzyCompare(line.first().x(), from.left()) || qFuzzyCompare(line.first().x(), from.right()));
            QCOMPARE(line.last().y(), scene.columnPosition(f.referencedTableId, f.referencedColumnIds.first()).y());
            QVERIFY(qFuzzyCompare(line.last().x(), to.left()) || qFuzzyCompare(line.last().x(), to.right()));
            // The notation needs a straight start and end.
            QCOMPARE(line[0].y(), line[1].y());
            QCOMPARE(line[line.size() - 1].y(), line[line.size() - 2].y());
        }
    }

    void linesGoAroundCardsInTheirWay()
    {
        // a -> c with b right between them: the straight way is blocked, a way around is not.
        const QRectF a(0, 0, 200, 200), b(400, -50, 200, 300), c(800, 0, 200, 200);
        const QPolygonF line = RelationshipRouter::route({a, 100}, {c, 100}, {a, b, c});
        QCOMPARE(RelationshipRouter::crossings(line, {a, b, c}), 0);
        QVERIFY(RelationshipRouter::crossings(QPolygonF{QPointF(200, 100), QPointF(800, 100)}, {b}) == 1);
        // The sample is laid out with room between cards: no line needs to cross one.
        ModelDocument document;
        document.reset(test::sampleModel());
        DiagramScene scene(&document, QStringLiteral("main"));
        scene.routeNow();
        QList<QRectF> cards;
        for (const QString &id : scene.cardIds())
            cards << scene.cardRect(id);
        for (const Table &t : document.model().tables) {
            for (const ForeignKey &f : t.foreignKeys)
                QVERIFY2(RelationshipRouter::crossings(scene.relationshipLine(t.id, f.id), cards) == 0, qPrintable(f.id));
        }
    }

    void keysOnlyCardsAreSmallerAndKeepTheirLines()
    {
        ModelDocument document;
        document.reset(test::sampleModel());
        DiagramScene scene(&document, QStringLiteral("main"));
        const QRectF full = scene.cardRect(QStringLiteral("orders"));
        ModelEdits(&document).setCollapsed(QStringLiteral("main"), {QStringLiteral("orders")}, true);
        const QRectF keys = scene.cardRect(QStringLiteral("orders"));
        QVERIFY(keys.height() < full.height());
        QCOMPARE(keys.topLeft(), full.topLeft());
        // customer_id is a foreign key: its row stays, and the line still starts there.
        const ForeignKey &fk = document.model().table(QStringLiteral("orders"))->foreignKeys.first();
        scene.routeNow();
        QCOMPARE(scene.relationshipLine(QStringLiteral("orders"), fk.id).first().y(),
                 scene.columnPosition(QStringLiteral("orders"), fk.columnIds.first()).y());
        document.undoStack()->undo();
        QCOMPARE(scene.cardRect(QStringLiteral("orders")), full);
    }

    void followsEditsAndUndo()
    {
        ModelDocument document;
        document.reset(test::sampleModel());
        DiagramScene scene(&document, QStringLiteral("main"));
        const int lines = scene.relationshipCount();
        Table audit = ModelEdits::newTable(document.model(), {}, QStringLiteral("audit"));
        ModelEdits(&document).addTable(audit, QStringLiteral("main"), QPointF(2000, 2000));
        QCOMPARE(scene.cardRect(audit.id).topLeft(), QPointF(2000, 2000));
        Table withColumn = *document.model().table(audit.id);
        Column orderId;
        orderId.id = orderId.name = QStringLiteral("order_id");
        orderId.type = DataType(DataType::Kind::BigInt);
        withColumn.columns << orderId;
        ModelEdits(&document).updateTable(withColumn);
        const QRectF grown = scene.cardRect(audit.id);
        auto fk = ForeignKeyGuess::fromDrag(document.model(), audit.id, QStringLiteral("order_id"), QStringLiteral("orders"));
        QVERIFY(fk.ok());
        QVERIFY(ModelEdits(&document).addForeignKey(audit.id, *fk).ok());
        QCOMPARE(scene.relationshipCount(), lines + 1);
        document.undoStack()->undo();
        QCOMPARE(scene.relationshipCount(), lines);
        document.undoStack()->undo();
        QVERIFY(scene.cardRect(audit.id).height() < grown.height());
        document.undoStack()->undo();
        QVERIFY(scene.cardRect(audit.id).isEmpty());
        document.undoStack()->redo();
        QCOMPARE(scene.cardRect(audit.id).topLeft(), QPointF(2000, 2000));
    }
};

QTEST_MAIN(TestDiagramScene)
#include "TestDiagramScene.moc"
