// What the IDE's tests share: the user's folders in a temporary place (settings, connections, tabs,
// history), a throw-away PostgreSQL with a small shop database, connections saved as a user would,
// the window made active so that its keys work, and pictures of the window for the README when
// STRATA_SCREENSHOT_DIR is set (run under Xvfb for real fonts and colours).
#pragma once

#include "EnglishPlurals.h"

#include "../connectors/ui/WorkbenchTestKit.h"
#include "DocumentController.h"
#include "MainWindow.h"
#include "ModelTransfers.h"
#include "PgServer.h"
#include "SqlPanes.h"
#include "TaskRunner.h"

#include <connectors/ConnectionStore.h>
#include <connectors/ui/SqlWorkbench.h>

#include <QApplication>
#include <QCursor>
#include <QScreen>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

namespace strata::test {

using app::MainWindow;
using app::TaskRunner;

/// XDG folders in `home` (before anything reads them), and the names QSettings files under. On the
/// offscreen platform, a screen as large as a desktop's: QScintilla asks the screen under its
/// completion list for its size, and crashes where there is none (the default screen is 800x600).
inline void useHome(const QString &home)
{
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        QFile config(QDir(home).filePath(QStringLiteral("offscreen.json")));
        if (config.open(QIODevice::WriteOnly))
            config.write(R"({"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1200,
                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        config.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toUtf8());
    }
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(name, QDir(home).filePath(QString::fromLatin1(name).toLower()).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationName(QStringLiteral("strata"));
}

/// The shop database of the IDE tests: customers and orders with an index, and enough rows for plans.
inline Result<std::unique_ptr<PgServer>> startShopServer()
{
    auto server = PgServer::start();
    if (!server)
        return server.error();
    if (auto created = (*server)->createDatabase(QStringLiteral("shop")); !created)
        return created.error();
    auto loaded = (*server)->psql(QStringLiteral(
        "CREATE SCHEMA sales;"
        "CREATE TYPE sales.status AS ENUM ('new', 'paid', 'sent');"
        "CREATE TABLE customer (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text);"
        "CREATE TABLE sales.orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer (id),"
        " state sales.status NOT NULL DEFAULT 'new', total numeric(10,2));"
        "CREATE INDEX orders_customer ON sales.orders (customer_id);"
        "CREATE VIEW sales.big_orders AS SELECT * FROM sales.orders WHERE total > 100;"
        "INSERT INTO customer SELECT g, 'c' || g || '@example.com', 'customer ' || g FROM generate_series(1, 2000) g;"
        "INSERT INTO sales.orders SELECT g, 1 + g % 2000, 'paid', g % 500 FROM generate_series(1, 20000) g;"
        "ANALYZE;"),
        QStringLiteral("shop"));
    if (!loaded)
        return loaded.error();
    return std::move(*server);
}

/// Saves a connection in the window's list, as the connection dialog does.
inline QString saveConnection(MainWindow &window, const QString &name, const QString &conninfo, bool production = false)
{
    connectors::SavedConnection c;
    c.name = name;
    c.form = connectors::ConnectionForm::Conninfo;
    c.text = conninfo;
    c.production = production;
    auto saved = window.sql()->connections()->save(c);
    return saved ? saved->id : QString();
}

inline bool activate(MainWindow &window)
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    window.setGeometry(screen.x(), screen.y(), qMin(1500, screen.width()), qMin(950, screen.height()));
    window.show();
    QCursor::setPos(window.geometry().center()); // a window manager whose focus follows the pointer
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

/// A new SQL tab of the window on a connection, connected; null when connecting failed.
inline connectors::ui::SqlEditorTab *sqlTab(MainWindow &window, const QString &connectionId)
{
    window.sql()->show();
    return connectedTab(*window.sql()->workbench(), connectionId);
}

/// Waits for the window's background job (import, reverse engineering, tables from a database).
inline bool waitForJob(MainWindow &window, int timeoutMs = 30000)
{
    TaskRunner *runner = window.transfers()->runner();
    if (!runner->isRunning())
        return true;
    QSignalSpy finished(runner, &TaskRunner::finished);
    return finished.wait(timeoutMs);
}

/// Answers the next message box that opens with the given button.
inline void answerNextMessageBox(QMessageBox::StandardButton button, int attempts = 500)
{
    QTimer::singleShot(10, [button, attempts] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                box->button(button)->click();
                return;
            }
        }
        if (attempts > 0)
            answerNextMessageBox(button, attempts - 1); // not open yet
    });
}

/// Saves a picture of a widget as docs/images/NAME.png material when STRATA_SCREENSHOT_DIR is set.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // lines routed, grids painted
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace strata::test

/// main() of an IDE test: its own folders for everything the window keeps, set before the
/// application reads any of them.
#define STRATA_IDE_TEST_MAIN(TestClass)                                                                \
    int main(int argc, char **argv)                                                                    \
    {                                                                                                  \
        QTemporaryDir home;                                                                            \
        strata::test::useHome(home.path());                                                            \
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs); /* the tests answer Qt's own */        \
        QApplication app(argc, argv);                                                                  \
        strata::app::EnglishPlurals plurals; /* the counts read as in the app */                       \
        QCoreApplication::installTranslator(&plurals);                                                 \
        strata::test::quietOffscreenWarnings();                                                        \
        TestClass test;                                                                                \
        return QTest::qExec(&test, argc, argv);                                                        \
    }
