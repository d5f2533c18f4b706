// Passwords, the way a user meets them: the server asks, libpq looks in ~/.pgpass and service files,
// the keychain is tried, then the user is asked; a typed password that works goes to the keychain.
// This machine, like CI, has no keychain service: that path is tested as it is, and a store kept in
// memory stands in for a working keychain.
#include "PgServer.h"
#include "SessionTestKit.h"

#include <connectors/Connector.h>
#include <connectors/ErrorCodes.h>

#include <QTemporaryDir>

using namespace strata;
using namespace strata::connectors;
using strata::test::MemoryStore;
using strata::test::PgServer;

namespace {

// A user at the prompt: types the answers in order, then gives up.
struct ScriptedUser
{
    QStringList answers;
    QList<PasswordRequest> asked;
    Connector::Prompt prompt()
    {
        return [this](const PasswordRequest &request) -> std::optional<QString> {
            asked << request;
            if (answers.isEmpty())
                return std::nullopt;
            return answers.takeFirst();
        };
    }
};

bool writeFile(const QString &path, const QByteArray &text, QFile::Permissions permissions)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() && f.setPermissions(permissions);
}

} // namespace

class TestConnector : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PgServer> m_server;
    QString m_alice; // alice over TCP, where the server wants a password
    QString m_identity;

private slots:
    void initTestCase()
    {
        // As on CI: no session bus, so no Secret Service and no KWallet.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                        QFile::ReadOther | QFile::ExeOther));
        const QString hba = m_dir.filePath(QStringLiteral("pg_hba.conf"));
        QVERIFY(writeFile(hba, "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        auto server = PgServer::start({QStringLiteral("hba_file = '%1'").arg(hba)});
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(*server);
        QVERIFY(m_server->psql(QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'wonderland';")).ok());
        m_alice = QStringLiteral("postgresql://alice@127.0.0.1:%1/postgres").arg(m_server->port());
        m_identity = QStringLiteral("alice@127.0.0.1:%1/postgres").arg(m_server->port());
    }

    void withoutAPasswordTheServerSaysItWantsOne()
    {
        auto session = Session::open(*ConnectionSpec::parse(m_alice));
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, QLatin1String(passwordRequiredCode));
        QCOMPARE(session.error().place.source, m_identity);
        auto wrong = Session::open(*ConnectionSpec::parse(m_alice), QStringLiteral("nope"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QLatin1String(passwordRejectedCode));
        QVERIFY2(wrong.error().detail.contains(QLatin1String("password authentication failed")), qPrintable(wrong.error().detail));
    }

    void aMissingKeychainMeansAPromptAndAWarningNotACrash()
    {
        PasswordStore keychain;
        auto read = keychain.read(PasswordStore::keyFor(m_identity));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QLatin1String(keychainUnavailableCode));
        QVERIFY(!keychain.write(QStringLiteral("strata-test"), QStringLiteral("x")).ok());

        ScriptedUser user{{QStringLiteral("wonderland")}, {}};
        Connector connector(&keychain, user.prompt());
        auto session = connector.open(*ConnectionSpec::parse(m_alice));
        STRATA_VERIFY_OK(session);
        QCOMPARE((*session)->query(QStringLiteral("SELECT current_user"))->rows[0][0].toString(), QStringLiteral("alice"));
        QCOMPARE(user.asked.size(), 1);
        QCOMPARE(user.asked[0].identity, m_identity);
        QVERIFY(user.asked[0].reason.isEmpty());
        QCOMPARE(connector.diagnostics().size(), 1);
        QCOMPARE(connector.diagnostics()[0].severity, Severity::Warning);
        QCOMPARE(connector.diagnostics()[0].code, QLatin1String(keychainUnavailableCode));
        QVERIFY(connector.diagnostics()[0].message.startsWith(QLatin1String("the password was not saved")));
    }

    void aRejectedPasswordIsAskedAgainWithTheServersAnswer()
    {
        ScriptedUser user{{QStringLiteral("wrong"), QStringLiteral("wonderland")}, {}};
        Connector connector(nullptr, user.prompt());
        STRATA_VERIFY_OK(connector.open(*ConnectionSpec::parse(m_alice)));
        QCOMPARE(user.asked.size(), 2);
        QVERIFY2(user.asked[1].reason.contains(QLatin1String("password authentication failed")), qPrintable(user.asked[1].reason));
    }

    void aUserWhoGivesUpGetsTheError()
    {
        ScriptedUser user{{QStringLiteral("wrong")}, {}};
        Connector connector(nullptr, user.prompt());
        auto session = connector.open(*ConnectionSpec::parse(m_alice));
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, QLatin1String(passwordRejectedCode));
        Connector noPrompt(nullptr, {});
        QCOMPARE(noPrompt.open(*ConnectionSpec::parse(m_alice)).error().code, QLatin1String(passwordRequiredCode));
    }

    void aWorkingKeychainIsReadAndGetsWhatWasTyped()
    {
        MemoryStore keychain;
        ScriptedUser user{{QStringLiteral("wonderland")}, {}};
        Connector first(&keychain, user.prompt());
        STRATA_VERIFY_OK(first.open(*ConnectionSpec::parse(m_alice)));
        QCOMPARE(keychain.saved.value(PasswordStore::keyFor(m_identity)), QStringLiteral("wonderland"));
        QVERIFY(first.diagnostics().isEmpty());

        ScriptedUser nobody;
        Connector second(&keychain, nobody.prompt());
        STRATA_VERIFY_OK(second.open(*ConnectionSpec::parse(m_alice)));
        QVERIFY(nobody.asked.isEmpty());

        // A saved password that stopped working: asked again, with the reason.
        keychain.saved[PasswordStore::keyFor(m_identity)] = QStringLiteral("stale");
        ScriptedUser again{{QStringLiteral("wonderland")}, {}};
        Connector third(&keychain, again.prompt());
        STRATA_VERIFY_OK(third.open(*ConnectionSpec::parse(m_alice)));
        QCOMPARE(again.asked.size(), 1);
        QVERIFY(again.asked[0].reason.startsWith(QLatin1String("the saved password was rejected")));
        QCOMPARE(keychain.saved.value(PasswordStore::keyFor(m_identity)), QStringLiteral("wonderland"));
    }

    void libpqReadsPgpassAndServiceFiles()
    {
        const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QVERIFY(writeFile(pgpass, QStringLiteral("127.0.0.1:%1:*:alice:wonderland\n").arg(m_server->port()).toUtf8(),
                          QFile::ReadOwner | QFile::WriteOwner));
        auto withPgpass = Session::open(*ConnectionSpec::parse(m_alice + QStringLiteral("?passfile=") + pgpass));
        STRATA_VERIFY_OK(withPgpass);

        const QString services = m_dir.filePath(QStringLiteral("pg_service.conf"));
        QVERIFY(writeFile(services,
                          QStringLiteral("[wonder]\nhost=127.0.0.1\nport=%1\nuser=alice\ndbname=postgres\npassfile=%2\n")
                              .arg(m_server->port())
                              .arg(pgpass)
                              .toUtf8(),
                          QFile::ReadOwner | QFile::WriteOwner));
        qputenv("PGSERVICEFILE", services.toUtf8());
        auto spec = ConnectionSpec::parse(QStringLiteral("service=wonder"));
        QVERIFY(spec.ok());
        auto withService = Session::open(*spec);
        qunsetenv("PGSERVICEFILE");
        STRATA_VERIFY_OK(withService);
        QCOMPARE((*withService)->query(QStringLiteral("SELECT current_user"))->rows[0][0].toString(), QStringLiteral("alice"));
    }
};

QTEST_GUILESS_MAIN(TestConnector)
#include "TestConnector.moc"
