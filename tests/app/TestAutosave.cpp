// Crash recovery for real: a strata process opens a model, makes changes (a model without diagrams
// gets one, laid out), autosaves them, and is killed; the next window offers the copy and restores
// it. A session that saves, or closes cleanly, leaves nothing behind.
#include "Autosave.h"
#include "DocumentController.h"
#include "MainWindow.h"

#include <modeler/ModelFile.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ModelEdits.h>

#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace strata;
using namespace strata::app;
using namespace strata::modeler;

namespace {

/// Clicks the button with this text in the next message box that opens.
void clickInNextMessageBox(const QString &text, int attempts = 500)
{
    QTimer::singleShot(10, [text, attempts] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == text) {
                    b->click();
                    return;
                }
            }
        }
        if (attempts > 0)
            clickInNextMessageBox(text, attempts - 1);
    });
}

QStringList copiesIn(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("session-*.strata")}, QDir::Files);
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // This process and the strata it starts share these folders, and nobody else's.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QCOMPARE(Autosave::recoveryDirectory(), m_home.filePath(QStringLiteral("data/Strata/recovery")));
    }

    void killedSessionIsRestored()
    {
        auto sample = ModelFile::load(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.strata"));
        QVERIFY(sample.ok());
        Model imported = *sample;
        imported.diagrams.clear(); // as an import leaves it: strata adds a diagram, an unsaved change
        const QString file = m_home.filePath(QStringLiteral("imported.strata"));
        QVERIFY(ModelFile::save(imported, file).ok());

        QProcess strata;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        strata.setProcessEnvironment(env);
        strata.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        strata.start(QStringLiteral(STRATA_APP), {file, QStringLiteral("--autosave-interval"), QStringLiteral("1"), QStringLiteral("--keep-running")});
        QVERIFY(strata.waitForStarted());
        const QString directory = Autosave::recoveryDirectory();
        QTRY_VERIFY_WITH_TIMEOUT(!copiesIn(directory).isEmpty(), 30000);
        // Let a second autosave catch the finished layout, then make sure it is a whole model.
        QTest::qWait(2500);
        QVERIFY(Autosave::orphans().isEmpty()); // its strata still runs: not an orphan
        strata.kill(); // SIGKILL: no chance to clean up
        QVERIFY(strata.waitForFinished(10000));
        QCOMPARE(strata.exitStatus(), QProcess::CrashExit);

        const QList<Autosave::Recovery> orphans = Autosave::orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().originalPath, QFileInfo(file).absoluteFilePath());
        auto recovered = Autosave::load(orphans.first());
        QVERIFY(recovered.ok());
        QCOMPARE(recovered->tables, imported.tables);
        QCOMPARE(recovered->diagrams.size(), 1);
        QCOMPARE(recovered->diagrams.first().placements.size(), imported.tables.size() + imported.views.size());

        MainWindow window(0);
        clickInNextMessageBox(QStringLiteral("&Restore"));
        window.documents()->offerRecovery();
        QCOMPARE(window.documents()->document()->model(), *recovered);
        QCOMPARE(window.documents()->filePath(), QFileInfo(file).absoluteFilePath());
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.windowTitle(), QStringLiteral("imported.strata[*] — Strata"));
        QVERIFY(Autosave::orphans().isEmpty()); // restored: not offered again
        QVERIFY(copiesIn(directory).isEmpty());
    }

    void savedOrClosedSessionLeavesNothing()
    {
        const QString directory = m_home.filePath(QStringLiteral("clean"));
        {
            modeler::ui::ModelDocument document;
            Autosave autosave(&document, 60, directory);
            modeler::ui::ModelEdits(&document).addTable(modeler::ui::ModelEdits::newTable(document.model(), {}, QStringLiteral("t")));
            QVERIFY(autosave.writeNow().ok());
            QVERIFY(QFile::exists(autosave.modelPath()));
            QVERIFY(Autosave::orphans(directory).isEmpty()); // this session holds the lock
            document.markSaved();
            QVERIFY(!QFile::exists(autosave.modelPath()));
            modeler::ui::ModelEdits(&document).addTable(modeler::ui::ModelEdits::newTable(document.model(), {}, QStringLiteral("u")));
            QVERIFY(autosave.writeNow().ok());
            QVERIFY(QFile::exists(autosave.modelPath()));
        }
        QVERIFY(copiesIn(directory).isEmpty());
        QVERIFY(Autosave::orphans(directory).isEmpty());
    }
};

QTEST_MAIN(TestAutosave)
#include "TestAutosave.moc"
