// What the SQL editor reads from a real PostgreSQL: which statements write (the parse tree decides;
// cases on disk) and the catalog for completion (schemas, tables with columns, functions, what the
// search_path makes visible). SQLite's catalog is read from a real file alongside.
#include "CaseFiles.h"
#include "PgServer.h"
#include "SessionTestKit.h"

#include <connectors/CatalogReader.h>
#include <QTemporaryDir>

using namespace strata;
using namespace strata::connectors;
using strata::test::PgServer;

class TestPgCatalog : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(*server);
        auto session = Session::open({Dialect::Postgres, m_server->conninfo(), false});
        STRATA_VERIFY_OK(session);
        m_session = std::move(*session);
    }

    void postgresSaysWhichStatementsWrite()
    {
        const QString dir = QStringLiteral(STRATA_TEST_DATA_DIR "/write-check/");
        STRATA_COMPARE_FILE(
            test::writeCheckReport(*m_session, test::readText(dir + QStringLiteral("postgres.sql"))),
            dir + QStringLiteral("postgres.expected"));
    }

    void readsThePostgresCatalog()
    {
        STRATA_VERIFY_OK(
            m_session->query(QStringLiteral("CREATE SCHEMA sales; CREATE TABLE sales.\"Orders\" (id int "
                                            "PRIMARY KEY, \"Total\" numeric(10,2), note text);"
                                            "ALTER TABLE sales.\"Orders\" DROP COLUMN note;"
                                            "CREATE UNIQUE INDEX orders_total ON sales.\"Orders\" (\"Total\");"
                                            "CREATE VIEW public.recent AS SELECT 1 AS n; CREATE FUNCTION "
                                            "sales.refresh() RETURNS int LANGUAGE sql AS 'SELECT 1'")));
        auto catalog = CatalogReader::read(*m_session);
        STRATA_VERIFY_OK(catalog);
        QCOMPARE(catalog->dialect, Dialect::Postgres);
        QVERIFY(catalog->schemas.contains(QStringLiteral("sales")));
        QVERIFY(!catalog->schemas.contains(QStringLiteral("pg_toast")));
        const CatalogTable *orders =
            catalog->findTable(QStringLiteral("sales"), QStringLiteral("Orders"), true);
        QVERIFY(orders);
        QCOMPARE(orders->kind, QStringLiteral("table"));
        QVERIFY(!orders->visible); // not on the search_path
        QCOMPARE(orders->columns,
                 (QList<CatalogColumn>{{QStringLiteral("id"), QStringLiteral("integer")},
                                       {QStringLiteral("Total"), QStringLiteral("numeric(10,2)")}}));
        QCOMPARE(orders->indexes.size(), 2);
        QCOMPARE(orders->indexes[0].name, QStringLiteral("Orders_pkey"));
        QVERIFY(orders->indexes[0].primary && orders->indexes[0].unique);
        QCOMPARE(orders->indexes[1].definition,
                 QStringLiteral("CREATE UNIQUE INDEX orders_total ON sales.\"Orders\" USING btree (\"Total\")"));
        QVERIFY(orders->indexes[1].unique && !orders->indexes[1].primary);
        QVERIFY(
            !catalog->findTable(QStringLiteral("sales"), QStringLiteral("orders"), true)); // quoted: exact
        const CatalogTable *recent = catalog->findTable({}, QStringLiteral("RECENT"));
        QVERIFY(recent && recent->kind == u"view" && recent->visible);
        QVERIFY(catalog->findTable({}, QStringLiteral("pg_stat_activity"))); // the catalogs' views are there
        auto refresh = std::find_if(catalog->functions.begin(), catalog->functions.end(),
                                    [](const CatalogFunction &f) { return f.name == u"refresh"; });
        QVERIFY(refresh != catalog->functions.end() && refresh->schema == u"sales" && !refresh->visible);
    }

    void readsTheSqliteCatalog()
    {
        QTemporaryDir dir;
        auto session = Session::open({Dialect::Sqlite, dir.filePath(QStringLiteral("c.db")), true});
        STRATA_VERIFY_OK(session);
        STRATA_VERIFY_OK(
            (*session)->query(QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT "
                                             "NULL UNIQUE); CREATE INDEX item_name ON item (name DESC);"
                                             "CREATE VIEW cheap AS SELECT id FROM item;"
                                             "CREATE TEMP TABLE scratch (x)")));
        auto catalog = CatalogReader::read(**session);
        STRATA_VERIFY_OK(catalog);
        QCOMPARE(catalog->schemas, (QStringList{QStringLiteral("main"), QStringLiteral("temp")}));
        const CatalogTable *item = catalog->findTable({}, QStringLiteral("ITEM"));
        QVERIFY(item);
        QCOMPARE(item->columns, (QList<CatalogColumn>{{QStringLiteral("id"), QStringLiteral("INTEGER")},
                                                      {QStringLiteral("name"), QStringLiteral("TEXT")}}));
        QCOMPARE(item->indexes,
                 (QList<CatalogIndex>{{QStringLiteral("item_name"), QStringLiteral("CREATE INDEX item_name ON item (name DESC)"), false, false},
                                      {QStringLiteral("sqlite_autoindex_item_1"), QStringLiteral("(name)"), true, false}}));
        QCOMPARE(catalog->findTable({}, QStringLiteral("cheap"))->kind, QStringLiteral("view"));
        QVERIFY(catalog->findTable(QStringLiteral("temp"), QStringLiteral("scratch")));
        QVERIFY(std::any_of(catalog->functions.begin(), catalog->functions.end(),
                            [](const CatalogFunction &f) { return f.name == u"substr"; }));
    }
};

QTEST_GUILESS_MAIN(TestPgCatalog)
#include "TestPgCatalog.moc"
