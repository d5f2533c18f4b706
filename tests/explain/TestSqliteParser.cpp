// SQLite's EXPLAIN QUERY PLAN, from rows (what a connection returns) and from the shell's drawing.
#include <explain/PlanReader.h>
#include <explain/SqlitePlanParser.h>

#include <QTest>

using namespace strata;
using namespace strata::explain;

class TestSqliteParser : public QObject
{
    Q_OBJECT

private slots:
    void readsSteps_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("index");
        QTest::addColumn<bool>("covering");
        QTest::newRow("scan") << "SCAN orders" << "Scan" << "orders" << "" << false;
        QTest::newRow("scan-old") << "SCAN TABLE orders AS o" << "Scan" << "orders" << "" << false;
        QTest::newRow("search") << "SEARCH customers USING INTEGER PRIMARY KEY (rowid=?)" << "Search" << "customers"
                                << "INTEGER PRIMARY KEY" << false;
        QTest::newRow("covering") << "SEARCH o USING COVERING INDEX o_customer (customer_id=?)" << "Search" << "o"
                                  << "o_customer" << true;
        QTest::newRow("scan-index") << "SCAN items USING INDEX items_product" << "Scan" << "items" << "items_product" << false;
        QTest::newRow("automatic") << "SEARCH t USING AUTOMATIC COVERING INDEX (a=?)" << "Search" << "t" << "" << true;
        QTest::newRow("btree") << "USE TEMP B-TREE FOR ORDER BY" << "Temp B-Tree" << "" << "" << false;
        QTest::newRow("cte") << "MATERIALIZE recent" << "Materialize" << "" << "" << false;
        QTest::newRow("coroutine") << "CO-ROUTINE sub" << "Co-routine" << "" << "" << false;
        QTest::newRow("subquery") << "CORRELATED SCALAR SUBQUERY 2" << "Correlated Scalar Subquery" << "" << "" << false;
        QTest::newRow("compound") << "COMPOUND QUERY" << "Compound Query" << "" << "" << false;
        QTest::newRow("union") << "UNION USING TEMP B-TREE" << "Compound Member" << "" << "" << false;
        QTest::newRow("constant") << "SCAN CONSTANT ROW" << "Constant Row" << "" << "" << false;
        QTest::newRow("unknown") << "TELEPORT everything" << "Teleport" << "" << "" << false;
    }

    void readsSteps()
    {
        QFETCH(QString, detail);
        QFETCH(QString, type);
        QFETCH(QString, relation);
        QFETCH(QString, index);
        QFETCH(bool, covering);
        const QJsonObject f = SqlitePlanParser::fieldsOf(detail);
        QCOMPARE(f.value(QStringLiteral("Node Type")).toString(), type);
        QCOMPARE(f.value(QStringLiteral("Relation Name")).toString(), relation);
        QCOMPARE(f.value(QStringLiteral("Index Name")).toString(), index);
        QCOMPARE(f.value(QStringLiteral("Covering Index")).toBool(), covering);
        QCOMPARE(f.value(QStringLiteral("Detail")).toString(), detail);
    }

    void buildsTheTreeFromRows()
    {
        const QList<SqlitePlanRow> rows = {{2, 0, QStringLiteral("MATERIALIZE recent")},
                                           {4, 2, QStringLiteral("SCAN orders")},
                                           {12, 0, QStringLiteral("SCAN recent")},
                                           {15, 0, QStringLiteral("SEARCH customers USING INTEGER PRIMARY KEY (rowid=?)")},
                                           {22, 0, QStringLiteral("USE TEMP B-TREE FOR ORDER BY")}};
        auto plan = SqlitePlanParser::fromRows(rows, QStringLiteral("shop.db"));
        QVERIFY(plan.ok());
        QCOMPARE(plan->size(), 6);
        QCOMPARE(plan->root().children.size(), 4);
        QCOMPARE(plan->nodes[2].parent, 1);
        QCOMPARE(plan->nodes[2].title(), QStringLiteral("SCAN orders"));
        QCOMPARE(plan->nodes[4].fields.value(QStringLiteral("SQLite Id")).toInt(), 15);
    }

    void readsTheShellsDrawing()
    {
        const QString shell = QStringLiteral("QUERY PLAN\n"
                                             "|--CO-ROUTINE t2\n"
                                             "|  `--SCAN items\n"
                                             "|--SCAN t2\n"
                                             "`--SEARCH p USING INDEX p_id (id=?)\n");
        QCOMPARE(PlanReader::detect(shell), PlanReader::Format::Sqlite);
        auto plan = PlanReader::read(shell);
        QVERIFY(plan.ok());
        QCOMPARE(plan->source, PlanSource::SqliteText);
        QCOMPARE(plan->size(), 5);
        QCOMPARE(plan->nodes[2].parent, 1);
        QCOMPARE(plan->nodes[4].indexName, QStringLiteral("p_id"));
    }

    void readsListModeRows()
    {
        auto plan = SqlitePlanParser::parse(QStringLiteral("3|0|0|SCAN a\n5|0|0|SEARCH b USING INDEX b_a (a=?)\n"));
        QVERIFY(plan.ok());
        QCOMPARE(plan->size(), 3);
    }

    // What strata-cli query (TSV, CSV) and a copied result grid give for EXPLAIN QUERY PLAN, header
    // included, through the format detection a pasted plan takes.
    void readsRowsCopiedFromAResult_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("tsv") << QStringLiteral("id\tparent\tnotused\tdetail\n2\t0\t0\tSCAN o\n"
                                               "6\t0\t0\tSEARCH c USING INDEX c_x (a=? AND b>?)\n9\t6\t0\tUSE TEMP B-TREE FOR ORDER BY\n");
        QTest::newRow("csv") << QStringLiteral("id,parent,notused,detail\n2,0,0,SCAN o\n"
                                               "6,0,0,\"SEARCH c USING INDEX c_x (a=? AND b>?)\"\n9,6,0,USE TEMP B-TREE FOR ORDER BY\n");
    }
    void readsRowsCopiedFromAResult()
    {
        QFETCH(QString, text);
        auto plan = PlanReader::read(text, QStringLiteral("pasted"));
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->size(), 4); // the QUERY PLAN root and three steps
        QCOMPARE(plan->nodes[2].indexName, QStringLiteral("c_x"));
        QCOMPARE(plan->nodes[3].parent, 2);
    }

    void refusesABrokenDrawing()
    {
        auto plan = SqlitePlanParser::parse(QStringLiteral("QUERY PLAN\n|  |  `--SCAN t\n"), QStringLiteral("x.txt"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().place.line, 2);
    }

    void keepsARowWithAnUnknownParent()
    {
        auto plan = SqlitePlanParser::fromRows({{7, 99, QStringLiteral("SCAN t")}});
        QVERIFY(plan.ok());
        QCOMPARE(plan->nodes[1].parent, 0);
        QCOMPARE(plan->notes.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSqliteParser)
#include "TestSqliteParser.moc"
