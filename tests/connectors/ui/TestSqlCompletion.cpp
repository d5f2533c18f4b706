// Completion as a user meets it: columns after "alias." (aliases read from FROM, JOIN, UPDATE and
// INTO, with or without AS, quoted or not), tables after "schema.", and keywords, tables and the
// statement's columns elsewhere, each filtered by what is typed. The catalog stands for a database.
// Mutated statements (unclosed quotes, comments, dollar quotes) never break it.
#include "../SessionTestKit.h"

#include <connectors/ui/SqlCompletion.h>
#include <QRandomGenerator>
#include <QTest>

using namespace strata::connectors;
using namespace strata::connectors::ui;

namespace {

Catalog shop()
{
    Catalog c;
    c.schemas = {QStringLiteral("public"), QStringLiteral("sales")};
    c.tables = {
        {QStringLiteral("public"),
         QStringLiteral("customers"),
         QStringLiteral("table"),
         true,
         {{QStringLiteral("id"), {}}, {QStringLiteral("name"), {}}, {QStringLiteral("Email"), {}}},
         {}},
        {QStringLiteral("sales"),
         QStringLiteral("orders"),
         QStringLiteral("table"),
         false,
         {{QStringLiteral("id"), {}}, {QStringLiteral("customer_id"), {}}, {QStringLiteral("total"), {}}},
         {}},
        {QStringLiteral("sales"),
         QStringLiteral("Order Lines"),
         QStringLiteral("table"),
         false,
         {{QStringLiteral("order_id"), {}}, {QStringLiteral("qty"), {}}},
         {}},
    };
    c.functions = {{QStringLiteral("public"), QStringLiteral("now"), true},
                   {QStringLiteral("sales"), QStringLiteral("refresh"), false}};
    return c;
}

// The candidates where "|" stands in the text.
QStringList at(const QString &textWithCursor, Dialect dialect = Dialect::Postgres)
{
    QString text = textWithCursor;
    const qsizetype cursor = text.indexOf(u'|');
    text.remove(cursor, 1);
    return SqlCompletion(dialect, {shop()}).candidates(text, cursor);
}

} // namespace

class TestSqlCompletion : public QObject
{
    Q_OBJECT

private slots:
    void columnsAfterAnAlias()
    {
        const QStringList orders{QStringLiteral("customer_id"), QStringLiteral("id"),
                                 QStringLiteral("total")};
        QCOMPARE(at(QStringLiteral("SELECT o.| FROM sales.orders o")), orders);
        QCOMPARE(at(QStringLiteral("SELECT o.| FROM sales.orders AS o")), orders);
        QCOMPARE(at(QStringLiteral("SELECT o.to| FROM sales.orders o")),
                 QStringList{QStringLiteral("total")});
        QCOMPARE(at(QStringLiteral("SELECT * FROM sales.orders o JOIN customers AS c ON c.|")),
                 (QStringList{QStringLiteral("\"Email\""), QStringLiteral("id"), QStringLiteral("name")}));
        QCOMPARE(at(QStringLiteral("SELECT l.| FROM sales.\"Order Lines\" l, customers c")),
                 (QStringList{QStringLiteral("order_id"), QStringLiteral("qty")}));
        QCOMPARE(at(QStringLiteral("UPDATE customers cu SET name = 'x' WHERE cu.e|")),
                 QStringList{QStringLiteral("\"Email\"")});
        // The statement under the cursor decides, not the one before it.
        QCOMPARE(at(QStringLiteral("SELECT 1 FROM customers o;\nSELECT o.| FROM sales.orders o")), orders);
        // A table named without an alias is its own qualifier; SQLite's plain names need no quotes.
        QCOMPARE(at(QStringLiteral("SELECT customers.E| FROM customers"), Dialect::Sqlite),
                 QStringList{QStringLiteral("Email")});
    }

    void tablesAfterASchema()
    {
        QCOMPARE(at(QStringLiteral("SELECT * FROM sales.|")),
                 (QStringList{QStringLiteral("\"Order Lines\""), QStringLiteral("orders"),
                              QStringLiteral("refresh")}));
        QCOMPARE(at(QStringLiteral("SELECT * FROM sales.orders.|")).size(), 3); // schema.table. gives columns
    }

    void keywordsTablesAndColumnsElsewhere()
    {
        const QStringList sel = at(QStringLiteral("sel|"));
        QVERIFY(sel.contains(QStringLiteral("SELECT")));
        const QStringList from = at(QStringLiteral("SELECT * FROM cu|"));
        QVERIFY(from.contains(QStringLiteral("customers")));
        QVERIFY(from.contains(QStringLiteral("CURRENT_DATE"))); // a keyword that fits too
        QVERIFY(!at(QStringLiteral("SELECT * FROM or|"))
                     .contains(QStringLiteral("orders"))); // not on the search_path
        QVERIFY(at(QStringLiteral("SELECT cust| FROM sales.orders")).contains(QStringLiteral("customer_id")));
        QVERIFY(at(QStringLiteral("SELECT n|")).contains(QStringLiteral("now")));
    }

    void readsTableReferences()
    {
        const auto refs =
            SqlCompletion::tableReferences(u"WITH x AS (SELECT 1) SELECT * FROM sales.orders AS o LEFT JOIN "
                                           u"\"Cust\" c ON true, lines WHERE 1 = 1");
        QCOMPARE(refs, (QList<TableReference>{
                           {QStringLiteral("sales"), QStringLiteral("orders"), QStringLiteral("o"), false},
                           {{}, QStringLiteral("Cust"), QStringLiteral("c"), true},
                           {{}, QStringLiteral("lines"), {}, false}}));
        QCOMPARE(SqlCompletion::tableReferences(u"INSERT INTO t (a) VALUES (1)"),
                 (QList<TableReference>{{{}, QStringLiteral("t"), {}, false}}));
        QCOMPARE(SqlCompletion::tableReferences(u"SELECT * FROM -- a comment\n t /* x */ alias"),
                 (QList<TableReference>{{{}, QStringLiteral("t"), QStringLiteral("alias"), false}}));
    }

    void survivesMutatedStatements()
    {
        const QStringList bases = {
            QStringLiteral("SELECT o.id, c.name FROM sales.orders o JOIN customers AS c ON c.id = "
                           "o.customer_id WHERE o.total > 1"),
            QStringLiteral(
                "UPDATE customers SET name = 'x' WHERE id IN (SELECT customer_id FROM sales.orders)"),
            QStringLiteral("INSERT INTO \"Order Lines\" (order_id) SELECT id FROM sales.orders; SELECT "
                           "$$a;b$$, l.qty FROM lines l")};
        const QStringList pieces = {
            QStringLiteral("'"),      QStringLiteral("\""),  QStringLiteral("--"),   QStringLiteral("/*"),
            QStringLiteral("$$"),     QStringLiteral("$x$"), QStringLiteral("("),    QStringLiteral(")"),
            QStringLiteral("."),      QStringLiteral(","),   QStringLiteral(" AS "), QStringLiteral(" FROM "),
            QStringLiteral(" JOIN "), QStringLiteral(";"),   QStringLiteral("\n"),   QStringLiteral("é𝄞")};
        QRandomGenerator random(20240601);
        for (int i = 0; i < 3000; ++i) {
            const QString text = strata::test::mutateScript(bases[i % bases.size()], pieces, random);
            const qsizetype position = random.bounded(int(text.size()) + 1);
            const Dialect dialect = i % 2 ? Dialect::Sqlite : Dialect::Postgres;
            qsizetype start = position;
            while (start > 0 &&
                   (text[start - 1].isLetterOrNumber() || text[start - 1] == u'_' || text[start - 1] == u'$'))
                --start;
            const QString prefix = text.mid(start, position - start);
            for (const QString &word : SqlCompletion(dialect, {shop()}).candidates(text, position)) {
                const QString bare = word.startsWith(u'"') ? word.mid(1) : word;
                QVERIFY2(bare.startsWith(prefix, Qt::CaseInsensitive),
                         qPrintable(text + QStringLiteral(" | ") + word));
            }
            for (const TableReference &ref : SqlCompletion::tableReferences(text))
                QVERIFY2(!ref.name.isEmpty() && (ref.quoted || text.contains(ref.name)), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestSqlCompletion)
#include "TestSqlCompletion.moc"
