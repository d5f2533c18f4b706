// The catalog browser on real SQLite files: expanding a connection reads its catalog off the GUI
// thread and shows tables, views, columns and indexes; the filter finds a table; a dragged table
// carries its connection and name; a file that is not there says so under its connection.
#include "WorkbenchTestKit.h"

#include <connectors/ConnectionStore.h>
#include <connectors/ui/CatalogBrowser.h>
#include <connectors/ui/CatalogTreeModel.h>
#include <QLineEdit>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeView>

using namespace strata;
using namespace strata::connectors;
using namespace strata::connectors::ui;

class TestCatalogBrowser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionStore> m_store;
    QString m_shop, m_missing;

    QString addSqlite(const QString &name, const QString &file)
    {
        SavedConnection c;
        c.name = name;
        c.form = ConnectionForm::SqliteFile;
        c.path = m_dir.filePath(file);
        auto saved = m_store->save(c);
        return saved ? saved->id : QString();
    }

    QStringList childTexts(const QModelIndex &parent)
    {
        QStringList texts;
        for (int row = 0; row < parent.model()->rowCount(parent); ++row)
            texts << parent.model()->index(row, 0, parent).data().toString();
        return texts;
    }

private slots:
    void initTestCase()
    {
        auto session = Session::open({Dialect::Sqlite, m_dir.filePath(QStringLiteral("shop.db")), true});
        STRATA_VERIFY_RESULT(session);
        STRATA_VERIFY_RESULT((*session)->query(QStringLiteral(
            "CREATE TABLE customer (id INTEGER PRIMARY KEY, email TEXT UNIQUE);"
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer (id));"
            "CREATE INDEX orders_customer ON orders (customer_id);"
            "CREATE VIEW big_orders AS SELECT * FROM orders")));
        m_store = std::make_unique<ConnectionStore>(m_dir.filePath(QStringLiteral("connections.ini")));
        m_shop = addSqlite(QStringLiteral("shop"), QStringLiteral("shop.db"));
        m_missing = addSqlite(QStringLiteral("gone"), QStringLiteral("gone.db"));
    }

    void expandingAConnectionReadsItsCatalog()
    {
        CatalogBrowser browser(m_store.get());
        browser.resize(400, 600);
        browser.show();
        CatalogTreeModel *model = browser.model();
        QCOMPARE(model->rowCount(), 2);
        QSignalSpy loaded(&browser, &CatalogBrowser::catalogLoaded);
        browser.tree()->expand(browser.tree()->model()->index(0, 0)); // as a click on the arrow does
        QVERIFY(browser.isLoading(m_shop));
        QVERIFY(loaded.wait(10000));
        const QModelIndex shop = model->connectionIndex(m_shop);
        QCOMPARE(childTexts(shop), QStringList{QStringLiteral("main")});
        const QModelIndex main = model->index(0, 0, shop);
        QCOMPARE(childTexts(main), (QStringList{QStringLiteral("Tables (2)"), QStringLiteral("Views (1)")}));
        QCOMPARE(childTexts(model->index(0, 0, main)), (QStringList{QStringLiteral("customer"), QStringLiteral("orders")}));

        const QModelIndex orders = model->tableIndex(m_shop, QStringLiteral("main"), QStringLiteral("orders"));
        QVERIFY(orders.isValid());
        browser.tree()->expand(qobject_cast<QSortFilterProxyModel *>(browser.tree()->model())->mapFromSource(orders));
        QCOMPARE(childTexts(orders), (QStringList{QStringLiteral("id  INTEGER"), QStringLiteral("customer_id  INTEGER"),
                                                  QStringLiteral("orders_customer  (index)")}));

        std::unique_ptr<QMimeData> data(model->mimeData({orders}));
        QVERIFY(data);
        const auto selection = CatalogSelection::fromMimeData(data.get());
        QVERIFY(selection);
        QCOMPARE(selection->connectionId, m_shop);
        QCOMPARE(selection->tables, (QList<CatalogObjectName>{{QStringLiteral("main"), QStringLiteral("orders")}}));
        QCOMPARE(data->text(), QStringLiteral("orders"));

        browser.filterField()->setText(QStringLiteral("cust"));
        QAbstractItemModel *shown = browser.tree()->model();
        const QModelIndex tables = shown->index(0, 0, shown->index(0, 0, shown->index(0, 0)));
        QCOMPARE(childTexts(tables), QStringList{QStringLiteral("customer")});
    }

    void aMissingFileSaysSo()
    {
        CatalogBrowser browser(m_store.get());
        QSignalSpy failed(&browser, &CatalogBrowser::loadFailed);
        browser.showConnection(m_missing);
        QVERIFY(failed.wait(10000));
        const QModelIndex gone = browser.model()->connectionIndex(m_missing);
        QVERIFY(childTexts(gone).value(0).startsWith(QStringLiteral("Not read: ")));
    }
};

QTEST_MAIN(TestCatalogBrowser)
#include "TestCatalogBrowser.moc"
