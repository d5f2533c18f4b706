// Auto-layout through Graphviz on real diagrams: no two cards overlap afterwards (the sample model
// with dot, a generated 200-table model by components with dot and sfdp), the layout is one undo
// step, a selection is laid out where it was, and a cancelled layout changes nothing (also when
// the cancel comes while Graphviz runs, which it cannot stop: the pane says it is finishing).
#include "GeneratedSchema.h"

#include "SampleModel.h"

#include <modeler/ModelFile.h>
#include <modeler/ui/DiagramLayout.h>
#include <modeler/ui/DiagramPane.h>
#include <modeler/ui/DiagramScene.h>
#include <modeler/ui/ModelDocument.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace strata;
using namespace strata::modeler;
using namespace strata::modeler::ui;

namespace {

/// Pairs of cards that overlap, as "a / b" (empty when none do).
QStringList overlaps(const DiagramScene &scene)
{
    QStringList out;
    const QStringList ids = scene.cardIds();
    for (int i = 0; i < ids.size(); ++i) {
        for (int j = i + 1; j < ids.size(); ++j) {
            if (scene.cardRect(ids[i]).intersects(scene.cardRect(ids[j])))
                out << ids[i] + QStringLiteral(" / ") + ids[j];
        }
    }
    return out;
}

QHash<QString, QPointF> positions(const Model &model, const QString &diagramId)
{
    QHash<QString, QPointF> out;
    for (const Diagram &d : model.diagrams) {
        if (d.id == diagramId) {
            for (auto it = d.placements.begin(); it != d.placements.end(); ++it)
                out.insert(it.key(), it->position);
        }
    }
    return out;
}


} // namespace

class TestDiagramLayout : public QObject
{
    Q_OBJECT

private slots:
    void sampleModelHasNoOverlapsAfterLayout()
    {
        ModelDocument document;
        Model model = test::sampleModel();
        // Everything piled at one spot first: the layout must undo the pile.
        for (auto &p : model.diagrams[0].placements)
            p.position = QPointF(0, 0);
        document.reset(model);
        DiagramScene scene(&document, QStringLiteral("main"));
        QVERIFY(!overlaps(scene).isEmpty());
        const auto before = positions(document.model(), QStringLiteral("main"));
        QVERIFY(DiagramLayout::run(scene).ok());
        QCOMPARE(overlaps(scene), QStringList());
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->text(0), QStringLiteral("Auto-layout"));
        // The scene follows the model: the cards are where the placements say.
        for (const QString &id : scene.cardIds())
            QCOMPARE(scene.cardRect(id).topLeft(), positions(document.model(), QStringLiteral("main")).value(id));
        document.undoStack()->undo();
        QCOMPARE(positions(document.model(), QStringLiteral("main")), before);
        QCOMPARE(scene.cardRect(QStringLiteral("orders")).topLeft(), QPointF(0, 0));
    }

    // A note where a card lands is moved beside the cards, in the same undo step.
    void notesCoveredByTheLayoutMoveAside()
    {
        ModelDocument document;
        Model model = test::sampleModel();
        for (auto &p : model.diagrams[0].placements)
            p.position = QPointF(0, 0);
        const QRectF noteWas(0, 0, 3000, 3000); // wherever the cards land, on some of them
        model.diagrams[0].notes = {Note{QStringLiteral("n1"), QStringLiteral("under the cards"), noteWas},
                                   Note{QStringLiteral("n2"), QStringLiteral("far away"), QRectF(-5000, -5000, 100, 40)}};
        document.reset(model);
        DiagramScene scene(&document, QStringLiteral("main"));
        QVERIFY(DiagramLayout::run(scene).ok());
        const Diagram &laid = document.model().diagrams[0];
        QRectF cards;
        for (const QString &id : scene.cardIds()) {
            QVERIFY2(!scene.cardRect(id).intersects(laid.notes[0].rect), qPrintable(id));
            cards |= scene.cardRect(id);
        }
        QVERIFY(laid.notes[0].rect.left() > cards.right());
        QCOMPARE(laid.notes[0].rect.size(), noteWas.size());
        QCOMPARE(laid.notes[1].rect, QRectF(-5000, -5000, 100, 40)); // covered by nothing: stays
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->text(0), QStringLiteral("Auto-layout"));
        document.undoStack()->undo();
        QCOMPARE(document.model().diagrams[0].notes[0].rect, noteWas);
        QCOMPARE(positions(document.model(), QStringLiteral("main")).value(QStringLiteral("orders")), QPointF(0, 0));
    }

    void generatedModelHasNoOverlapsAfterLayout()
    {
        ModelDocument document;
        document.reset(test::generatedSchema(200, 300, 7));
        DiagramScene scene(&document, QStringLiteral("all"));
        QCOMPARE(scene.cardIds().size(), 200);
        QCOMPARE(GraphvizLayout::engineFor(200, {}), QStringLiteral("sfdp"));
        QVERIFY(DiagramLayout::run(scene).ok());
        QCOMPARE(overlaps(scene), QStringList());
    }

    void hierarchicalLayoutOfTheWholeGeneratedModel()
    {
        ModelDocument document;
        document.reset(test::generatedSchema(60, 70, 3));
        DiagramScene scene(&document, QStringLiteral("all"));
        GraphvizLayout::Options options;
        options.engine = GraphvizLayout::Engine::Hierarchical;
        QVERIFY(DiagramLayout::run(scene, {}, options).ok());
        QCOMPARE(overlaps(scene), QStringList());
    }

    void selectionIsLaidOutWhereItWas()
    {
        ModelDocument document;
        document.reset(test::sampleModel());
        DiagramScene scene(&document, QStringLiteral("main"));
        const QStringList chosen{QStringLiteral("orders"), QStringLiteral("order_item"), QStringLiteral("product"), QStringLiteral("payment")};
        QRectF before;
        for (const QString &id : chosen)
            before |= scene.cardRect(id);
        const auto others = positions(document.model(), QStringLiteral("main"));
        QVERIFY(DiagramLayout::run(scene, chosen).ok());
        QRectF after;
        for (const QString &id : chosen)
            after |= scene.cardRect(id);
        QCOMPARE(after.topLeft(), before.topLeft());
        // Cards that were not chosen stay.
        for (const QString &id : scene.cardIds()) {
            if (!chosen.contains(id))
                QCOMPARE(scene.cardRect(id).topLeft(), others.value(id));
        }
    }

    void cancelledLayoutChangesNothing()
    {
        ModelDocument document;
        document.reset(test::generatedSchema(120, 150, 5));
        DiagramScene scene(&document, QStringLiteral("all"));
        TaskControl control;
        control.cancel();
        auto result = GraphvizLayout::run(DiagramLayout::graphOf(scene), {}, &control);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QString::fromLatin1(cancelledCode));
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void cancelWhileGraphvizRunsDropsItsResult()
    {
        ModelDocument document;
        document.reset(test::generatedSchema(120, 150, 5));
        DiagramScene scene(&document, QStringLiteral("all"));
        // One sfdp run over the whole graph, cancelled as it starts: Graphviz cannot stop inside
        // it, so it runs to its end, and what it computed is dropped.
        QStringList steps;
        TaskControl *self = nullptr;
        TaskControl control([&](qint64, qint64, const QString &step) {
            steps << step;
            if (step.startsWith(QLatin1String("Laying out")))
                self->cancel();
        });
        self = &control;
        GraphvizLayout::Options options;
        options.engine = GraphvizLayout::Engine::ForceDirected;
        auto result = GraphvizLayout::run(DiagramLayout::graphOf(scene), options, &control);
        QCOMPARE(steps.first(), QStringLiteral("Laying out 120 of 120 tables with sfdp"));
        QVERIFY(steps.contains(QStringLiteral("Laid out 120 of 120 tables"))); // it did run to the end
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QString::fromLatin1(cancelledCode));
    }

    void paneSaysWhatACancelWaitsFor()
    {
        ModelDocument document;
        document.reset(test::generatedSchema(150, 200, 11));
        DiagramPane pane(&document, QStringLiteral("all"));
        QSignalSpy finished(pane.layoutRunner(), &LayoutRunner::finished);
        QSignalSpy messages(&pane, &DiagramPane::message);
        QVERIFY(pane.startLayout(true));
        QVERIFY(pane.layoutStatus().startsWith(QStringLiteral("Laying out")));
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("cancelLayout")), Qt::LeftButton);
        QVERIFY(pane.layoutRunner()->isCancelling());
        QVERIFY(pane.layoutStatus().startsWith(QStringLiteral("Cancelling: Graphviz is finishing")));
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("cancelLayout"))->isEnabled());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Layout cancelled"));
        QVERIFY(pane.layoutStatus().isEmpty());
        QCOMPARE(document.undoStack()->count(), 0); // nothing moved
        QVERIFY(pane.startLayout(true)); // and another can start
        pane.layoutRunner()->wait();
    }

    void runnerLaysOutInTheBackgroundAsOneStep()
    {
        ModelDocument document;
        document.reset(test::generatedSchema(150, 200, 11));
        DiagramScene scene(&document, QStringLiteral("all"));
        LayoutRunner runner;
        QSignalSpy finished(&runner, &LayoutRunner::finished);
        QSignalSpy progress(&runner, &LayoutRunner::progress);
        QVERIFY(runner.start(&scene));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(&scene)); // one at a time
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(overlaps(scene), QStringList());
    }
};

QTEST_MAIN(TestDiagramLayout)
#include "TestDiagramLayout.moc"
