// Reverse engineering of real databases: the hand-written rich schema of each dialect is loaded
// (PostgreSQL: into a server this test starts; SQLite: into a file), read back, and the model
// compared with the expected .strata file on disk. Objects the model cannot hold are reported.
#include "CaseFiles.h"
#include "LiveDatabases.h"
#include "PgServer.h"

#include <modeler/DdlWriter.h>
#include <modeler/ModelFile.h>
#include <modeler/SqlImporter.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::PgServer;

namespace {

const QString dataDir = QStringLiteral(STRATA_TEST_DATA_DIR);

bool hasDiagnostic(const Diagnostics &diagnostics, const QString &path, const QString &text)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [&](const Diagnostic &d) { return d.place.path == path && d.message.contains(text); });
}

} // namespace

class TestReverse : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;

private slots:
    void initTestCase()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(server.value());
    }

    void postgresRichSchema()
    {
        QVERIFY(m_server->createDatabase(QStringLiteral("rich")).ok());
        const QString script = test::readText(dataDir + QStringLiteral("/ddl-roundtrip/postgres-rich.sql")) +
                               QStringLiteral("\nCREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;\n"
                                              "CREATE TRIGGER customer_touch BEFORE UPDATE ON shop.customer FOR EACH ROW EXECUTE FUNCTION shop.touch();\n");
        auto loaded = m_server->psql(script, QStringLiteral("rich"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        auto read = test::reverse(m_server->conninfo(QStringLiteral("rich")), QStringLiteral("postgres-rich"));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        STRATA_COMPARE_FILE(QString::fromUtf8(modeler::ModelFile::toJson(read->model)), dataDir + QStringLiteral("/reverse/postgres-rich.strata"));
        QVERIFY(hasDiagnostic(read->diagnostics, QStringLiteral("shop.touch()"), QStringLiteral("function left out")));
        QVERIFY(hasDiagnostic(read->diagnostics, QStringLiteral("shop.customer_touch on customer"), QStringLiteral("trigger left out")));

        // What the model holds is the database: its DDL gives the same pg_dump.
        QVERIFY(m_server->createDatabase(QStringLiteral("again")).ok());
        auto dropped = m_server->psql(QStringLiteral("DROP TRIGGER customer_touch ON shop.customer; DROP FUNCTION shop.touch();"), QStringLiteral("rich"));
        QVERIFY(dropped.ok());
        auto reloaded = m_server->psql(modeler::DdlWriter::write(read->model, modeler::Dialect::Postgres).sql, QStringLiteral("again"));
        QVERIFY2(reloaded.ok(), reloaded.ok() ? "" : qPrintable(reloaded.error().toString()));
        auto first = m_server->pgDump(QStringLiteral("rich"), {QStringLiteral("--schema-only"), QStringLiteral("--no-owner")});
        auto second = m_server->pgDump(QStringLiteral("again"), {QStringLiteral("--schema-only"), QStringLiteral("--no-owner")});
        QVERIFY(first.ok() && second.ok());
        static const QRegularExpression restrict(QStringLiteral("^\\\\(un)?restrict .*\\n"), QRegularExpression::MultilineOption);
        STRATA_COMPARE_TEXT(QString(*second).remove(restrict), QString(*first).remove(restrict));

        // Reading the live database and importing its pg_dump give the same model.
        auto imported = modeler::SqlImporter::import(first->toUtf8(), modeler::Dialect::Postgres, QStringLiteral("rich.sql"));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
        const QString difference = test::modelDifference(read->model, imported->model);
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("reverse and import of pg_dump differ:\n") + difference));
    }

    void postgresSchemaFilter()
    {
        QVERIFY(m_server->createDatabase(QStringLiteral("filtered")).ok());
        QVERIFY(m_server->psql(QStringLiteral("CREATE SCHEMA a; CREATE SCHEMA b; CREATE TABLE a.t (id int PRIMARY KEY);"
                                              "CREATE TABLE b.u (t_id int REFERENCES a.t);"), QStringLiteral("filtered")).ok());
        auto spec = connectors::ConnectionSpec::parse(m_server->conninfo(QStringLiteral("filtered")));
        auto session = connectors::Session::open(*spec);
        QVERIFY(session.ok());
        modeler::live::ReverseOptions options;
        options.schemas = {QStringLiteral("b")};
        auto read = modeler::live::LiveModelReader::read(**session, options);
        QVERIFY(read.ok());
        QCOMPARE(read->model.tables.size(), 1);
        QCOMPARE(read->model.tables[0].id, QStringLiteral("b.u"));
        QVERIFY(read->model.tables[0].foreignKeys.isEmpty());
        QVERIFY(hasDiagnostic(read->diagnostics, QStringLiteral("b.u.u_t_id_fkey"), QStringLiteral("references a.t")));
    }

    void sqliteRichSchema()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rich.db"));
        const QString script = test::readText(dataDir + QStringLiteral("/ddl-roundtrip/sqlite-rich.sql")) +
                               QStringLiteral("\nCREATE TRIGGER order_touch AFTER UPDATE ON \"order\" BEGIN SELECT 1; END;\n");
        auto loaded = test::runScript(QStringLiteral("sqlite:") + file, script);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        auto read = test::reverse(file, QStringLiteral("sqlite-rich"));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        STRATA_COMPARE_FILE(QString::fromUtf8(modeler::ModelFile::toJson(read->model)), dataDir + QStringLiteral("/reverse/sqlite-rich.strata"));
        QVERIFY(hasDiagnostic(read->diagnostics, QStringLiteral("order.order_touch"), QStringLiteral("trigger left out")));

        // Reading the file and importing its schema as the sqlite3 shell prints it give the same model.
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {file, QStringLiteral(".schema")});
        QVERIFY(shell.waitForFinished(30000) && shell.exitCode() == 0);
        auto imported = modeler::SqlImporter::import(shell.readAllStandardOutput(), modeler::Dialect::Sqlite, QStringLiteral("rich.sql"));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
        const QString difference = test::modelDifference(read->model, imported->model);
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("reverse and import of .schema differ:\n") + difference));
    }
};

QTEST_GUILESS_MAIN(TestReverse)
#include "TestReverse.moc"
