// The index editor driven as a user drives it: an expression key and a column key typed in, sort
// order and NULLS placement chosen, the keys reordered, an INCLUDE column ticked, a partial
// predicate typed, unique; then an existing index changed. What PostgreSQL or SQLite would refuse
// (an expression that does not parse, a predicate that does not, a unique hash index) keeps OK
// disabled and says why, as the user types. Each accepted dialog is one undo step.
#include "EditorHarness.h"
#include "SampleModel.h"

#include <modeler/ui/IndexDialog.h>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace strata;
using namespace strata::modeler;
using namespace strata::modeler::ui;
using namespace strata::test;

namespace {

QComboBox *keyField(IndexDialog *d, int row, int column)
{
    return qobject_cast<QComboBox *>(
        d->findChild<QTableWidget *>(QStringLiteral("indexKeys"))->cellWidget(row, column));
}

void addKey(IndexDialog *d, const QString &text)
{
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("addKey")), Qt::LeftButton);
    const int row = d->findChild<QTableWidget *>(QStringLiteral("indexKeys"))->rowCount() - 1;
    typeInto(keyField(d, row, 0)->lineEdit(), text);
}

Model bothDialects()
{
    Model m = sampleModel();
    m.lintDialects = {Dialect::Postgres, Dialect::Sqlite};
    return m;
}

} // namespace

class TestIndexDialog : public QObject
{
    Q_OBJECT

private slots:
    void expressionKeysOrderIncludeAndPredicate()
    {
        EditorHarness h(bothDialects());
        const Model before = h.document.model();
        h.editor.addIndex(QStringLiteral("customer"));
        auto *d = h.dialog<IndexDialog>();
        QVERIFY(d);
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("name")),
                 QStringLiteral("customer_recent_email_idx"));
        addKey(d, QStringLiteral("lower(email)"));
        addKey(d, QStringLiteral("created_at"));
        choose(keyField(d, 1, 1), QStringLiteral("DESC"));
        choose(keyField(d, 1, 2), QStringLiteral("NULLS LAST"));
        // created_at first: the key order is what the index sorts by.
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("moveKeyUp")), Qt::LeftButton);
        toggleItem(d->findChild<QWidget *>(QStringLiteral("include"))->findChild<QListWidget *>(),
                   QStringLiteral("full_name"));
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("where")), QStringLiteral("NOT marketing_opt_in"));
        QTest::mouseClick(d->findChild<QCheckBox *>(QStringLiteral("unique")), Qt::LeftButton);
        QVERIFY2(okButton(d)->isEnabled(), qPrintable(verdictOf(d)));
        // SQLite has no INCLUDE: said, but not refused (it is left out of SQLite's DDL).
        QVERIFY2(verdictOf(d).contains(QStringLiteral("SQLite")), qPrintable(verdictOf(d)));
        screenshot(d, QStringLiteral("index-dialog"));
        QVERIFY(accept(d));

        const Table *t = h.document.model().table(QStringLiteral("customer"));
        const Index &i = t->indexes.last();
        QCOMPARE(i.name, QStringLiteral("customer_recent_email_idx"));
        QVERIFY(i.unique);
        QCOMPARE(i.keys.size(), 2);
        QCOMPARE(i.keys[0].columnId, QStringLiteral("created_at"));
        QVERIFY(i.keys[0].descending);
        QCOMPARE(i.keys[0].nulls, NullsOrder::Last);
        QVERIFY(i.keys[1].isExpression());
        QCOMPARE(i.keys[1].expression, QStringLiteral("lower(email)"));
        QVERIFY(!i.keys[1].descending);
        QCOMPARE(i.includeColumnIds, QStringList{QStringLiteral("full_name")});
        QCOMPARE(i.where, QStringLiteral("NOT marketing_opt_in"));
        const Model after = h.document.model();
        h.document.undoStack()->undo();
        QCOMPARE(h.document.model(), before);
        h.document.undoStack()->redo();
        QCOMPARE(h.document.model(), after);
    }

    void refusedAsYouType()
    {
        EditorHarness h(bothDialects());
        h.editor.edit(ObjectRef::child(ObjectRef::Kind::Index, QStringLiteral("orders"),
                                       QStringLiteral("orders_pending_idx")));
        auto *d = h.dialog<IndexDialog>();
        QVERIFY(d);
        QVERIFY(okButton(d)->isEnabled());
        auto *where = d->findChild<QLineEdit *>(QStringLiteral("where"));
        typeInto(where, QStringLiteral("status ="));
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY2(verdictOf(d).contains(QStringLiteral("index predicate")), qPrintable(verdictOf(d)));
        QVERIFY(!where->toolTip().isEmpty()); // the field that is wrong says so
        typeInto(where, QStringLiteral("status = 'pending'"));
        QVERIFY(okButton(d)->isEnabled());
        addKey(d, QStringLiteral("upper(currency"));
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY2(verdictOf(d).contains(QStringLiteral("index expression")), qPrintable(verdictOf(d)));
        typeInto(keyField(d, 1, 0)->lineEdit(), QStringLiteral("upper(currency)"));
        QVERIFY(okButton(d)->isEnabled());
        // PostgreSQL's own rules for methods.
        choose(d->findChild<QComboBox *>(QStringLiteral("method")), QStringLiteral("hash"));
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY(verdictOf(d).contains(QStringLiteral("a hash index has one key")));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("removeKey")), Qt::LeftButton);
        QVERIFY2(okButton(d)->isEnabled(), qPrintable(verdictOf(d)));
        QTest::mouseClick(d->findChild<QCheckBox *>(QStringLiteral("unique")), Qt::LeftButton);
        QVERIFY(verdictOf(d).contains(QStringLiteral("only btree indexes can be unique")));
        choose(d->findChild<QComboBox *>(QStringLiteral("method")), QStringLiteral("btree"));
        QVERIFY(okButton(d)->isEnabled());
        QVERIFY(accept(d));
        const Index &i = h.document.model().table(QStringLiteral("orders"))->indexes.last();
        QCOMPARE(i.keys.size(), 1);
        QVERIFY(i.unique);
        QCOMPARE(i.where, QStringLiteral("status = 'pending'"));
    }
};

QTEST_MAIN(TestIndexDialog)
#include "TestIndexDialog.moc"
