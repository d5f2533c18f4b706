// Edits as undo steps on the model, by id: each edit is one step that undo takes back exactly (the
// model equal to before, objects in their old order), and the model stays consistent as a database
// would keep it (a dropped column takes its keys, indexes and the foreign keys into it; a deleted
// table takes the foreign keys that point at it and its cards on every diagram).
#include "RichModel.h"

#include "SampleModel.h"

#include <modeler/ModelFile.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ForeignKeyGuess.h>
#include <modeler/ui/ModelEdits.h>

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace strata;
using namespace strata::modeler;
using namespace strata::modeler::ui;

namespace {


int foreignKeysInto(const Model &m, const QString &tableId)
{
    int n = 0;
    for (const Table &t : m.tables) {
        for (const ForeignKey &f : t.foreignKeys)
            n += f.referencedTableId == tableId;
    }
    return n;
}

} // namespace

class TestModelEdits : public QObject
{
    Q_OBJECT

private slots:
    void deletingATableTakesWhatPointsAtIt()
    {
        ModelDocument document;
        const Model before = test::sampleModel();
        document.reset(before);
        QSignalSpy changed(&document, &ModelDocument::changed);
        QVERIFY(foreignKeysInto(before, QStringLiteral("orders")) > 0);
        ModelEdits(&document).deleteObjects({ObjectRef::table(QStringLiteral("orders"))});
        const Model &after = document.model();
        QVERIFY(!after.table(QStringLiteral("orders")));
        QCOMPARE(foreignKeysInto(after, QStringLiteral("orders")), 0);
        for (const Diagram &d : after.diagrams)
            QVERIFY(!d.placements.contains(QStringLiteral("orders")));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(changed.size(), 1); // one step, one signal, whatever it touched
        document.undoStack()->undo();
        QCOMPARE(document.model(), before); // the same model, tables in the same order
        document.undoStack()->redo();
        QVERIFY(!document.model().table(QStringLiteral("orders")));
    }

    void droppingAColumnTakesItsKeysAndTheForeignKeysIntoIt()
    {
        ModelDocument document;
        const Model before = test::sampleModel();
        document.reset(before);
        Table orders = *before.table(QStringLiteral("orders"));
        // orders.id is the primary key and order_item, payment and shipment reference it.
        orders.columns.removeIf([](const Column &c) { return c.id == u"id"; });
        ModelEdits(&document).updateTable(orders);
        const Model &after = document.model();
        QVERIFY(!after.table(QStringLiteral("orders"))->primaryKey);
        QCOMPARE(foreignKeysInto(after, QStringLiteral("orders")), 0);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.model(), before);
    }

    void deletingPartsOfTablesInOneStep()
    {
        ModelDocument document;
        const Model before = test::sampleModel();
        document.reset(before);
        const Table *address = before.table(QStringLiteral("address"));
        QVERIFY(!address->indexes.isEmpty());
        ModelEdits(&document).deleteObjects({ObjectRef::child(ObjectRef::Kind::Index, QStringLiteral("address"), address->indexes.first().id),
                                             ObjectRef::child(ObjectRef::Kind::Column, QStringLiteral("address"), QStringLiteral("line2")),
                                             ObjectRef::child(ObjectRef::Kind::ForeignKey, QStringLiteral("address"), address->foreignKeys.first().id)});
        const Table *edited = document.model().table(QStringLiteral("address"));
        QVERIFY(!edited->column(QStringLiteral("line2")));
        QCOMPARE(edited->indexes.size(), address->indexes.size() - 1);
        QCOMPARE(edited->foreignKeys.size(), address->foreignKeys.size() - 1);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.model(), before);
    }

    void foreignKeyFromTheDragGesture()
    {
        const Model m = test::sampleModel();
        // Dropped anywhere on a table: its one-column primary key is meant.
        auto fk = ForeignKeyGuess::fromDrag(m, QStringLiteral("review"), QStringLiteral("title"), QStringLiteral("customer"),
                                                   QStringLiteral("full_name"));
        QVERIFY(fk.ok());
        QCOMPARE(fk->referencedColumnIds, QStringList{QStringLiteral("id")});
        QCOMPARE(fk->name, QStringLiteral("review_title_fkey"));
        // Dropped on a unique column: that column is meant.
        fk = ForeignKeyGuess::fromDrag(m, QStringLiteral("review"), QStringLiteral("title"), QStringLiteral("customer"), QStringLiteral("email"));
        QCOMPARE(fk->referencedColumnIds, QStringList{QStringLiteral("email")});
        // An existing one is not made twice.
        const ForeignKey &existing = m.table(QStringLiteral("address"))->foreignKeys.first();
        QVERIFY(!ForeignKeyGuess::fromDrag(m, QStringLiteral("address"), existing.columnIds.first(), existing.referencedTableId).ok());
        // A table without a one-column key cannot be referenced by one column.
        Model noKey = m;
        noKey.table(QStringLiteral("country"))->primaryKey.reset();
        noKey.table(QStringLiteral("country"))->uniques.clear();
        auto refused = ForeignKeyGuess::fromDrag(noKey, QStringLiteral("supplier"), QStringLiteral("name"), QStringLiteral("country"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("has no primary key or unique key")));
        // A self-reference needs the drop on the key column itself.
        QVERIFY(!ForeignKeyGuess::fromDrag(m, QStringLiteral("category"), QStringLiteral("name"), QStringLiteral("category")).ok());
        QVERIFY(ForeignKeyGuess::fromDrag(m, QStringLiteral("category"), QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("id")).ok());
    }

    void foreignKeyOntoACompositeKeyMapsEveryColumn()
    {
        Model m = test::sampleModel();
        // A refund of an order line: order_item's key is (order_id, line_no).
        Table refund = ModelEdits::newTable(m, {}, QStringLiteral("refund"));
        for (const char *name : {"order_id", "line_no", "note"}) {
            Column c;
            c.id = c.name = QString::fromLatin1(name);
            c.type = DataType(name == QByteArray("note") ? DataType::Kind::Text : DataType::Kind::Integer);
            refund.columns << c;
        }
        m.tables << refund;
        // Dropped on the card's header: both key columns, each to the column of its name.
        auto fk = ForeignKeyGuess::fromDrag(m, refund.id, QStringLiteral("order_id"), QStringLiteral("order_item"));
        QVERIFY(fk.ok());
        QCOMPARE(fk->referencedColumnIds, (QStringList{QStringLiteral("order_id"), QStringLiteral("line_no")}));
        QCOMPARE(fk->columnIds, (QStringList{QStringLiteral("order_id"), QStringLiteral("line_no")}));
        // Dropped on line_no with "note": note goes to line_no, order_id still by name.
        fk = ForeignKeyGuess::fromDrag(m, refund.id, QStringLiteral("note"), QStringLiteral("order_item"), QStringLiteral("line_no"));
        QCOMPARE(fk->columnIds, (QStringList{QStringLiteral("order_id"), QStringLiteral("note")}));
        // What nothing fits is left for the user: a table with only "note".
        m.table(refund.id)->columns.removeIf([](const Column &c) { return c.id != u"note"; });
        fk = ForeignKeyGuess::fromDrag(m, refund.id, QStringLiteral("note"), QStringLiteral("order_item"));
        QCOMPARE(fk->referencedColumnIds.size(), 2);
        QCOMPARE(fk->columnIds.count(QString()), 1);
        QVERIFY(fk->columnIds.contains(QStringLiteral("note")));
        // A one-column key beside a composite unique: the drop on a column of the unique means the unique.
        fk = ForeignKeyGuess::fromDrag(m, refund.id, QStringLiteral("note"), QStringLiteral("review"), QStringLiteral("customer_id"));
        QCOMPARE(fk->referencedColumnIds, (QStringList{QStringLiteral("product_id"), QStringLiteral("customer_id")}));
        QCOMPARE(fk->columnIds.value(1), QStringLiteral("note"));
        fk = ForeignKeyGuess::fromDrag(m, refund.id, QStringLiteral("note"), QStringLiteral("review"));
        QCOMPARE(fk->referencedColumnIds, QStringList{QStringLiteral("id")});
    }

    void movesAndDiagramsAreUndoable()
    {
        ModelDocument document;
        const Model before = test::sampleModel();
        document.reset(before);
        ModelEdits edits(&document);
        edits.moveCards(QStringLiteral("main"), {{QStringLiteral("orders"), QPointF(5, 7)}, {QStringLiteral("payment"), QPointF(500, 7)}});
        QCOMPARE(document.model().diagrams[0].placements.value(QStringLiteral("orders")).position, QPointF(5, 7));
        edits.setCollapsed(QStringLiteral("main"), {QStringLiteral("orders")}, true);
        QVERIFY(document.model().diagrams[0].placements.value(QStringLiteral("orders")).collapsed);
        const QString id = edits.addDiagram(QStringLiteral("Payments"), {QStringLiteral("payment"), QStringLiteral("orders")});
        QCOMPARE(document.model().diagrams.size(), 3);
        QCOMPARE(document.model().diagrams.last().id, id);
        edits.removeFromDiagram(id, {QStringLiteral("orders")});
        QCOMPARE(document.model().diagrams.last().placements.keys(), QStringList{QStringLiteral("payment")});
        QCOMPARE(document.undoStack()->count(), 4);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(document.model(), before);
        QVERIFY(!document.isModified());
    }

    void richModelRoundTripsThroughEdits()
    {
        // Every kind of object of the rich model goes and comes back by undo.
        ModelDocument document;
        const Model before = test::richModel();
        document.reset(before);
        QList<ObjectRef> all;
        for (const Table &t : before.tables)
            all << ObjectRef::table(t.id);
        for (const View &v : before.views)
            all << ObjectRef{ObjectRef::Kind::View, v.id, {}};
        for (const EnumType &e : before.enums)
            all << ObjectRef{ObjectRef::Kind::Enum, e.id, {}};
        ModelEdits(&document).deleteObjects(all);
        QVERIFY(document.model().tables.isEmpty());
        QVERIFY(document.model().views.isEmpty());
        document.undoStack()->undo();
        QCOMPARE(document.model(), before);
    }
};

QTEST_MAIN(TestModelEdits)
#include "TestModelEdits.moc"
