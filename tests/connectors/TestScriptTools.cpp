// What editors get from connectors without a server: statements split as the database splits them
// and the one under a cursor, keywords from the dialects' code, SQLite's write check (cases on disk),
// saved connections as libpq strings, and the connections list kept without a password in it.
#include "CaseFiles.h"
#include "SessionTestKit.h"

#include <connectors/ConnectionStore.h>
#include <connectors/ScriptSplitter.h>
#include <connectors/SqlKeywords.h>
#include <connectors/SqlQuoting.h>
#include <QTemporaryDir>

using namespace strata;
using namespace strata::connectors;
using strata::test::MemoryStore;

namespace {

QString statementTexts(Dialect dialect, const QString &script)
{
    QStringList texts;
    for (const StatementSpan &s : splitScript(dialect, script))
        texts << script.mid(s.offset, s.length);
    return texts.join(u'|');
}

} // namespace

class TestScriptTools : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void splitsAsTheDatabaseDoes()
    {
        const QString pg =
            QStringLiteral("SELECT ';' AS a; -- x;\nSELECT $$;$$;\n\nCREATE FUNCTION f() RETURNS int "
                           "BEGIN ATOMIC SELECT 1; END;");
        QCOMPARE(statementTexts(Dialect::Postgres, pg),
                 QStringLiteral("SELECT ';' AS a|-- x;\nSELECT $$;$$|CREATE FUNCTION f() RETURNS int BEGIN "
                                "ATOMIC SELECT 1; END"));
        const QString sqlite =
            QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END; SELECT 2");
        QCOMPARE(statementTexts(Dialect::Sqlite, sqlite),
                 QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END|SELECT 2"));
    }

    void findsTheStatementUnderTheCursor()
    {
        const QString script = QStringLiteral("select 1;\n  select 2;\n\n\nselect 3");
        const auto statements = splitScript(Dialect::Postgres, script);
        QCOMPARE(statements.size(), 3);
        QCOMPARE(statementAt(statements, 0, script), 0);
        QCOMPARE(statementAt(statements, 9, script), 0);  // just after the semicolon
        QCOMPARE(statementAt(statements, 10, script), 1); // in the indentation before "select 2"
        QCOMPARE(statementAt(statements, 22, script), 1); // on an empty line after it
        QCOMPARE(statementAt(statements, script.size(), script), 2);
        QCOMPARE(statementAt({}, 0, QString()), -1);
        const QString leading = QStringLiteral("\n\nselect 1");
        QCOMPARE(statementAt(splitScript(Dialect::Sqlite, leading), 0, leading), 0);
    }

    void keywordsComeFromTheDialects()
    {
        const QStringList &pg = sqlKeywords(Dialect::Postgres);
        const QStringList &sqlite = sqlKeywords(Dialect::Sqlite);
        for (const char *word : {"select", "returning", "lateral", "materialized", "ilike"})
            QVERIFY2(pg.contains(QLatin1String(word)), word);
        for (const char *word : {"select", "autoincrement", "pragma", "glob"})
            QVERIFY2(sqlite.contains(QLatin1String(word)), word);
        QVERIFY(!pg.contains(QStringLiteral("pragma")));
        QVERIFY(!pg.contains(QStringLiteral("ident"))); // a token of the grammar, not a keyword
        QVERIFY(pg.size() > 400 && sqlite.size() > 100);
    }

    void quotesNamesAndLiterals()
    {
        QCOMPARE(quoteIdentifier(u"Order \"Lines\""), QStringLiteral("\"Order \"\"Lines\"\"\""));
        QCOMPARE(quoteQualified(u"shop", u"orders"), QStringLiteral("\"shop\".\"orders\""));
        QCOMPARE(quoteLiteral(u"it's"), QStringLiteral("'it''s'"));
    }

    void sqliteSaysWhichStatementsWrite()
    {
        auto session = Session::open({Dialect::Sqlite, m_dir.filePath(QStringLiteral("w.db")), true});
        STRATA_VERIFY_OK(session);
        STRATA_VERIFY_OK((*session)->query(
            QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL, note TEXT)")));
        const QString dir = QStringLiteral(STRATA_TEST_DATA_DIR "/write-check/");
        STRATA_COMPARE_FILE(
            test::writeCheckReport(**session, test::readText(dir + QStringLiteral("sqlite.sql"))),
            dir + QStringLiteral("sqlite.expected"));
    }

    void savedConnectionsBecomeLibpqStrings()
    {
        SavedConnection c;
        c.form = ConnectionForm::Fields;
        c.host = QStringLiteral("db.example.com");
        c.port = 6432;
        c.database = QStringLiteral("my shop");
        c.user = QStringLiteral("o'brien");
        c.sslMode = QStringLiteral("verify-full");
        c.sslRootCert = QStringLiteral("/etc/ssl/root ca.pem");
        STRATA_VERIFY_OK(c.spec());
        QCOMPARE(c.spec()->target,
                 QStringLiteral("host=db.example.com port=6432 dbname='my shop' user='o\\'brien' "
                                "sslmode=verify-full sslrootcert='/etc/ssl/root ca.pem'"));
        QCOMPARE(c.spec()->displayName(), QStringLiteral("o'brien@db.example.com:6432/my shop"));

        c.form = ConnectionForm::Uri;
        c.text = QStringLiteral("postgresql://alice@db/shop?application_name=x");
        c.sslRootCert.clear();
        QCOMPARE(c.spec()->target,
                 QStringLiteral("postgresql://alice@db/shop?application_name=x&sslmode=verify-full"));

        c.form = ConnectionForm::Conninfo;
        c.text = QStringLiteral("host=db password=secret");
        QVERIFY(!c.spec());
        QCOMPARE(c.spec().error().code, QStringLiteral("connection.password"));
        c.form = ConnectionForm::Uri;
        c.text = QStringLiteral("postgresql://alice:secret@db/shop");
        QVERIFY(!c.spec());

        c.form = ConnectionForm::SqliteFile;
        c.path = QStringLiteral("/data/shop.db");
        QCOMPARE(c.spec()->dialect, Dialect::Sqlite);
        QCOMPARE(c.spec()->target, QStringLiteral("/data/shop.db"));
    }

    void connectionStoreKeepsPasswordsInTheKeychainOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("config/Strata/connections.ini"));
        MemoryStore keychain;
        SavedConnection shop;
        shop.name = QStringLiteral("shop (production)");
        shop.form = ConnectionForm::Fields;
        shop.host = QStringLiteral("db.example.com");
        shop.database = QStringLiteral("shop");
        shop.user = QStringLiteral("alice");
        shop.sslMode = QStringLiteral("require");
        shop.production = true;
        SavedConnection local;
        local.form = ConnectionForm::SqliteFile;
        local.path = m_dir.filePath(QStringLiteral("local.db"));
        {
            ConnectionStore store(path, &keychain);
            auto saved = store.save(shop, QStringLiteral("s3cret-pa55"));
            STRATA_VERIFY_OK(saved);
            shop = *saved;
            QVERIFY(!shop.id.isEmpty());
            auto savedLocal = store.save(local);
            STRATA_VERIFY_OK(savedLocal);
            local = *savedLocal;
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY2(!ini.contains("s3cret-pa55"), ini.constData());
        QVERIFY(!ini.contains("password"));
        QCOMPARE(keychain.saved.value(shop.passwordKey()), QStringLiteral("s3cret-pa55"));

        ConnectionStore reread(path, &keychain);
        QCOMPARE(reread.connections(), (QList<SavedConnection>{shop, local}));
        reread.setModelEngine(QStringLiteral("/tmp/model.db"), QStringLiteral("model engine"));
        QCOMPARE(reread.connections().first().id, ConnectionStore::modelEngineId);
        QVERIFY(!reread.save(*reread.find(ConnectionStore::modelEngineId)));

        STRATA_VERIFY_OK(reread.remove(shop.id));
        QVERIFY(!keychain.saved.contains(shop.passwordKey()));
        QCOMPARE(ConnectionStore(path, &keychain).connections(), QList<SavedConnection>{local});
    }

    void theModelEngineIsMadeWhenFirstOpened()
    {
        ConnectionStore store(m_dir.filePath(QStringLiteral("engine.ini")));
        const QString path = m_dir.filePath(QStringLiteral("model.sqlite"));
        int made = 0;
        store.setModelEngine(path, QStringLiteral("model"), [&made](const QString &file) -> Result<void> {
            ++made;
            auto session = Session::open({Dialect::Sqlite, file, true});
            if (!session)
                return session.error();
            return (*session)->query(QStringLiteral("CREATE TABLE made (n int)")).ok()
                       ? Result<void>::success()
                       : Result<void>(Error(QStringLiteral("not made")));
        });
        const SavedConnection engine = *store.find(ConnectionStore::modelEngineId);
        auto first = ConnectionStore::open(engine, nullptr, {}, nullptr, store.engineMaker());
        STRATA_VERIFY_OK(first);
        STRATA_VERIFY_OK((*first)->query(QStringLiteral("SELECT * FROM made")));
        first->reset();
        STRATA_VERIFY_OK(ConnectionStore::open(engine, nullptr, {}, nullptr, store.engineMaker()));
        QCOMPARE(made, 1); // the second time the file is there
        // A maker that fails leaves the connection unopened, with its reason.
        store.setModelEngine(m_dir.filePath(QStringLiteral("other.sqlite")), QStringLiteral("other"),
                             [](const QString &) { return Result<void>(Error(QStringLiteral("no schema"))); });
        auto failed = ConnectionStore::open(*store.find(ConnectionStore::modelEngineId), nullptr, {}, nullptr,
                                            store.engineMaker());
        QVERIFY(!failed);
        QCOMPARE(failed.error().message, QStringLiteral("no schema"));
    }

    void aPasswordInTheTextIsRefused()
    {
        ConnectionStore store(m_dir.filePath(QStringLiteral("refuse.ini")));
        SavedConnection c;
        c.form = ConnectionForm::Conninfo;
        c.text = QStringLiteral("host=db password=hunter2");
        QVERIFY(!store.save(c));
        QVERIFY(store.connections().isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refuse.ini"))));
    }
};

QTEST_GUILESS_MAIN(TestScriptTools)
#include "TestScriptTools.moc"
