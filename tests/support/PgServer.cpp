#include "PgServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace strata::test {

namespace {

bool runningAsRoot() { return geteuid() == 0; }

// Asks the kernel for a port nobody is using on 127.0.0.1.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int port = 0;
    socklen_t len = sizeof(addr);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

} // namespace

QString PgServer::findBinDir()
{
    const QString fromEnv = qEnvironmentVariable("STRATA_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : found) {
        const QString dir = versions.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

Result<QString> PgServer::run(const QString &program, const QStringList &arguments, bool asServerUser,
                              const QByteArray &input) const
{
    QProcess process;
    QString exe = m_binDir + u'/' + program;
    QStringList args = arguments;
    if (asServerUser && runningAsRoot()) {
        args.prepend(exe);
        args.prepend(QStringLiteral("--"));
        args.prepend(QStringLiteral("postgres"));
        args.prepend(QStringLiteral("-u"));
        exe = QStringLiteral("runuser");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(exe, args);
    if (!process.waitForStarted(10000))
        return Error(QStringLiteral("cannot start %1: %2").arg(exe, process.errorString()));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        return Error(QStringLiteral("%1 did not finish").arg(program));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error(QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError()).trimmed()));
    return out;
}

Result<std::unique_ptr<PgServer>> PgServer::start(const QStringList &settings)
{
    std::unique_ptr<PgServer> server(new PgServer);
    if (!server->m_dir.isValid())
        return Error(QStringLiteral("cannot create a temporary folder for PostgreSQL"));
    server->m_binDir = findBinDir();
    if (server->m_binDir.isEmpty())
        return Error(QStringLiteral("PostgreSQL server binaries not found; install the postgresql package "
                                    "(packaging/install-deps.sh does) or set STRATA_PG_BINDIR"));
    const QString dir = server->m_dir.path();
    if (runningAsRoot()) {
        // initdb refuses root: the cluster belongs to the postgres user.
        const passwd *pw = getpwnam("postgres");
        if (!pw)
            return Error(QStringLiteral("running as root, but there is no postgres user to run the server as"));
        if (::chown(QFile::encodeName(dir).constData(), pw->pw_uid, pw->pw_gid) != 0)
            return Error(QStringLiteral("cannot hand %1 to the postgres user").arg(dir));
    }
    const QString data = dir + QStringLiteral("/data");
    auto init = server->run(QStringLiteral("initdb"),
                            {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                             QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                             QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                            true);
    if (!init)
        return init.error();
    QStringList conf = {QStringLiteral("fsync = off"), QStringLiteral("synchronous_commit = off"),
                        QStringLiteral("full_page_writes = off"), QStringLiteral("max_connections = 40"),
                        QStringLiteral("shared_buffers = 32MB"), QStringLiteral("log_min_messages = warning")};
    for (const QString &s : settings)
        conf << s;
    QFile confFile(data + QStringLiteral("/postgresql.auto.conf"));
    if (!confFile.open(QIODevice::Append) || confFile.write((conf.join(u'\n') + u'\n').toUtf8()) < 0)
        return Error(QStringLiteral("cannot write %1").arg(confFile.fileName()));
    confFile.close();
    auto started = server->startServer();
    if (!started)
        return started.error();
    return server;
}

Result<void> PgServer::startServer()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        // A restart keeps its port, so that clients can connect again with the same conninfo.
        if (attempt > 0 || m_port == 0)
            m_port = freePort();
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(m_port).arg(m_dir.path());
        auto r = run(QStringLiteral("pg_ctl"),
                     {QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-l"),
                      m_dir.path() + QStringLiteral("/server.log"), QStringLiteral("-o"), options, QStringLiteral("-w"),
                      QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                     true);
        if (r) {
            m_running = true;
            return Result<void>::success();
        }
        // Another process may have taken the port between the check and the start: try another.
        QFile log(m_dir.path() + QStringLiteral("/server.log"));
        if (attempt == 4 || !log.open(QIODevice::ReadOnly) || !log.readAll().contains("Address already in use"))
            return Error(r.error().message + QStringLiteral("; see ") + log.fileName());
    }
    return Error(QStringLiteral("cannot start PostgreSQL"));
}

void PgServer::stopServer()
{
    if (!m_running)
        return;
    (void)run(QStringLiteral("pg_ctl"),
              {QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("immediate"),
               QStringLiteral("-w"), QStringLiteral("stop")},
              true);
    m_running = false;
}

Result<void> PgServer::restart()
{
    stopServer();
    return startServer();
}

PgServer::~PgServer() { stopServer(); }

QString PgServer::conninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=postgres").arg(m_dir.path()).arg(m_port).arg(database);
}

QString PgServer::uri(const QString &database) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

Result<QString> PgServer::psql(const QString &sql, const QString &database) const
{
    return run(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo(database),
                QStringLiteral("-f"), QStringLiteral("-")},
               false, sql.toUtf8());
}

Result<void> PgServer::createDatabase(const QString &name) const
{
    auto r = psql(QStringLiteral("CREATE DATABASE \"%1\";").arg(QString(name).replace(u'"', QStringLiteral("\"\""))));
    if (!r)
        return r.error();
    return Result<void>::success();
}

Result<QString> PgServer::pgDump(const QString &database, const QStringList &arguments) const
{
    return run(QStringLiteral("pg_dump"), QStringList{QStringLiteral("-d"), conninfo(database)} + arguments, false);
}

} // namespace strata::test
