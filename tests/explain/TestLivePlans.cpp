// Plans captured from a real PostgreSQL started for the test (EXPLAIN ANALYZE over the small shop
// of live/schema.sql: joins, aggregates, CTEs, subplans, partitions, parallel scans) and from
// SQLite through its C API and its shell. The text and JSON of each plan must parse to the same
// tree, the exclusive-time rules must hold, and the findings must point at what a tuner would.
#include "PlanTreeCompare.h"

#include <CaseFiles.h>
#include <PgServer.h>

#include <explain/PgJsonPlanParser.h>
#include <explain/PgTextPlanParser.h>
#include <explain/PlanAnalysis.h>
#include <explain/SqlitePlanParser.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

using namespace strata;
using namespace strata::explain;

namespace {

struct LiveQuery
{
    QString name;
    bool parallel = false;
    QString settings; ///< SET lines
    QString query;
};

QList<LiveQuery> liveQueries()
{
    QList<LiveQuery> out;
    for (const QString &line : test::readText(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/live/queries.sql")).split(u'\n')) {
        if (line.startsWith(QStringLiteral("-- name: "))) {
            const QStringList words = line.mid(9).split(u' ', Qt::SkipEmptyParts);
            out.append({words.value(0), words.contains(QStringLiteral("parallel")), {}, {}});
        } else if (!out.isEmpty() && !line.startsWith(QStringLiteral("--"))) {
            (line.startsWith(QStringLiteral("SET ")) ? out.back().settings : out.back().query) += line + u'\n';
        }
    }
    return out;
}

const QSet<QString> timeKeys = {QStringLiteral("Actual Startup Time"), QStringLiteral("Actual Total Time")};

void checkExclusiveTimes(const Plan &plan, const QString &name)
{
    const PlanAnalysis a = PlanAnalysis::of(plan);
    double sum = 0;
    for (const NodeMetrics &m : a.nodes) {
        QVERIFY2(m.exclusiveTime >= 0, qPrintable(name));
        sum += m.exclusiveTime;
    }
    QVERIFY2(std::fabs(sum - a.totalTime) < 1e-6, qPrintable(QStringLiteral("%1: %2 against %3").arg(name).arg(sum).arg(a.totalTime)));
}

QList<SqlitePlanRow> sqlitePlanRows(sqlite3 *db, const QString &query)
{
    QList<SqlitePlanRow> rows;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = ("EXPLAIN QUERY PLAN " + query).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        qFatal("sqlite: %s", sqlite3_errmsg(db));
    while (sqlite3_step(stmt) == SQLITE_ROW)
        rows.append({sqlite3_column_int(stmt, 0), sqlite3_column_int(stmt, 1),
                     QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)))});
    sqlite3_finalize(stmt);
    return rows;
}

const char *const sqliteSchema = R"(
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, country TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL, status TEXT);
CREATE INDEX orders_customer ON orders (customer_id, total);
CREATE TABLE notes (order_id INTEGER, body TEXT);
)";

} // namespace

class TestLivePlans : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PgServer> m_server;

    QString psql(const QString &sql)
    {
        auto out = m_server->psql(sql, QStringLiteral("shop"));
        if (!out)
            qFatal("psql: %s", qPrintable(out.error().toString()));
        return *out;
    }

    QString explain(const LiveQuery &q, const QString &options)
    {
        return psql(QStringLiteral("BEGIN;\n%1EXPLAIN (%2) %3ROLLBACK;\n").arg(q.settings, options, q.query));
    }

private slots:
    void initTestCase()
    {
        auto server = test::PgServer::start({QStringLiteral("max_parallel_workers_per_gather = 2"),
                                             QStringLiteral("track_io_timing = on"), QStringLiteral("jit = off")});
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(*server);
        QVERIFY(m_server->createDatabase(QStringLiteral("shop")).ok());
        psql(test::readText(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/live/schema.sql")));
    }

    void textAndJsonOfOnePlanAgree_data()
    {
        QTest::addColumn<int>("index");
        const QList<LiveQuery> queries = liveQueries();
        for (int i = 0; i < queries.size(); ++i)
            QTest::newRow(qPrintable(queries[i].name)) << i;
    }

    void textAndJsonOfOnePlanAgree()
    {
        QFETCH(int, index);
        const LiveQuery q = liveQueries()[index];
        psql(q.settings + q.query); // warm the cache: both runs then count the same buffers
        auto json = PgJsonPlanParser::parse(explain(q, QStringLiteral("ANALYZE, BUFFERS, VERBOSE, FORMAT JSON")), q.name);
        auto text = PgTextPlanParser::parse(explain(q, QStringLiteral("ANALYZE, BUFFERS, VERBOSE")), q.name);
        QVERIFY2(json.ok(), json.ok() ? "" : qPrintable(json.error().toString()));
        QVERIFY2(text.ok(), text.ok() ? "" : qPrintable(text.error().toString()));
        QVERIFY(text->notes.isEmpty());
        test::TreeCompareOptions options;
        options.ignoredKeys = q.parallel ? test::executionKeys() : timeKeys;
        options.ignoredKeys += {QStringLiteral("I/O Read Time"), QStringLiteral("I/O Write Time"),
                                QStringLiteral("Temp I/O Read Time"), QStringLiteral("Temp I/O Write Time")};
        options.compareSummary = false;
        const QString difference = test::planDifference(*json, *text, options);
        QVERIFY2(difference.isEmpty(), qPrintable(q.name + QStringLiteral(": ") + difference));
        checkExclusiveTimes(*json, q.name);
        checkExclusiveTimes(*text, q.name);
    }

    void parallelPlansShareTimeAmongWorkers()
    {
        const LiveQuery q = liveQueries().at(9);
        QCOMPARE(q.name, QStringLiteral("parallel-aggregate"));
        auto plan = PgJsonPlanParser::parse(explain(q, QStringLiteral("ANALYZE, FORMAT JSON")));
        QVERIFY(plan.ok());
        const PlanAnalysis a = PlanAnalysis::of(*plan);
        int gathered = 0;
        for (const PlanNode &n : plan->nodes) {
            if (n.nodeType == u"Gather" || n.nodeType == u"Gather Merge") {
                QVERIFY(n.workersLaunched >= 1);
                QCOMPARE(a.nodes[n.children.front()].processes, n.workersLaunched + 1);
                ++gathered;
            }
        }
        QCOMPARE(gathered, 1);
    }

    void findingsPointAtTheCause()
    {
        const QList<LiveQuery> queries = liveQueries();
        auto spill = PgJsonPlanParser::parse(explain(queries.last(), QStringLiteral("ANALYZE, BUFFERS, FORMAT JSON")));
        QVERIFY(spill.ok());
        const PlanAnalysis a = PlanAnalysis::of(*spill);
        QVERIFY(std::any_of(a.findings.begin(), a.findings.end(), [&](const Finding &f) {
            return f.diagnostic.code == u"sort-spill" && spill->nodes[f.node].nodeType == u"Sort";
        }));
        auto scan = PgJsonPlanParser::parse(psql(QStringLiteral("EXPLAIN (ANALYZE, FORMAT JSON) SELECT * FROM orders WHERE status = 'refunded';")));
        QVERIFY(scan.ok());
        const PlanAnalysis b = PlanAnalysis::of(*scan);
        QVERIFY(!b.findings.isEmpty());
        QCOMPARE(b.findings.first().diagnostic.code, QStringLiteral("seq-scan-filter"));
        QVERIFY(b.findings.first().diagnostic.hint.contains(QStringLiteral("CREATE INDEX ON orders (status);")));
    }

    // A real plan of ten thousand nodes: 3,334 joined branches of one UNION ALL.
    void tenThousandNodes()
    {
        QStringList branches;
        for (int i = 1; i <= 3334; ++i)
            branches << QStringLiteral("SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = %1").arg(i);
        const QString query = branches.join(QStringLiteral(" UNION ALL "));
        auto plan = PgJsonPlanParser::parse(psql(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) %1;").arg(query)));
        QVERIFY(plan.ok());
        QVERIFY(plan->size() >= 10000);
        checkExclusiveTimes(*plan, QStringLiteral("ten thousand nodes"));
        auto text = PgTextPlanParser::parse(psql(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) %1;").arg(query)));
        QVERIFY(text.ok());
        QCOMPARE(text->size(), plan->size());
    }

    void sqliteRowsAndShellAgree_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("search-covering") << "SELECT total FROM orders WHERE customer_id = 3" << QStringList{"Query", "Search"};
        QTest::newRow("join-order-by") << "SELECT c.name, o.total FROM customers c JOIN orders o ON o.customer_id = c.id ORDER BY c.name"
                                       << QStringList{"Query", "Scan", "Search", "Temp B-Tree"};
        QTest::newRow("subquery") << "SELECT name, (SELECT max(total) FROM orders o WHERE o.customer_id = c.id) FROM customers c"
                                  << QStringList{"Query", "Scan", "Correlated Scalar Subquery", "Search"};
        QTest::newRow("cte") << "WITH big AS MATERIALIZED (SELECT customer_id, sum(total) s FROM orders GROUP BY customer_id) "
                                "SELECT * FROM big WHERE s > 10"
                             << QStringList{"Query", "Materialize", "Scan", "Scan"};
        QTest::newRow("compound") << "SELECT id FROM customers UNION SELECT customer_id FROM orders"
                                  << QStringList{"Query", "Compound Query", "Left-most Subquery", "Scan", "Compound Member", "Scan"};
        QTest::newRow("automatic-index") << "SELECT * FROM notes n JOIN orders o ON o.id = n.order_id JOIN notes m ON m.body = n.body"
                                         << QStringList{"Query", "Scan", "Search", "Search"};
    }

    void sqliteRowsAndShellAgree()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, types);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, sqliteSchema, nullptr, nullptr, nullptr), SQLITE_OK);
        auto fromRows = SqlitePlanParser::fromRows(sqlitePlanRows(db, query), QStringLiteral("memory"));
        sqlite3_close(db);
        QVERIFY(fromRows.ok());
        QStringList actual;
        for (const PlanNode &n : fromRows->nodes)
            actual << n.nodeType;
        QCOMPARE(actual, types);
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!shell.isEmpty(), "the sqlite3 shell is missing; packaging/install-deps.sh installs it");
        QProcess p;
        p.start(shell, {QStringLiteral(":memory:")});
        p.write(sqliteSchema);
        p.write(("EXPLAIN QUERY PLAN " + query + ";\n").toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        auto fromShell = SqlitePlanParser::parse(QString::fromUtf8(p.readAllStandardOutput()));
        QVERIFY(fromShell.ok());
        QCOMPARE(fromShell->size(), fromRows->size());
        for (int i = 0; i < fromRows->size(); ++i) {
            QCOMPARE(fromShell->nodes[i].parent, fromRows->nodes[i].parent);
            QCOMPARE(fromShell->nodes[i].title(), fromRows->nodes[i].title());
        }
    }
};

QTEST_GUILESS_MAIN(TestLivePlans)
#include "TestLivePlans.moc"
