// Benchmark of the SQL editor's result grid at scale: a query of N rows (10 million by default) on a
// throw-away PostgreSQL runs in a workbench tab; the grid is scrolled to the end batch by batch, as
// dragging the scroll bar down does, then jumped to random rows and repainted. Prints the time to the
// first rows, the fetch rate, the time to paint a screen at a random row (median and worst), the rows
// the model holds in memory and the process's resident memory at the end.
//
//   sql_grid_bench [--rows 10000000] [--jumps 500]
#include "PgServer.h"

#include <connectors/ConnectionStore.h>
#include <connectors/ui/ResultsPane.h>
#include <connectors/ui/ResultTableModel.h>
#include <connectors/ui/ResultView.h>
#include <connectors/ui/SqlEditor.h>
#include <connectors/ui/SqlEditorTab.h>
#include <connectors/ui/SqlWorkbench.h>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace strata;
using namespace strata::connectors;
using namespace strata::connectors::ui;

namespace {

double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / 1048576.0;
}

qint64 argument(const QStringList &args, const QString &name, qint64 fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toLongLong() : fallback;
}

int fail(const QString &why)
{
    std::fprintf(stderr, "sql_grid_bench: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = argument(args, QStringLiteral("--rows"), 10000000);
    const int jumps = int(argument(args, QStringLiteral("--jumps"), 500));

    auto server = test::PgServer::start();
    if (!server)
        return fail(server.error().toString());
    QTemporaryDir dir;
    ConnectionStore store(dir.filePath(QStringLiteral("connections.ini")));
    SavedConnection pg;
    pg.form = ConnectionForm::Conninfo;
    pg.text = (*server)->conninfo();
    auto saved = store.save(pg);
    if (!saved)
        return fail(saved.error().toString());
    SqlWorkbench bench(&store, dir.filePath(QStringLiteral("data")));
    bench.resize(1400, 900);
    bench.show();
    SqlEditorTab *tab = bench.currentTab();
    tab->setConnection(saved->id, false);
    tab->editor()->setText(QStringLiteral("SELECT g AS n, md5(g::text) AS hash, g * 0.5 AS half, now() AS at "
                                          "FROM generate_series(1, %1) g")
                               .arg(rows));

    QSignalSpy idle(tab, &SqlEditorTab::idle);
    QElapsedTimer clock;
    clock.start();
    tab->runStatement();
    if (!idle.wait(60000) || tab->results()->results().isEmpty())
        return fail(QStringLiteral("the query did not run"));
    const double firstRowsMs = clock.nsecsElapsed() / 1e6; // includes connecting
    ResultView *view = tab->results()->results().first();
    ResultTableModel *model = view->model();
    QTableView *table = view->table();

    clock.restart();
    qint64 heldMax = 0;
    while (!model->isComplete()) {
        const int before = model->rowCount();
        table->scrollToBottom();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        heldMax = std::max(heldMax, model->rowsHeldInMemory());
        if (model->rowCount() == before)
            QTest::qWait(1);
    }
    const double fetchS = clock.nsecsElapsed() / 1e9;

    QList<double> paints;
    QRandomGenerator random(7);
    for (int i = 0; i < jumps; ++i) {
        const int row = random.bounded(model->rowCount());
        QElapsedTimer paint;
        paint.start();
        table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
        (void)table->viewport()->grab(); // paints the screen of rows now shown
        paints << paint.nsecsElapsed() / 1e6;
        heldMax = std::max(heldMax, model->rowsHeldInMemory());
    }
    std::sort(paints.begin(), paints.end());

    std::printf("sql_grid_bench: %lld rows of 4 columns, PostgreSQL %s, grid %dx%d\n",
                qlonglong(model->rowCount()), qPrintable(tab->status().serverVersion),
                table->viewport()->width(), table->viewport()->height());
    std::printf("| measure | value |\n| --- | --- |\n");
    std::printf("| first rows shown (connect + run + first page) | %.0f ms |\n", firstRowsMs);
    std::printf("| scroll to the end (fetch every row) | %.1f s, %.0f rows/s |\n", fetchS,
                double(rows) / fetchS);
    std::printf("| jump to a random row and paint the screen | median %.1f ms, worst %.1f ms (%d jumps) |\n",
                paints.value(paints.size() / 2), paints.isEmpty() ? 0.0 : paints.last(), jumps);
    std::printf("| rows held by the model (most at any time) | %lld |\n", qlonglong(heldMax));
    std::printf("| resident memory at the end | %.0f MB |\n", residentMb());
    return 0;
}
