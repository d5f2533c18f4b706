// Schemas, domains and sequences as a user makes them: created through their dialogs (refusing
// what the database would refuse as the user types), listed in the model tree, edited from it;
// tables moved to another schema from the table editor and from the property panel; a schema
// deleted with what is in it. Each is one undo step that undo takes back exactly.
#include "EditorHarness.h"
#include "SampleModel.h"

#include <modeler/ui/DomainDialog.h>
#include <modeler/ui/ModelEdits.h>
#include <modeler/ui/ModelTree.h>
#include <modeler/ui/PropertyPanel.h>
#include <modeler/ui/SchemaDialog.h>
#include <modeler/ui/SequenceDialog.h>
#include <modeler/ui/TableDialog.h>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItem>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace strata;
using namespace strata::modeler;
using namespace strata::modeler::ui;
using namespace strata::test;

namespace {

using K = ObjectRef::Kind;

QLineEdit *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QLatin1String(name));
}

Model withSalesSchema()
{
    Model m = sampleModel();
    m.schemas << Schema{QStringLiteral("sales"), QStringLiteral("sales"), {}};
    return m;
}

/// Types into the cell editor of a table widget's item, as a double click and typing would.
void typeIntoItem(QTableWidget *table, int row, int column, const QString &text)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // an editor closed before is gone
    table->setCurrentCell(row, column);
    auto *editor = table->viewport()->findChild<QLineEdit *>(); // Add check opens one
    if (!editor) {
        table->editItem(table->item(row, column));
        editor = table->viewport()->findChild<QLineEdit *>();
    }
    QVERIFY(editor);
    typeInto(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, column)->text(), text); // the view commits the editor's text a moment later
}

} // namespace

class TestModelObjects : public QObject
{
    Q_OBJECT

private slots:
    void schemaDomainAndSequenceThroughTheirDialogs()
    {
        EditorHarness h(sampleModel());
        ModelTree tree(&h.document);
        connect(&tree, &ModelTree::objectActivated, &h.editor, &ObjectEditor::edit);
        const Model before = h.document.model();

        h.editor.newSchema();
        auto *schema = h.dialog<SchemaDialog>();
        typeInto(field(schema, "name"), QStringLiteral("public"));
        QVERIFY(!okButton(schema)->isEnabled());
        QVERIFY(verdictOf(schema).contains(QStringLiteral("default schema")));
        typeInto(field(schema, "name"), QStringLiteral("sales"));
        QVERIFY(accept(schema));
        const Schema *sales = h.document.model().schemaByName(QStringLiteral("sales"));
        QVERIFY(sales);
        QVERIFY(tree.itemOf({K::Schema, sales->id, {}}));

        h.editor.newDomain();
        auto *domain = h.dialog<DomainDialog>();
        typeInto(field(domain, "name"), QStringLiteral("money_amount"));
        choose(domain->findChild<QComboBox *>(QStringLiteral("schema")), QStringLiteral("sales"));
        typeInto(domain->findChild<QComboBox *>(QStringLiteral("type"))->lineEdit(),
                 QStringLiteral("numeric(12,2)"));
        QTest::mouseClick(domain->findChild<QCheckBox *>(QStringLiteral("notNull")), Qt::LeftButton);
        QTest::mouseClick(domain->findChild<QPushButton *>(QStringLiteral("addCheck")), Qt::LeftButton);
        typeIntoItem(domain->checks(), 0, 1, QStringLiteral("VALUE >="));
        QVERIFY(!okButton(domain)->isEnabled());
        QVERIFY2(verdictOf(domain).contains(QStringLiteral("check")), qPrintable(verdictOf(domain)));
        typeIntoItem(domain->checks(), 0, 1, QStringLiteral("VALUE >= 0"));
        screenshot(domain, QStringLiteral("domain-dialog"));
        QVERIFY(accept(domain));
        const Domain d = h.document.model().domains.last();
        QCOMPARE(d.name, QStringLiteral("money_amount"));
        QCOMPARE(d.schemaId, sales->id);
        QCOMPARE(d.baseType.toString(), QStringLiteral("numeric(12,2)"));
        QVERIFY(d.notNull);
        QCOMPARE(d.checks.size(), 1);
        QCOMPARE(d.checks.first().expression, QStringLiteral("VALUE >= 0"));
        QVERIFY(tree.itemOf({K::Domain, d.id, {}}));

        h.editor.newSequence();
        auto *sequence = h.dialog<SequenceDialog>();
        typeInto(field(sequence, "name"), QStringLiteral("invoice_no"));
        typeInto(field(sequence, "start"), QStringLiteral("1000"));
        typeInto(field(sequence, "increment"), QStringLiteral("0"));
        QVERIFY(verdictOf(sequence).contains(QStringLiteral("increment cannot be 0")));
        typeInto(field(sequence, "increment"), QStringLiteral("10"));
        typeInto(field(sequence, "minValue"), QStringLiteral("2000"));
        QVERIFY(!okButton(sequence)->isEnabled());
        QVERIFY(verdictOf(sequence).contains(QStringLiteral("the start (1000) must be between")));
        typeInto(field(sequence, "minValue"), QString());
        screenshot(sequence, QStringLiteral("sequence-dialog"));
        QVERIFY(accept(sequence));
        const Sequence q = h.document.model().sequences.last();
        QCOMPARE(q.options.start, 1000);
        QCOMPARE(q.options.increment, 10);
        QVERIFY(!q.options.minValue);

        // Edited from the tree: double-click (activate) its item.
        QStandardItem *item = tree.itemOf({K::Sequence, q.id, {}});
        QVERIFY(item);
        emit tree.objectActivated({K::Sequence, q.id, {}});
        sequence = h.dialog<SequenceDialog>();
        QVERIFY(sequence);
        typeInto(field(sequence, "cache"), QStringLiteral("20"));
        QVERIFY(accept(sequence));
        QCOMPARE(h.document.model().sequence(q.id)->options.cache, 20);

        QCOMPARE(h.document.undoStack()->count(), 4);
        while (h.document.undoStack()->canUndo())
            h.document.undoStack()->undo();
        QCOMPARE(h.document.model(), before);
        QVERIFY(!tree.itemOf({K::Schema, sales->id, {}}));
    }

    void tablesMoveToAnotherSchema()
    {
        EditorHarness h(withSalesSchema());
        ModelTree tree(&h.document);
        const Model before = h.document.model();
        h.editor.edit(ObjectRef::table(QStringLiteral("orders")));
        auto *table = h.dialog<TableDialog>();
        choose(table->findChild<QComboBox *>(QStringLiteral("schema")), QStringLiteral("sales"));
        QVERIFY(accept(table));
        QCOMPARE(h.document.model().table(QStringLiteral("orders"))->schemaId, QStringLiteral("sales"));
        QCOMPARE(tree.itemOf(ObjectRef::table(QStringLiteral("orders")))->text(),
                 QStringLiteral("sales.orders"));

        PropertyPanel panel(&h.document, &h.lint, &h.editor);
        panel.showObject(ObjectRef::table(QStringLiteral("customer")));
        choose(panel.findChild<QComboBox *>(QStringLiteral("tableSchema")), QStringLiteral("sales"));
        QCOMPARE(h.document.model().table(QStringLiteral("customer"))->schemaId, QStringLiteral("sales"));
        QCOMPARE(h.document.undoStack()->text(h.document.undoStack()->count() - 1),
                 QStringLiteral("Move table customer to sales"));

        // A name taken in the other schema keeps the table where it is.
        Table clash =
            ModelEdits::newTable(h.document.model(), QStringLiteral("sales"), QStringLiteral("product"));
        ModelEdits(&h.document).addTable(clash);
        panel.showObject(ObjectRef::table(QStringLiteral("product")));
        QTest::keyClick(panel.findChild<QComboBox *>(QStringLiteral("tableSchema")),
                        Qt::Key_Down); // to "sales"
        QVERIFY(h.document.model().table(QStringLiteral("product"))->schemaId.isEmpty());
        QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("tableSchema"))->currentText(),
                 QStringLiteral("(default schema)"));

        h.document.undoStack()->undo();
        h.document.undoStack()->undo();
        h.document.undoStack()->undo();
        QCOMPARE(h.document.model(), before);
    }

    void deletingASchemaTakesWhatIsInIt()
    {
        Model m = withSalesSchema();
        m.table(QStringLiteral("orders"))->schemaId = QStringLiteral("sales");
        m.table(QStringLiteral("payment"))->schemaId = QStringLiteral("sales");
        EditorHarness h(m);
        h.editor.deleteObjects({{K::Schema, QStringLiteral("sales"), {}}});
        const Model &after = h.document.model();
        QVERIFY(after.schemas.isEmpty());
        QVERIFY(!after.table(QStringLiteral("orders")));
        QVERIFY(!after.table(QStringLiteral("payment")));
        for (const Table &t : after.tables) {
            for (const ForeignKey &f : t.foreignKeys)
                QVERIFY(f.referencedTableId != u"orders"); // order_item, shipment ... lost theirs
        }
        QCOMPARE(h.document.undoStack()->count(), 1);
        h.document.undoStack()->undo();
        QCOMPARE(h.document.model(), m);
    }
};

QTEST_MAIN(TestModelObjects)
#include "TestModelObjects.moc"
