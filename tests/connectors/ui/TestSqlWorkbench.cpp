// The SQL workbench against a real PostgreSQL, driven by key events: a typed query runs and its grid
// shows NULL apart from '', a two-million-row result scrolls with a bounded number of rows in memory,
// pg_sleep is cancelled on the server, an error is marked where the server says, completion offers a
// table's columns after its alias, a production connection asks before writing, sorting re-runs the
// query, export writes every row, and the status follows the transaction.
#include "../SessionTestKit.h"
#include "PgServer.h"
#include "WorkbenchTestKit.h"

#include <connectors/ConnectionStore.h>
#include <connectors/ui/CompletionSource.h>
#include <connectors/ui/MessagesView.h>
#include <connectors/ui/QueryHistory.h>
#include <connectors/ui/SqlWorkbench.h>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

using namespace strata;
using namespace strata::connectors;
using namespace strata::connectors::ui;
using namespace strata::test;

class TestSqlWorkbench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PgServer> m_server;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<SqlWorkbench> m_bench;
    QString m_pg, m_production;

    // What the server says, through a connection of its own.
    QueryResult ask(const QString &sql)
    {
        auto session = Session::open({Dialect::Postgres, m_server->conninfo(QStringLiteral("shop")), false});
        if (!session)
            return {};
        auto result = (*session)->query(sql);
        return result ? *result : QueryResult();
    }

    SqlEditorTab *tabOn(const QString &connectionId) { return connectedTab(*m_bench, connectionId); }

private slots:
    void initTestCase()
    {
        quietOffscreenWarnings();
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(*server);
        STRATA_VERIFY_OK(m_server->createDatabase(QStringLiteral("shop")));
        STRATA_VERIFY_OK(m_server->psql(
            QStringLiteral(
                "CREATE TABLE items (id int PRIMARY KEY, name text, note text, price numeric(8,2));"
                "INSERT INTO items VALUES (1, 'pen', NULL, 1.50), (2, 'ink', '', 3.00), (3, 'pad', 'lined', "
                "NULL);"),
            QStringLiteral("shop")));
        m_store = std::make_unique<ConnectionStore>(m_dir.filePath(QStringLiteral("connections.ini")));
        SavedConnection pg;
        pg.name = QStringLiteral("shop");
        pg.form = ConnectionForm::Conninfo;
        pg.text = m_server->conninfo(QStringLiteral("shop"));
        auto saved = m_store->save(pg);
        STRATA_VERIFY_OK(saved);
        m_pg = saved->id;
        pg.name = QStringLiteral("shop (production)");
        pg.production = true;
        auto production = m_store->save(pg);
        STRATA_VERIFY_OK(production);
        m_production = production->id;
        m_bench = std::make_unique<SqlWorkbench>(m_store.get(), m_dir.filePath(QStringLiteral("data")));
        m_bench->resize(1200, 800);
        m_bench->show();
    }

    void cleanupTestCase()
    {
        m_bench.reset(); // closes the sessions before the server goes
    }

    void typedQueryShowsNullApartFromEmpty()
    {
        SqlEditorTab *tab = tabOn(m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT id, name, note FROM items ORDER BY id"));
        QCOMPARE(tab->editor()->text(), QStringLiteral("SELECT id, name, note FROM items ORDER BY id"));
        QVERIFY(runStatement(tab));
        ResultTableModel *model = resultModel(tab);
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(cell(model, 0, 0), QVariant(qlonglong(1)));
        QVERIFY(cell(model, 0, 2).isNull()); // NULL
        QCOMPARE(shown(model, 0, 2), QStringLiteral("NULL"));
        QCOMPARE(cell(model, 1, 2), QVariant(QString(""))); // an empty string, not NULL
        QCOMPARE(shown(model, 1, 2), QString());
        QCOMPARE(model->data(model->index(1, 2), Qt::FontRole), QVariant()); // only NULL is styled apart
        QVERIFY(tab->results()->messages()->messages().last().contains(QStringLiteral("SELECT 3")));
        QCOMPARE(m_bench->history()->search(QStringLiteral("FROM items ORDER")).value().size(), 1);
    }

    void runsTheStatementUnderTheCursorOrTheScript()
    {
        SqlEditorTab *tab = tabOn(m_pg);
        QVERIFY(tab);
        tab->editor()->setText(QStringLiteral("SELECT 'first';\nSELECT 'second';\n"));
        tab->editor()->setCursorPosition(1, 3);
        QVERIFY(runStatement(tab));
        QCOMPARE(tab->results()->results().size(), 1);
        QCOMPARE(cell(resultModel(tab), 0, 0).toString(), QStringLiteral("second"));
        QVERIFY(runScript(tab));
        QCOMPARE(tab->results()->results().size(), 2);
        QCOMPARE(cell(resultModel(tab, 0), 0, 0).toString(), QStringLiteral("first"));
        QCOMPARE(tab->results()->tabText(1), QStringLiteral("Result 2"));
    }

    void largeResultScrollsWithBoundedMemory()
    {
        SqlEditorTab *tab = tabOn(m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT g, 'row ' || g FROM generate_series(1, 2000000) g"));
        QVERIFY(runStatement(tab));
        ResultTableModel *model = resultModel(tab);
        QTableView *table = tab->results()->results().first()->table();
        QVERIFY(model && !model->isComplete());
        QVERIFY(model->rowCount() < 10000); // a first page, not the result
        // Scroll down as a user dragging to the bottom does: each time rows come, further.
        while (model->rowCount() < 200000) {
            const int before = model->rowCount();
            table->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, 10000);
        }
        QVERIFY(!model->isComplete()); // the rest still waits on the server
        for (int row : {0, 123457, 56789, model->rowCount() - 1, 42}) {
            table->scrollTo(model->index(row, 0));
            QCOMPARE(cell(model, row, 0).toLongLong(), qlonglong(row + 1));
            QCOMPARE(shown(model, row, 1), QStringLiteral("row %1").arg(row + 1));
        }
        QVERIFY2(model->rowsHeldInMemory() <= ResultTableModel::maxCachedBlocks * 256,
                 qPrintable(QString::number(model->rowsHeldInMemory())));
        // Running something else closes the big result on the server instead of reading it all.
        typeInto(tab->editor(), QStringLiteral("SELECT 1"));
        QVERIFY(runStatement(tab));
        QCOMPARE(cell(resultModel(tab), 0, 0), QVariant(qlonglong(1)));
    }

    void escapeCancelsOnTheServer()
    {
        SqlEditorTab *tab = tabOn(m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT pg_sleep(30)"));
        QSignalSpy idle(tab, &SqlEditorTab::idle);
        QTest::keyClick(tab->editor(), Qt::Key_Return, Qt::ControlModifier);
        const QString sleeping = QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query = 'SELECT pg_sleep(30)'");
        QTRY_COMPARE_WITH_TIMEOUT(ask(sleeping).rows.value(0).value(0).toLongLong(), 1LL, 10000);
        QVERIFY(tab->status().running);
        QTest::keyClick(tab->editor(), Qt::Key_Escape);
        QVERIFY(idle.wait(5000)); // far sooner than the 30 seconds it would sleep
        QCOMPARE(ask(sleeping).rows.value(0).value(0).toLongLong(), 0LL);
        QVERIFY(tab->results()->messages()->messages().last().contains(QStringLiteral("cancelled")));
        QCOMPARE(tab->editor()->errorOffset(), -1); // a cancel is not an error in the text
    }

    void errorIsMarkedWhereTheServerSays()
    {
        SqlEditorTab *tab = tabOn(m_pg);
        QVERIFY(tab);
        const QString text =
            QStringLiteral("SELECT 1;\n-- the next one is wrong\nSELECT id, nosuch FROM items;");
        tab->editor()->setText(text);
        tab->editor()->setCursorPosition(2, 5);
        QVERIFY(runStatement(tab));
        QCOMPARE(tab->editor()->errorOffset(), text.indexOf(QStringLiteral("nosuch")));
        QVERIFY(tab->editor()->markersAtLine(2) != 0);
        QVERIFY(tab->editor()->annotation(2).contains(QStringLiteral("nosuch")));
        QVERIFY(tab->results()->messages()->messages().last().contains(QStringLiteral("42703")));
        QVERIFY(tab->results()->messages()->messages().last().contains(QStringLiteral("line 3, column 12")));
        tab->editor()->setText(QStringLiteral("SELECT 1"));
        QVERIFY(runStatement(tab));
        QCOMPARE(tab->editor()->errorOffset(), -1);
    }

    void completionOffersColumnsAfterAnAlias()
    {
        SqlEditorTab *tab = tabOn(m_pg);
        QVERIFY(tab);
        SqlEditor *editor = tab->editor();
        editor->setText(QStringLiteral("SELECT  FROM items AS i"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->completionCandidates().contains(QStringLiteral("items")),
                                 10000); // catalog read
        editor->setFocus();
        editor->setCursorOffset(7);
        QTest::keyClicks(editor, QStringLiteral("i."));
        QVERIFY(editor->isListActive());
        QCOMPARE(editor->completionCandidates(),
                 (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note"),
                              QStringLiteral("price")}));
        QTest::keyClicks(editor, QStringLiteral("pr"));
        QTest::keyClick(editor, Qt::Key_Return); // takes the one offered
        QCOMPARE(editor->text(), QStringLiteral("SELECT i.price FROM items AS i"));
    }

    void copiesInEveryFormat()
    {
        SqlEditorTab *tab = tabOn(m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT id, note FROM items WHERE id <= 2 ORDER BY id"));
        QVERIFY(runStatement(tab));
        ResultView *view = tab->results()->results().first();
        view->table()->selectAll();
        QCOMPARE(view->selectionText(CopyFormat::Csv), QStringLiteral("id,note\r\n1,\r\n2,\"\"\r\n"));
        QCOMPARE(view->selectionText(CopyFormat::Markdown),
                 QStringLiteral("| id | note |\n| ---: | --- |\n| 1 | *NULL* |\n| 2 |  |\n"));
        QCOMPARE(view->selectionText(CopyFormat::Inserts),
                 QStringLiteral("INSERT INTO \"items\" (\"id\", \"note\") VALUES (1, NULL);\n"
                                "INSERT INTO \"items\" (\"id\", \"note\") VALUES (2, '');\n"));
        view->table()->clearSelection();
        view->table()->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select);
        view->copySelection(CopyFormat::Tsv);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("id\n2\n"));
    }

    void productionAsksBeforeWriting()
    {
        SqlEditorTab *tab = tabOn(m_production);
        QVERIFY(tab);
        QStringList asked;
        bool allow = false;
        tab->setConfirmWrite([&](const QString &, const QStringList &statements) {
            asked += statements;
            return allow;
        });
        typeInto(tab->editor(), QStringLiteral("SELECT count(*) FROM items"));
        QVERIFY(runStatement(tab));
        QVERIFY(asked.isEmpty());
        typeInto(tab->editor(), QStringLiteral("SELECT 1; DELETE FROM items WHERE id = 3"));
        QVERIFY(runScript(tab));
        QCOMPARE(asked, QStringList{QStringLiteral("DELETE FROM items WHERE id = 3")});
        QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM items")).rows.value(0).value(0).toLongLong(), 3LL);
        QVERIFY(tab->results()->messages()->messages().last().startsWith(QStringLiteral("Not run")));
        allow = true;
        typeInto(tab->editor(), QStringLiteral("INSERT INTO items VALUES (4, 'cap', NULL, 0.5)"));
        QVERIFY(runStatement(tab));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM items")).rows.value(0).value(0).toLongLong(), 4LL);
        STRATA_VERIFY_OK(
            m_server->psql(QStringLiteral("DELETE FROM items WHERE id = 4"), QStringLiteral("shop")));
    }

    void explainAnalyzeAsksPostgresForJsonWithBuffers()
    {
        SqlEditorTab *tab = tabOn(m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT name FROM items WHERE id = 1"));
        QSignalSpy plans(m_bench.get(), &SqlWorkbench::planReady);
        QSignalSpy idle(tab, &SqlEditorTab::idle);
        tab->explain(true);
        QVERIFY(idle.wait(20000));
        QCOMPARE(plans.size(), 1);
        const auto plan = plans.first().first().value<ExplainedPlan>();
        QVERIFY(plan.analyze);
        QVERIFY2(plan.planText.startsWith(u'[') && plan.planText.contains(QStringLiteral("\"Actual Rows\"")) &&
                     plan.planText.contains(QStringLiteral("\"Shared Hit Blocks\"")),
                 qPrintable(plan.planText));
        // On production, EXPLAIN ANALYZE of a statement that writes asks first.
        SqlEditorTab *production = tabOn(m_production);
        QVERIFY(production);
        QStringList asked;
        production->setConfirmWrite([&](const QString &, const QStringList &statements) {
            asked += statements;
            return false;
        });
        production->editor()->setText(QStringLiteral("DELETE FROM items"));
        QSignalSpy productionIdle(production, &SqlEditorTab::idle);
        production->explain(true);
        QVERIFY(productionIdle.wait(20000));
        QCOMPARE(asked, QStringList{QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) DELETE FROM items")});
        QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM items")).rows.value(0).value(0).toLongLong(), 3LL);
        production->explain(false); // a plain EXPLAIN writes nothing: no question
        QVERIFY(productionIdle.wait(20000));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(plans.size(), 2);
    }

    void sortingRunsTheQueryAgainOrdered()
    {
        SqlEditorTab *tab = tabOn(m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT name, price FROM items -- unordered"));
        QVERIFY(runStatement(tab));
        ResultView *view = tab->results()->results().first();
        QSignalSpy idle(tab, &SqlEditorTab::idle);
        view->table()->horizontalHeader()->sectionClicked(0);
        QVERIFY(idle.wait(10000));
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(cell(view->model(), 0, 0).toString(), QStringLiteral("ink"));
        QCOMPARE(cell(view->model(), 2, 0).toString(), QStringLiteral("pen"));
        view->table()->horizontalHeader()->sectionClicked(0);
        QVERIFY(idle.wait(10000));
        QCOMPARE(cell(view->model(), 0, 0).toString(), QStringLiteral("pen"));
        QCOMPARE(view->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(tab->results()->results().size(), 1); // sorted in place, not a new tab
    }

    void exportWritesEveryRow()
    {
        SqlEditorTab *tab = tabOn(m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT g AS n, CASE WHEN g % 2 = 0 THEN NULL ELSE '' END AS "
                                               "e FROM generate_series(1, 20000) g"));
        QVERIFY(runStatement(tab));
        ResultView *view = tab->results()->results().first();
        QVERIFY(!view->model()->isComplete());
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QSignalSpy idle(tab, &SqlEditorTab::idle);
        emit view->exportRequested(path);
        QVERIFY(idle.wait(20000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 20002); // header, rows, and the empty piece after the last \r\n
        QCOMPARE(lines[1], QByteArray("1,\"\"\r"));
        QCOMPARE(lines[2], QByteArray("2,\r"));
        QVERIFY(view->model()->isComplete());
        QCOMPARE(view->model()->rowCount(), 20000);
    }

    void statusFollowsTheTransaction()
    {
        SqlEditorTab *tab = tabOn(m_pg);
        QVERIFY(tab);
        QSignalSpy status(m_bench.get(), &SqlWorkbench::statusChanged);
        typeInto(tab->editor(), QStringLiteral("BEGIN"));
        QVERIFY(runStatement(tab));
        QCOMPARE(m_bench->status().transaction, TransactionState::InTransaction);
        QVERIFY(m_bench->status().connection.contains(QStringLiteral("shop")));
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().first().value<SqlStatus>().transaction, TransactionState::InTransaction);
        typeInto(tab->editor(), QStringLiteral("SELECT 1/0"));
        QVERIFY(runStatement(tab));
        QCOMPARE(m_bench->status().transaction, TransactionState::Failed);
        typeInto(tab->editor(), QStringLiteral("ROLLBACK"));
        QVERIFY(runStatement(tab));
        QCOMPARE(m_bench->status().transaction, TransactionState::Idle);
    }
};

QTEST_MAIN(TestSqlWorkbench)
#include "TestSqlWorkbench.moc"
