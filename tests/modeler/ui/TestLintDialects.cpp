// The databases a model is checked for: chosen in the problems panel as a user chooses, kept in the
// model (an undoable edit that marks the document modified), saved in its file and chosen again
// when the file is opened; the edit dialogs check against them.
#include "EditorHarness.h"
#include "SampleModel.h"

#include <modeler/ModelFile.h>
#include <modeler/ui/LintPanel.h>
#include <modeler/ui/SchemaDialog.h>
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace strata;
using namespace strata::modeler;
using namespace strata::modeler::ui;
using namespace strata::test;

class TestLintDialects : public QObject
{
    Q_OBJECT

private slots:
    void chosenDialectsAreKeptWithTheModel()
    {
        EditorHarness h(sampleModel());
        LintPanel panel(&h.lint);
        QComboBox *chooser = panel.dialectChooser();
        QCOMPARE(chooser->currentText(), QStringLiteral("PostgreSQL"));
        QVERIFY(!h.document.isModified());

        choose(chooser, QStringLiteral("PostgreSQL and SQLite"));
        QCOMPARE(h.document.model().lintDialects, (QList<Dialect>{Dialect::Postgres, Dialect::Sqlite}));
        QCOMPARE(h.lint.dialects(), (QList<Dialect>{Dialect::Postgres, Dialect::Sqlite}));
        QVERIFY(h.document.isModified());
        QCOMPARE(h.document.undoStack()->text(0), QStringLiteral("Check for PostgreSQL and SQLite"));
        h.lint.lintNow();
        QVERIFY(std::any_of(h.lint.findings().begin(), h.lint.findings().end(), [](const LintFinding &f) {
            return f.diagnostic.message.contains(QStringLiteral("SQLite"));
        }));
        // The dialogs check for them: SQLite has no schemas.
        h.editor.newSchema();
        QVERIFY(verdictOf(h.dialog<SchemaDialog>()).contains(QStringLiteral("SQLite has no schemas")));
        h.dialog<SchemaDialog>()->reject();

        h.document.undoStack()->undo();
        QVERIFY(h.document.model().lintDialects.isEmpty());
        QCOMPARE(chooser->currentText(), QStringLiteral("PostgreSQL")); // the panel follows undo
        QVERIFY(!h.document.isModified());
        h.document.undoStack()->redo();
        QCOMPARE(chooser->currentText(), QStringLiteral("PostgreSQL and SQLite"));

        // Saved with the model, and chosen again when it is opened.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.strata"));
        QVERIFY(ModelFile::save(h.document.model(), path).ok());
        EditorHarness reopened(*ModelFile::load(path));
        LintPanel again(&reopened.lint);
        QCOMPARE(again.dialectChooser()->currentText(), QStringLiteral("PostgreSQL and SQLite"));
        h.document.reset(*ModelFile::load(sampleModelPath()));
        QCOMPARE(chooser->currentText(), QStringLiteral("PostgreSQL")); // another model, its own choice
    }
};

QTEST_MAIN(TestLintDialects)
#include "TestLintDialects.moc"
