// Benchmark of explain at scale: a generated 10,000-node plan (nested joins and UNION ALL, and a
// partitioned table's Append) is parsed, analysed, laid out and drawn, the whole tree zoomed out
// and one screen at full size, and a screen is scrolled. Prints the best of several runs, in wall
// time and in CPU time of the thread (the machine may be shared), against the targets:
// parse + analyse under 200 ms, layout + draw under 1 s.
//
//   explain_bench [--nodes 10000] [--runs 5] [--file plan.json] [--write plan.json]
// --file measures a plan of your own; --write saves the generated plan (to open it in Strata).
#include "BenchTiming.h"
#include "PlanGenerator.h"

#include <explain/PlanAnalysis.h>
#include <explain/PlanReader.h>
#include <explain/TreeLayout.h>
#include <explain/ui/PlanScene.h>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <cstdio>
#include <functional>
#include <map>

using namespace strata;
using namespace strata::explain;

namespace {

using bench::Timing;

// Runs `step` and keeps its best time over the runs.
void measure(std::map<QString, Timing> &best, const QString &name, const std::function<void()> &step)
{
    bench::measure(best[name], step);
}

void render(ui::PlanScene &scene, QImage &image, const QRectF &source)
{
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(image.rect()), source, Qt::KeepAspectRatio);
}

void run(const QString &label, const QString &json, int runs)
{
    std::map<QString, Timing> best;
    int nodes = 0;
    for (int r = 0; r < runs; ++r) {
        std::optional<Plan> plan;
        std::shared_ptr<const PlanAnalysis> analysis;
        measure(best, QStringLiteral("1 parse"), [&] { plan = *PlanReader::read(json); });
        nodes = plan->size();
        measure(best, QStringLiteral("2 analyse"), [&] { analysis = std::make_shared<const PlanAnalysis>(PlanAnalysis::of(*plan)); });
        auto shared = std::make_shared<const Plan>(std::move(*plan));
        measure(best, QStringLiteral("3 tree layout"), [&] {
            TreeLayout::Options options;
            options.maxChildrenInRow = ui::PlanScene::maxChildrenInRow;
            TreeLayout::layout(*shared, std::vector<QSizeF>(shared->size(), QSizeF(250, 126)), {}, options);
        });
        ui::PlanScene scene;
        measure(best, QStringLiteral("4 scene (cards, layout, edges)"), [&] { scene.setPlan(shared, analysis); });
        QImage screen(1920, 1080, QImage::Format_RGB32);
        measure(best, QStringLiteral("5 draw whole tree on a screen"), [&] { render(scene, screen, scene.treeRect()); });
        const QRectF atRoot(scene.nodeRect(0).center() - QPointF(960, 100), QSizeF(1920, 1080));
        measure(best, QStringLiteral("6 draw one screen at 100%"), [&] { render(scene, screen, atRoot); });
        // Scrolling: 30 frames, each moved by a tenth of a screen; the slowest frame counts.
        measure(best, QStringLiteral("7 scroll 30 frames at 100%"), [&] {
            for (int f = 0; f < 30; ++f)
                render(scene, screen, atRoot.translated(f * 192, f * 108));
        });
    }
    const auto total = [&](std::initializer_list<const char *> steps, bool cpu) {
        double sum = 0;
        for (const char *s : steps)
            sum += cpu ? best[QLatin1String(s)].cpu : best[QLatin1String(s)].wall;
        return sum;
    };
    std::printf("\n%s: %d nodes, %d KB of JSON, best of %d runs\n", qPrintable(label), nodes, int(json.size() / 1024), runs);
    std::printf("  %-34s %10s %10s\n", "step", "wall ms", "cpu ms");
    for (const auto &[name, t] : best)
        std::printf("  %-34s %10.1f %10.1f\n", qPrintable(name.mid(2)), t.wall, t.cpu);
    const double read = total({"1 parse", "2 analyse"}, false), readCpu = total({"1 parse", "2 analyse"}, true);
    const double draw = total({"4 scene (cards, layout, edges)", "5 draw whole tree on a screen"}, false);
    const double drawCpu = total({"4 scene (cards, layout, edges)", "5 draw whole tree on a screen"}, true);
    std::printf("  parse + analyse      %7.1f ms wall, %7.1f ms cpu   (target 200 ms: %s)\n", read, readCpu,
                readCpu < 200 ? "met" : "MISSED");
    std::printf("  lay out + draw       %7.1f ms wall, %7.1f ms cpu   (target 1000 ms: %s)\n", draw, drawCpu,
                drawCpu < 1000 ? "met" : "MISSED");
    std::printf("  scrolling            %7.1f ms per frame (cpu)\n", best[QStringLiteral("7 scroll 30 frames at 100%")].cpu / 30);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int nodes = 10000, runs = 5;
    QString file, write;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--nodes")
            nodes = args[i + 1].toInt();
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--file")
            file = args[i + 1];
        else if (args[i] == u"--write")
            write = args[i + 1];
    }
    if (!write.isEmpty()) {
        QFile out(write);
        if (!out.open(QIODevice::WriteOnly) || out.write(test::generatedPlanJson(nodes, test::PlanShape::Mixed).toUtf8()) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(write));
            return 1;
        }
        return 0;
    }
    std::printf("explain benchmark (Qt %s)\n", qVersion());
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
            return 1;
        }
        run(file, QString::fromUtf8(f.readAll()), runs);
        return 0;
    }
    run(QStringLiteral("nested joins, aggregates and UNION ALL"), test::generatedPlanJson(nodes, test::PlanShape::Mixed), runs);
    run(QStringLiteral("partitioned table (one Append)"), test::generatedPlanJson(nodes, test::PlanShape::Partitions), runs);
    return 0;
}
