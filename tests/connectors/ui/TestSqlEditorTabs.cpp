// The workbench on SQLite files, as a user drives it: a typed script runs with a tab per result set,
// errors are marked where SQLite points, a production file asks before writing, comments toggle,
// find and replace, files open and save, tabs with unsaved text come back after a restart, the
// history is searched, and the connection dialog tests what it is given. Also takes the screenshot
// of the workbench for the README (saved when STRATA_SCREENSHOT_DIR is set).
#include "WorkbenchTestKit.h"

#include <connectors/ConnectionStore.h>
#include <connectors/ui/ConnectionDialog.h>
#include <connectors/ui/FindReplaceBar.h>
#include <connectors/ui/HistoryView.h>
#include <connectors/ui/MessagesView.h>
#include <connectors/ui/OpenTabsFile.h>
#include <connectors/ui/QueryHistory.h>
#include <connectors/ui/SqlWorkbench.h>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace strata;
using namespace strata::connectors;
using namespace strata::connectors::ui;
using namespace strata::test;

class TestSqlEditorTabs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<SqlWorkbench> m_bench;
    QString m_shop, m_production;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    QString addSqlite(const QString &name, const QString &file, bool production)
    {
        SavedConnection c;
        c.name = name;
        c.form = ConnectionForm::SqliteFile;
        c.path = m_dir.filePath(file);
        c.production = production;
        auto saved = m_store->save(c);
        return saved ? saved->id : QString();
    }

    SqlEditorTab *tabOn(const QString &connectionId) { return connectedTab(*m_bench, connectionId); }

    qlonglong count(const QString &file, const QString &table)
    {
        auto session = Session::open({Dialect::Sqlite, m_dir.filePath(file), false});
        auto r = session ? (*session)->query(QStringLiteral("SELECT count(*) FROM ") + table)
                         : Result<QueryResult>(Error());
        return r ? r->rows.value(0).value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        quietOffscreenWarnings();
        auto session = Session::open({Dialect::Sqlite, m_dir.filePath(QStringLiteral("shop.db")), true});
        QVERIFY(session.ok());
        QVERIFY((*session)
                    ->query(QStringLiteral(
                        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, placed TEXT, "
                        "total REAL, note TEXT);"
                        "INSERT INTO orders VALUES (1, 'Ada Lovelace', '2024-03-01', 129.5, NULL),"
                        "(2, 'Grace Hopper', '2024-03-02', 42.0, ''), (3, 'Edsger Dijkstra', '2024-03-02', "
                        "310.25, 'gift wrap'),"
                        "(4, 'Barbara Liskov', '2024-03-04', 18.75, NULL), (5, 'Donald Knuth', '2024-03-05', "
                        "1024.0, 'cheque');"))
                    .ok());
        m_store = std::make_unique<ConnectionStore>(m_dir.filePath(QStringLiteral("connections.ini")));
        m_shop = addSqlite(QStringLiteral("shop.db"), QStringLiteral("shop.db"), false);
        m_production = addSqlite(QStringLiteral("shop.db (production)"), QStringLiteral("shop.db"), true);
        QVERIFY(!m_shop.isEmpty() && !m_production.isEmpty());
        m_bench = std::make_unique<SqlWorkbench>(m_store.get(), dataDir());
        m_bench->resize(1200, 760);
        m_bench->show();
    }

    void scriptShowsATabPerResultSet()
    {
        SqlEditorTab *tab = tabOn(m_shop);
        QVERIFY(tab);
        typeInto(
            tab->editor(),
            QStringLiteral("SELECT id, note FROM orders WHERE id <= 2; SELECT count(*) AS n FROM orders"));
        QVERIFY(runScript(tab));
        QCOMPARE(tab->results()->results().size(), 2);
        ResultTableModel *first = resultModel(tab, 0);
        QVERIFY(cell(first, 0, 1).isNull());
        QCOMPARE(cell(first, 1, 1), QVariant(QString("")));
        QCOMPARE(cell(resultModel(tab, 1), 0, 0), QVariant(qlonglong(5)));
        QVERIFY(tab->results()->messages()->messages().last().startsWith(QStringLiteral("line 1: 1 rows")));
    }

    void errorIsMarkedWhereSqlitePoints()
    {
        SqlEditorTab *tab = tabOn(m_shop);
        QVERIFY(tab);
        const QString text = QStringLiteral("SELECT 1;\nSELECT id, nosuch FROM orders;");
        tab->editor()->setText(text);
        QVERIFY(runScript(tab));
        QCOMPARE(tab->editor()->errorOffset(), text.indexOf(QStringLiteral("nosuch")));
        QVERIFY(tab->results()->messages()->messages().last().contains(QStringLiteral("no such column")));
    }

    void explainGivesSqlitesQueryPlan()
    {
        SqlEditorTab *tab = tabOn(m_shop);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT * FROM orders WHERE id = 2;"));
        QSignalSpy plans(tab, &SqlEditorTab::planReady);
        QSignalSpy idle(tab, &SqlEditorTab::idle);
        tab->explain(false);
        QVERIFY(idle.wait(20000));
        QCOMPARE(plans.size(), 1);
        const auto plan = plans.first().first().value<ExplainedPlan>();
        QCOMPARE(plan.statement, QStringLiteral("SELECT * FROM orders WHERE id = 2"));
        QCOMPARE(plan.dialect, Dialect::Sqlite);
        QVERIFY2(plan.planText.contains(QStringLiteral("SEARCH orders USING INTEGER PRIMARY KEY (rowid=?)")),
                 qPrintable(plan.planText));
        // An error points into the statement, not into the EXPLAIN put before it.
        const QString wrong = QStringLiteral("SELECT nosuch FROM orders");
        tab->editor()->setText(wrong);
        tab->explain(false);
        QVERIFY(idle.wait(20000));
        QCOMPARE(plans.size(), 1);
        QCOMPARE(tab->editor()->errorOffset(), wrong.indexOf(QStringLiteral("nosuch")));
    }

    void productionFileAsksBeforeWriting()
    {
        SqlEditorTab *tab = tabOn(m_production);
        QVERIFY(tab);
        QStringList asked;
        tab->setConfirmWrite([&](const QString &, const QStringList &statements) {
            asked += statements;
            return false;
        });
        typeInto(tab->editor(), QStringLiteral("SELECT * FROM orders"));
        QVERIFY(runStatement(tab));
        QVERIFY(asked.isEmpty());
        QCOMPARE(resultModel(tab)->rowCount(), 5);
        typeInto(tab->editor(), QStringLiteral("DELETE FROM orders"));
        QVERIFY(runStatement(tab));
        QCOMPARE(asked, QStringList{QStringLiteral("DELETE FROM orders")});
        QCOMPARE(count(QStringLiteral("shop.db"), QStringLiteral("orders")), 5);
    }

    void togglesCommentsAndReplaces()
    {
        SqlEditorTab *tab = m_bench->newTab();
        SqlEditor *editor = tab->editor();
        editor->setText(QStringLiteral("SELECT a\n  FROM t\n\nWHERE b"));
        editor->setSelection(0, 2, 1, 3);
        QTest::keyClick(editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->text(), QStringLiteral("-- SELECT a\n-- FROM t\n\nWHERE b")
                                     .replace(QStringLiteral("-- FROM"), QStringLiteral("--   FROM")));
        editor->setSelection(0, 0, 1, 3);
        QTest::keyClick(editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->text(), QStringLiteral("SELECT a\n  FROM t\n\nWHERE b"));
        QTest::keyClick(editor, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(tab->findBar()->isVisible());
        tab->findBar()->setFindText(QStringLiteral("t"));
        tab->findBar()->setReplaceText(QStringLiteral("orders"));
        // Whole words only would be nicer; as typed, every "t" goes.
        QCOMPARE(tab->findBar()->replaceAll(), 2);
        QCOMPARE(editor->text(), QStringLiteral("SELECT a\n  FROM orders\n\nWHERE b")
                                     .replace(QStringLiteral("SELECT"), QStringLiteral("SELECorders")));
        editor->undo();
        QCOMPARE(editor->text(), QStringLiteral("SELECT a\n  FROM t\n\nWHERE b")); // one undo step
    }

    void filesOpenAndSave()
    {
        SqlEditorTab *tab = m_bench->newTab();
        tab->editor()->setText(QStringLiteral("SELECT 'saved é';\n"));
        const QString path = m_dir.filePath(QStringLiteral("report.sql"));
        STRATA_VERIFY_RESULT(m_bench->saveCurrentTo(path));
        QCOMPARE(tab->title(), QStringLiteral("report.sql"));
        QVERIFY(!tab->isModified());
        STRATA_VERIFY_RESULT(m_bench->openFile(path));
        QCOMPARE(m_bench->currentTab()->editor()->text(), QStringLiteral("SELECT 'saved é';\n"));
        QVERIFY(!m_bench->openFile(m_dir.filePath(QStringLiteral("missing.sql"))));
    }

    void historyIsSearched()
    {
        SqlEditorTab *tab = tabOn(m_shop);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT customer FROM orders WHERE total > 100"));
        QVERIFY(runStatement(tab));
        HistoryView *view = m_bench->historyView();
        view->setSearchText(QStringLiteral("total > 100"));
        QTRY_COMPARE_WITH_TIMEOUT(view->entries().size(), 1, 5000); // searched on a pool thread
        QCOMPARE(view->entries().first().rows, 3);
        QCOMPARE(view->entries().first().connection, QStringLiteral("shop.db"));
        QCOMPARE(view->list()->topLevelItemCount(), 1);
        view->setSearchText(QStringLiteral("100%")); // a wildcard in the text matches itself
        QTRY_VERIFY_WITH_TIMEOUT(view->entries().isEmpty(), 5000);
        SqlEditorTab *current = m_bench->newTab();
        view->setSearchText(QStringLiteral("total > 100"));
        QTRY_COMPARE_WITH_TIMEOUT(view->list()->topLevelItemCount(), 1, 5000);
        emit view->list()->itemActivated(view->list()->topLevelItem(0), 0);
        QCOMPARE(current->editor()->text(), QStringLiteral("SELECT customer FROM orders WHERE total > 100"));
    }

    void connectionDialogTestsWhatItIsGiven()
    {
        ConnectionDialog dialog(nullptr);
        SavedConnection c;
        c.name = QStringLiteral("local");
        c.form = ConnectionForm::SqliteFile;
        c.path = m_dir.filePath(QStringLiteral("shop.db"));
        c.production = true;
        dialog.setConnection(c);
        QCOMPARE(dialog.connection(), c);
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        dialog.test();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(dialog.testResult().contains(QStringLiteral("SQLite")));
        c.path = m_dir.filePath(QStringLiteral("nowhere/none.db"));
        dialog.setConnection(c);
        dialog.test();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(!dialog.password()); // SQLite has none, and nothing asked to keep one
        const QString dir = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            SavedConnection pg;
            pg.name = QStringLiteral("shop (production)");
            pg.host = QStringLiteral("db.example.com");
            pg.database = QStringLiteral("shop");
            pg.user = QStringLiteral("alice");
            pg.sslMode = QStringLiteral("verify-full");
            pg.sslRootCert = QStringLiteral("/etc/ssl/certs/shop-root.pem");
            pg.production = true;
            dialog.setConnection(pg);
            dialog.show();
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/connection-dialog.png")));
        }
    }

    void screenshotShowsAResult()
    {
        // A workbench of its own, as a user would see it: a few tabs, a query, its result, the history.
        QTemporaryDir data;
        SqlWorkbench bench(m_store.get(), data.path());
        bench.resize(1200, 720);
        bench.show();
        SqlEditorTab *other = bench.currentTab();
        other->setContents(QStringLiteral("SELECT * FROM orders;\n"),
                           m_dir.filePath(QStringLiteral("orders.sql")), false);
        SqlEditorTab *tab = bench.newTab();
        QSignalSpy idle(tab, &SqlEditorTab::idle);
        tab->setConnection(m_shop, true);
        QVERIFY(idle.wait(10000));
        typeInto(tab->editor(),
                 QStringLiteral(
                     "-- Orders over 40, biggest first\nSELECT o.id, o.customer, o.placed, o.total, o.note\n"
                     "FROM orders AS o\nWHERE o.total > 40\nORDER BY o.total DESC;"));
        tab->editor()->setCursorPosition(2, 4);
        QVERIFY(runStatement(tab));
        QCOMPARE(resultModel(tab)->rowCount(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(bench.historyView()->list()->topLevelItemCount(), 1, 5000);
        const QImage image = bench.grab().toImage();
        QCOMPARE(image.size(), bench.size());
        // Something was drawn: the grid's text, the editor's colours, the history.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
        const QString dir = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + QStringLiteral("/sql-workbench.png")));
    }

    void unsavedTabsComeBack()
    {
        m_bench.reset();
        QDir(dataDir()).removeRecursively();
        auto bench = std::make_unique<SqlWorkbench>(m_store.get(), dataDir());
        QCOMPARE(bench->tabCount(), 1); // a fresh start has one empty tab
        SqlEditorTab *scratch = bench->currentTab();
        scratch->setConnection(m_shop, false);
        typeInto(scratch->editor(), QStringLiteral("SELECT 'not saved anywhere'"));
        SqlEditorTab *file = bench->newTab();
        STRATA_VERIFY_RESULT(file->saveTo(m_dir.filePath(QStringLiteral("kept.sql"))));
        file->editor()->append(QStringLiteral("\n-- changed after saving"));
        const QString fileText = file->editor()->text();
        bench.reset(); // the app closes

        auto again = std::make_unique<SqlWorkbench>(m_store.get(), dataDir());
        QCOMPARE(again->tabCount(), 2);
        QCOMPARE(again->tab(0)->editor()->text(), QStringLiteral("SELECT 'not saved anywhere'"));
        QCOMPARE(again->tab(0)->title(), QStringLiteral("Query 1"));
        QCOMPARE(again->tab(0)->connectionId(), m_shop);
        QCOMPARE(again->tab(1)->editor()->text(), fileText);
        QVERIFY(again->tab(1)->isModified());
        QCOMPARE(again->tab(1)->title(), QStringLiteral("kept.sql"));
        QCOMPARE(again->currentTab(), again->tab(1));
        QCOMPARE(again->newTab()->title(), QStringLiteral("Query 2"));
    }

    void aDamagedTabsFileIsNotFatal()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged/sql-tabs.json"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        STRATA_VERIFY_RESULT(OpenTabsFile::write(
            path, {{QStringLiteral("Query 1"), {}, QStringLiteral("SELECT 1"), true, {}, 3}}, 0));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray whole = file.readAll();
        file.resize(whole.size() / 2); // cut short, as a full disk would leave a file not written atomically
        file.close();
        auto read = OpenTabsFile::read(path);
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("tabs.format"));
        SqlWorkbench bench(m_store.get(), QFileInfo(path).absolutePath());
        QCOMPARE(bench.tabCount(), 1); // starts afresh
        QVERIFY(bench.currentTab()->editor()->text().isEmpty());
    }
};

QTEST_MAIN(TestSqlEditorTabs)
#include "TestSqlEditorTabs.moc"
