// strata: the desktop IDE. Opens the model given on the command line, offers what a crashed session
// left unsaved, and autosaves every minute. Headless (the offscreen platform) it starts, reports and
// quits, unless told to keep running or to take a screenshot, so that a script never hangs on it.
#include "DocumentController.h"
#include "EnglishPlurals.h"
#include "MainWindow.h"

#include <modeler/ModelFile.h>
#include <strata/Headless.h>
#include <modeler/ui/DiagramLayout.h>
#include <modeler/ui/DiagramPane.h>
#include <modeler/ui/DiagramWorkspace.h>
#include <modeler/ui/LintMonitor.h>
#include <modeler/ui/ModelDocument.h>

#include "ModelerPanes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace strata::app;

namespace {

bool layoutRunning(const MainWindow &window)
{
    for (auto *pane : window.panes()->workspace()->panes()) {
        if (pane->layoutRunner()->isRunning())
            return true;
    }
    return false;
}

/// Saves a picture of the window once any layout has finished, then quits.
void screenshotWhenSettled(MainWindow &window, const QString &path, int attempts = 300)
{
    QTimer::singleShot(200, &window, [&window, path, attempts] {
        if (layoutRunning(window) && attempts > 0) {
            screenshotWhenSettled(window, path, attempts - 1);
            return;
        }
        window.panes()->lint()->lintNow(); // the Problems pane as it will be, not before its first run
        QCoreApplication::processEvents();
        const bool saved = window.grab().save(path);
        std::fprintf(stderr, saved ? "strata: saved a screenshot to %s\n" : "strata: cannot write %s\n", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

/// Reports, once the window has been painted and the event loop is idle, how long that took since
/// main() began (the process's own start-up before main, mostly the dynamic linker, is not in it).
class StartupClock : public QObject
{
public:
    StartupClock(const QElapsedTimer &clock, QWidget *window) : QObject(window), m_clock(clock) { window->installEventFilter(this); }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_paintedMs < 0) {
            m_paintedMs = m_clock.elapsed();
            QTimer::singleShot(0, this, [this] {
                std::printf("strata: window painted after %lld ms, usable (event loop idle) after %lld ms\n", m_paintedMs,
                            qlonglong(m_clock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QElapsedTimer m_clock;
    qint64 m_paintedMs = -1;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    // Answered before any window system is touched: works without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("strata %s\n", STRATA_VERSION);
            return 0;
        }
    }
    // No display at all: the offscreen platform, where strata starts, reports and quits (see below).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    strata::headless::nameRuntimeFolder();
    QApplication app(argc, argv);
    if (QGuiApplication::platformName() == u"offscreen")
        strata::headless::quietOffscreenNotices();
    QCoreApplication::setApplicationName(QStringLiteral("strata"));
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.strata.Strata"));
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Strata: schema modeler, plan explainer and workload profiler"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("A .strata model to open."), QStringLiteral("[MODEL]"));
    parser.addOption({QStringLiteral("autosave-interval"), QStringLiteral("Seconds between autosaves of unsaved changes (default 60; 0: off)."),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window to FILE once it is drawn, then quit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("startup-time"),
                      QStringLiteral("Print how long the window took to be painted and usable, then quit.")});
    parser.addOption({QStringLiteral("keep-running"),
                      QStringLiteral("On the offscreen platform (no display), keep running instead of quitting once started.")});
    parser.process(app);
    bool ok = false;
    const int autosave = parser.value(QStringLiteral("autosave-interval")).toInt(&ok);
    if (!ok || autosave < 0) {
        std::fprintf(stderr, "strata: --autosave-interval takes a number of seconds\n");
        return 2;
    }
    const QString file = parser.positionalArguments().value(0);
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    // Without a display nobody can answer a question: say what is wrong and stop instead.
    const bool headless = QGuiApplication::platformName() == u"offscreen" && !parser.isSet(QStringLiteral("keep-running"));
    if (!file.isEmpty() && (headless || !screenshot.isEmpty())) {
        if (auto model = strata::modeler::ModelFile::load(file); !model) {
            std::fprintf(stderr, "strata: %s\n", qPrintable(model.error().toString()));
            return 1;
        }
    }

    MainWindow window(autosave);
    if (parser.isSet(QStringLiteral("startup-time")))
        new StartupClock(startup, &window);
    window.show();
    if (!file.isEmpty())
        window.documents()->open(file);
    else
        window.showStartPage(); // first run, or started from the menu: every way in, not a blank diagram
    if (parser.isSet(QStringLiteral("startup-time"))) {
        // StartupClock quits.
    } else if (!screenshot.isEmpty()) {
        window.resize(1600, 1000);
        screenshotWhenSettled(window, screenshot);
    } else if (headless) {
        QTimer::singleShot(0, &app, [&window] {
            std::fprintf(stderr, "strata: started on the offscreen platform (no display) with %s: %lld tables. Nothing to show, "
                                 "so quitting; use --keep-running to stay, or --screenshot FILE for a picture.\n",
                         qPrintable(window.documents()->displayName()), qlonglong(window.documents()->document()->model().tables.size()));
            QCoreApplication::quit();
        });
    } else {
        QTimer::singleShot(0, window.documents(), &DocumentController::offerRecovery);
    }
    return app.exec();
}
