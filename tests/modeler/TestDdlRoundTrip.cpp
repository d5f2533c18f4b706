// Round trips through real databases. PostgreSQL: a schema is loaded into a fresh database, dumped
// with pg_dump --schema-only, the dump imported, the model exported and loaded into another fresh
// database, dumped again: the two dumps are equal. SQLite: a schema is loaded into a file, read back
// with the sqlite3 shell's .schema, imported, exported and loaded into another file: the two have
// the same catalog (sqlite_schema and the table, index and foreign-key pragmas). The schemas: a
// hand-written one per dialect, the rich model, and random models (their seeds are in the row names).
#include "CaseFiles.h"
#include "PgServer.h"
#include "RandomModel.h"
#include "RichModel.h"

#include <modeler/DdlWriter.h>
#include <modeler/PostgresScriptImporter.h>
#include <modeler/SqliteScriptImporter.h>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace strata::modeler;
using strata::test::PgServer;

namespace {

const int randomRows = 5;

// A first script per row: the hand-written schema, the rich model's, random models'.
void addRows(Dialect dialect, const QString &handWritten)
{
    QTest::addColumn<QString>("script");
    QTest::newRow("hand-written") << strata::test::readText(QStringLiteral(STRATA_TEST_DATA_DIR "/ddl-roundtrip/") + handWritten);
    QTest::newRow("rich model") << DdlWriter::write(strata::test::richModel(), dialect).sql;
    const quint32 first = strata::test::firstSeed();
    for (int i = 0; i < randomRows; ++i) {
        const quint32 seed = first + quint32(i);
        QTest::newRow(qPrintable(QStringLiteral("random seed %1").arg(seed)))
            << DdlWriter::write(strata::test::randomModel(seed, dialect), dialect).sql;
    }
}

QString withoutRestrictKeys(QString dump)
{
    // pg_dump 15.14 and later fence the script with a random key.
    static const QRegularExpression restrict(QStringLiteral("^\\\\(un)?restrict .*\\n"), QRegularExpression::MultilineOption);
    return dump.remove(restrict);
}

// The catalog of a SQLite database as text: what SQLite itself knows of each object.
class SqliteCatalog
{
public:
    explicit SqliteCatalog(sqlite3 *db) : m_db(db) {}

    QString text()
    {
        QString out;
        for (const QStringList &object : rows("SELECT type, name, tbl_name FROM sqlite_schema "
                                              "WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name", {})) {
            out += object.join(u' ') + u'\n';
            const QString name = object[1];
            if (object[0] == u"table" || object[0] == u"view")
                add(out, "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1)", name, false);
            if (object[0] == u"table") {
                add(out, "SELECT \"unique\", origin, partial, (SELECT group_concat(coalesce(x.name, '<expr>') || ' ' || x.\"desc\" || ' ' || "
                         "x.coll, ', ') FROM pragma_index_xinfo(l.name) x WHERE x.key) FROM pragma_index_list(?1) l", name, true);
                add(out, "SELECT \"table\", \"from\", \"to\", on_update, on_delete, \"match\", seq FROM pragma_foreign_key_list(?1)", name, true);
            }
            if (object[0] == u"index")
                add(out, "SELECT seqno, coalesce(name, '<expr>'), \"desc\", coll, key FROM pragma_index_xinfo(?1)", name, false);
        }
        return out;
    }

private:
    void add(QString &out, const char *sql, const QString &name, bool sorted)
    {
        QStringList lines;
        for (const QStringList &row : rows(sql, name))
            lines << QStringLiteral("  ") + row.join(QStringLiteral(" | "));
        if (sorted)
            lines.sort(); // the order SQLite numbers constraints in is the order they were written in
        out += lines.join(u'\n') + u'\n';
    }

    QList<QStringList> rows(const char *sql, const QString &parameter)
    {
        QList<QStringList> out;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return {{QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(m_db))}};
        const QByteArray value = parameter.toUtf8();
        if (!parameter.isNull())
            sqlite3_bind_text(statement, 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
                row << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
            }
            out << row;
        }
        sqlite3_finalize(statement);
        return out;
    }

    sqlite3 *m_db;
};

// Runs a script on a new SQLite file; empty, or SQLite's error.
QString loadSqlite(const QString &path, const QString &script, QString *catalog)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    char *message = nullptr;
    QString error;
    if (sqlite3_exec(db, script.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
        error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    *catalog = SqliteCatalog(db).text();
    sqlite3_close(db);
    return error;
}

} // namespace

class TestDdlRoundTrip : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;
    int m_databases = 0;

private slots:
    void initTestCase()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(server.value());
    }

    void postgresDumpsAreEqual_data() { addRows(Dialect::Postgres, QStringLiteral("postgres-rich.sql")); }

    void postgresDumpsAreEqual()
    {
        QFETCH(QString, script);
        const QString first = QStringLiteral("first_%1").arg(m_databases), second = QStringLiteral("second_%1").arg(m_databases++);
        QVERIFY(m_server->createDatabase(first).ok() && m_server->createDatabase(second).ok());
        auto loaded = m_server->psql(script, first);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        auto dump = m_server->pgDump(first, {QStringLiteral("--schema-only")});
        QVERIFY2(dump.ok(), dump.ok() ? "" : qPrintable(dump.error().toString()));

        auto imported = PostgresScriptImporter::import(dump->toUtf8(), QStringLiteral("dump.sql"));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
        const DdlScript exported = DdlWriter::write(imported->model, Dialect::Postgres);
        QVERIFY(!strata::hasErrors(exported.diagnostics));
        auto reloaded = m_server->psql(exported.sql, second);
        QVERIFY2(reloaded.ok(), reloaded.ok() ? "" : qPrintable(reloaded.error().toString() + u'\n' + exported.sql));
        auto again = m_server->pgDump(second, {QStringLiteral("--schema-only")});
        QVERIFY(again.ok());
        STRATA_COMPARE_TEXT(withoutRestrictKeys(*again), withoutRestrictKeys(*dump));
    }

    void sqliteCatalogsAreEqual_data() { addRows(Dialect::Sqlite, QStringLiteral("sqlite-rich.sql")); }

    void sqliteCatalogsAreEqual()
    {
        QFETCH(QString, script);
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.db")), second = dir.filePath(QStringLiteral("second.db"));
        QString firstCatalog, secondCatalog;
        const QString loaded = loadSqlite(first, script, &firstCatalog);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));

        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {first, QStringLiteral(".schema --nosys")});
        QVERIFY(shell.waitForFinished(60000) && shell.exitCode() == 0);
        const QByteArray schema = shell.readAllStandardOutput();
        auto imported = SqliteScriptImporter::import(schema, QStringLiteral(".schema"));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
        const DdlScript exported = DdlWriter::write(imported->model, Dialect::Sqlite);
        QVERIFY(!strata::hasErrors(exported.diagnostics));
        const QString reloaded = loadSqlite(second, exported.sql, &secondCatalog);
        QVERIFY2(reloaded.isEmpty(), qPrintable(reloaded + u'\n' + exported.sql));
        STRATA_COMPARE_TEXT(secondCatalog, firstCatalog);
    }
};

QTEST_GUILESS_MAIN(TestDdlRoundTrip)
#include "TestDdlRoundTrip.moc"
