// Migrations between model pairs on disk (tests/data/diff/CASE/from.strata and to.strata): the script
// for each dialect equals CASE/postgres.sql or CASE/sqlite.sql, and it works: FROM's DDL, then the
// migration, gives a database whose reverse-engineered model equals that of a fresh database made
// from TO's DDL (compared without ids, order or diagrams; a failure prints the difference).
#include "CaseFiles.h"
#include "LiveDatabases.h"
#include "PgServer.h"

#include <modeler/DdlWriter.h>
#include <modeler/MigrationWriter.h>
#include <modeler/ModelFile.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::modeler;
using strata::test::PgServer;

namespace {

const QString casesDir = QStringLiteral(STRATA_TEST_DATA_DIR "/diff");

QString withDiagnostics(const Migration &m)
{
    QString out = m.sql;
    for (const Diagnostic &d : m.diagnostics)
        out += QStringLiteral("-- %1\n").arg(d.toString());
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;

    // Builds `database` afresh from a script (one database per side, reused by every case).
    QString freshPostgres(const QString &database, const QString &script)
    {
        auto dropped = m_server->psql(QStringLiteral("DROP DATABASE IF EXISTS %1;").arg(database));
        if (!dropped || !m_server->createDatabase(database))
            return QStringLiteral("cannot make database %1").arg(database);
        auto ran = test::runScript(m_server->conninfo(database), script);
        return ran ? QString() : ran.error().toString();
    }

    // Every case; or those with an expectation in `file`.
    void addCases(const QString &file = {})
    {
        QTest::addColumn<QString>("dir");
        for (const QString &name : QDir(casesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (file.isEmpty() || QFile::exists(casesDir + u'/' + name + u'/' + file))
                QTest::newRow(qPrintable(name)) << casesDir + u'/' + name;
        }
    }

    void check(Dialect dialect, const QString &dir, const MigrationWriter::Options &options, const QString &expectedFile)
    {
        auto from = ModelFile::load(dir + QStringLiteral("/from.strata"));
        auto to = ModelFile::load(dir + QStringLiteral("/to.strata"));
        QVERIFY2(from.ok() && to.ok(), "cannot load the case's models");
        const Migration migration = MigrationWriter::write(*from, *to, dialect, options);
        STRATA_COMPARE_FILE(withDiagnostics(migration), dir + u'/' + expectedFile);

        const QString fromDdl = DdlWriter::write(*from, dialect).sql, toDdl = DdlWriter::write(*to, dialect).sql;
        QString migrated, expected;
        QTemporaryDir files;
        if (dialect == Dialect::Postgres) {
            const QString problem = freshPostgres(QStringLiteral("migrated"), fromDdl);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(freshPostgres(QStringLiteral("expected"), toDdl).isEmpty(), "TO's DDL does not run");
            migrated = m_server->conninfo(QStringLiteral("migrated"));
            expected = m_server->conninfo(QStringLiteral("expected"));
        } else {
            migrated = files.filePath(QStringLiteral("migrated.db"));
            expected = files.filePath(QStringLiteral("expected.db"));
            QVERIFY(test::runScript(QStringLiteral("sqlite:") + migrated, fromDdl).ok());
            QVERIFY(test::runScript(QStringLiteral("sqlite:") + expected, toDdl).ok());
        }
        auto applied = test::runScript(migrated, migration.sql);
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().toString() + u'\n' + migration.sql));
        auto actualModel = test::reverse(migrated), expectedModel = test::reverse(expected);
        QVERIFY(actualModel.ok() && expectedModel.ok());
        const QString difference = test::modelDifference(expectedModel->model, actualModel->model);
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("the migrated database differs from TO's:\n") + difference));
        // Migrating again from what the database now is has nothing left to do.
        const Migration again = MigrationWriter::write(actualModel->model, expectedModel->model, dialect, options);
        QVERIFY2(again.isEmpty(), qPrintable(again.sql));
    }

private slots:
    void initTestCase()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(server.value());
    }

    void postgres_data() { addCases(); }
    void postgres()
    {
        QFETCH(QString, dir);
        check(Dialect::Postgres, dir, {}, QStringLiteral("postgres.sql"));
    }

    void postgresConcurrently_data() { addCases(QStringLiteral("postgres-concurrently.sql")); }
    void postgresConcurrently()
    {
        QFETCH(QString, dir);
        check(Dialect::Postgres, dir, MigrationWriter::Options{true}, QStringLiteral("postgres-concurrently.sql"));
    }

    void sqlite_data() { addCases(); }
    void sqlite()
    {
        QFETCH(QString, dir);
        check(Dialect::Sqlite, dir, {}, QStringLiteral("sqlite.sql"));
    }

    // A model in PostgreSQL's terms and the SQLite database made from it (the IDE's model engine,
    // synth's target) are the same database: comparing them has nothing to do.
    void sqliteEngineOfAModelMatchesIt_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("sample") << QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.strata");
        QTest::newRow("views") << QStringLiteral(STRATA_TEST_DATA_DIR "/ddl/views.strata");
    }
    void sqliteEngineOfAModelMatchesIt()
    {
        QFETCH(QString, model);
        auto loaded = ModelFile::load(model);
        QVERIFY2(loaded.ok(), "cannot load the model");
        QTemporaryDir files;
        const QString engine = files.filePath(QStringLiteral("engine.db"));
        const auto made = test::runScript(QStringLiteral("sqlite:") + engine, DdlWriter::write(*loaded, Dialect::Sqlite).sql);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().toString()));
        auto reversed = test::reverse(engine);
        QVERIFY2(reversed.ok(), reversed.ok() ? "" : qPrintable(reversed.error().toString()));
        const Migration migration = MigrationWriter::write(reversed->model, *loaded, Dialect::Sqlite);
        QVERIFY2(migration.isEmpty(), qPrintable(migration.sql));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
