// How close synthetic data comes to SQLite's own speed, in one process: (a) a bare prepared-INSERT
// loop through SQLite's C API over rows computed beforehand (the same column types and value sizes:
// they are the rows (b) made), and (b) strata's synth of a table of that shape with realistic
// generators and a Zipf-distributed foreign key. (b) must reach 75% of (a)'s rows per second.
// Then profiling's cost: the sample shop workload on the sample shop's data, run bare (the same
// executions and parameters, no timers, counters, plans or fingerprints) and profiled; profiling
// must add less than 5%.
//
//   workload_bench [--rows N] [--runs N] [--executions N]
#include <modeler/Model.h>
#include <modeler/ModelFile.h>
#include <workload/Profiler.h>
#include <workload/Synthesizer.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>
#include <string>
#include <variant>
#include <vector>

using namespace strata;
using namespace strata::modeler;

namespace {

Column column(const QString &name, const char *type, bool notNull, const QJsonObject &synth = {})
{
    Column c;
    c.id = c.name = name;
    c.type = DataType::parse(QString::fromLatin1(type)).value();
    c.nullable = !notNull;
    c.synth = synth;
    return c;
}

// customer (the parents) and purchase (the table measured): realistic generators and a foreign key.
Model benchModel()
{
    Model m;
    Table customer;
    customer.id = customer.name = QStringLiteral("customer");
    customer.columns << column(QStringLiteral("id"), "bigint", true);
    customer.primaryKey = KeyConstraint{QStringLiteral("customer_pkey"), QStringLiteral("customer_pkey"), {QStringLiteral("id")}, {}, false, false, false, {}};
    Table purchase;
    purchase.id = purchase.name = QStringLiteral("purchase");
    purchase.columns << column(QStringLiteral("id"), "bigint", true)
                     << column(QStringLiteral("customer_id"), "bigint", true, {{u"generator"_qs, u"zipf"_qs}, {u"skew"_qs, 1.1}})
                     << column(QStringLiteral("email"), "varchar(120)", true)
                     << column(QStringLiteral("full_name"), "varchar(80)", true)
                     << column(QStringLiteral("amount"), "numeric(10,2)", true, {{u"generator"_qs, u"price"_qs}})
                     << column(QStringLiteral("placed_at"), "timestamptz", true)
                     << column(QStringLiteral("status"), "varchar(12)", true,
                               {{u"generator"_qs, u"weighted"_qs},
                                {u"values"_qs, QJsonArray{u"paid"_qs, u"shipped"_qs, u"returned"_qs}},
                                {u"weights"_qs, QJsonArray{6, 3, 1}}});
    purchase.primaryKey = KeyConstraint{QStringLiteral("purchase_pkey"), QStringLiteral("purchase_pkey"), {QStringLiteral("id")}, {}, false, false, false, {}};
    ForeignKey fk;
    fk.id = fk.name = QStringLiteral("purchase_customer_fkey");
    fk.columnIds = {QStringLiteral("customer_id")};
    fk.referencedTableId = QStringLiteral("customer");
    fk.referencedColumnIds = {QStringLiteral("id")};
    purchase.foreignKeys << fk;
    m.tables << customer << purchase;
    return m;
}

using Value = std::variant<sqlite3_int64, double, std::string>;

// Rows per second of wall time, and per second of the process's CPU time (every thread): on a
// machine others share, the second says what the work costs whatever the scheduler did.
struct Speed
{
    double wall = 0, cpu = 0;
};

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// The rows of purchase as (b) made them, in memory, in SQLite's storage classes.
std::vector<std::vector<Value>> readRows(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "SELECT * FROM purchase ORDER BY rowid", -1, &s, nullptr);
    std::vector<std::vector<Value>> rows;
    while (sqlite3_step(s) == SQLITE_ROW) {
        std::vector<Value> row;
        for (int i = 0; i < sqlite3_column_count(s); ++i) {
            switch (sqlite3_column_type(s, i)) {
            case SQLITE_INTEGER: row.emplace_back(sqlite3_column_int64(s, i)); break;
            case SQLITE_FLOAT: row.emplace_back(sqlite3_column_double(s, i)); break;
            default: row.emplace_back(std::string(reinterpret_cast<const char *>(sqlite3_column_text(s, i)), size_t(sqlite3_column_bytes(s, i))));
            }
        }
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return rows;
}

void exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
        std::exit(1);
    }
}

// (a): the same schema, the same settings as synth's file target, one transaction, one prepared
// INSERT bound and stepped per row.
Speed bareInsert(const QString &path, const std::vector<std::vector<Value>> &rows)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    QElapsedTimer clock;
    clock.start();
    const double cpu = processCpuSeconds();
    exec(db, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536");
    exec(db, "BEGIN");
    exec(db, "CREATE TABLE customer (id BIGINT NOT NULL CONSTRAINT customer_pkey PRIMARY KEY)");
    exec(db, "CREATE TABLE purchase (id BIGINT NOT NULL, customer_id BIGINT NOT NULL, email VARCHAR(120) NOT NULL, "
             "full_name VARCHAR(80) NOT NULL, amount NUMERIC(10,2) NOT NULL, placed_at TIMESTAMP NOT NULL, "
             "status VARCHAR(12) NOT NULL, CONSTRAINT purchase_pkey PRIMARY KEY (id), CONSTRAINT purchase_customer_fkey "
             "FOREIGN KEY (customer_id) REFERENCES customer (id))");
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO purchase VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &insert, nullptr);
    for (const std::vector<Value> &row : rows) {
        for (int i = 0; i < int(row.size()); ++i) {
            if (const auto *n = std::get_if<sqlite3_int64>(&row[size_t(i)]))
                sqlite3_bind_int64(insert, i + 1, *n);
            else if (const auto *d = std::get_if<double>(&row[size_t(i)]))
                sqlite3_bind_double(insert, i + 1, *d);
            else {
                const std::string &t = std::get<std::string>(row[size_t(i)]);
                sqlite3_bind_text(insert, i + 1, t.data(), int(t.size()), SQLITE_STATIC);
            }
        }
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    exec(db, "COMMIT");
    const double seconds = double(clock.nsecsElapsed()) / 1e9, cpuSeconds = processCpuSeconds() - cpu;
    sqlite3_close(db);
    return {double(rows.size()) / seconds, double(rows.size()) / cpuSeconds};
}

// (b): everything synth does for the file: schema, both tables, the key index, commit, rename.
Speed synthesise(const Model &model, const QString &path, qint64 rows)
{
    workload::SynthOptions options;
    options.rows.insert(QStringLiteral("customer"), 2000);
    options.rows.insert(QStringLiteral("purchase"), rows);
    options.replace = true;
    options.analyze = false; // (a) does not analyse either
    QElapsedTimer clock;
    clock.start();
    const double cpu = processCpuSeconds();
    auto report = workload::Synthesizer::toSqliteFile(model, path, options);
    const double seconds = double(clock.nsecsElapsed()) / 1e9, cpuSeconds = processCpuSeconds() - cpu;
    if (!report) {
        std::fprintf(stderr, "synth failed: %s\n", qPrintable(report.error().toString()));
        std::exit(1);
    }
    return {double(rows) / seconds, double(rows) / cpuSeconds};
}

// Seconds for the whole Profiler::run, bare or profiled.
double profileSeconds(const workload::Workload &workload, const QString &path, qint64 executions, bool measure)
{
    auto session = connectors::Session::open(connectors::ConnectionSpec{connectors::Dialect::Sqlite, path, false});
    workload::ProfileOptions options;
    options.iterations = executions;
    options.measure = measure;
    QElapsedTimer clock;
    clock.start();
    auto profile = workload::Profiler::run(workload, **session, options);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!profile) {
        std::fprintf(stderr, "profile failed: %s\n", qPrintable(profile.error().toString()));
        std::exit(1);
    }
    return seconds;
}

// Returns whether profiling stayed under 5% of the bare run.
bool profilingOverhead(const QString &dir, qint64 executions, int runs)
{
    auto model = ModelFile::load(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.strata"));
    auto workload = workload::Workload::load(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.workload.sql"));
    const QString path = dir + QStringLiteral("/shop.sqlite");
    workload::SynthOptions synth;
    synth.replace = true;
    if (!model || !workload || !workload::Synthesizer::toSqliteFile(*model, path, synth).ok()) {
        std::fprintf(stderr, "cannot make the shop's data\n");
        std::exit(1);
    }
    profileSeconds(*workload, path, executions / 10, true); // warm up
    double bare = 1e300, profiled = 1e300;
    for (int run = 0; run < runs; ++run) { // each goes first in turn: neither always meets a warmer cache
        const bool bareFirst = run % 2 == 0;
        const double first = profileSeconds(*workload, path, executions, !bareFirst);
        const double second = profileSeconds(*workload, path, executions, bareFirst);
        bare = std::min(bare, bareFirst ? first : second);
        profiled = std::min(profiled, bareFirst ? second : first);
    }
    const double overhead = profiled / bare - 1;
    std::printf("\nshop workload, %lld executions on the shop's data (SQLite); best of %d runs\n", executions, runs);
    std::printf("bare run (same executions and parameters):  %8.3f s\n", bare);
    std::printf("profiled (timers, counters, plans, fingerprints): %8.3f s\n", profiled);
    std::printf("profiling adds:                              %7.1f%%  (target: under 5%%)\n", overhead * 100);
    return overhead < 0.05;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows of the measured table."), QStringLiteral("N"), QStringLiteral("400000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each; the best counts."), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("only-synth"), QStringLiteral("Run (b) alone, for a profiler.")});
    parser.addOption({QStringLiteral("executions"), QStringLiteral("Executions of the shop workload."), QStringLiteral("N"),
                      QStringLiteral("30000")});
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir;
    const Model model = benchModel();
    const QString synthPath = dir.filePath(QStringLiteral("synth.sqlite")), barePath = dir.filePath(QStringLiteral("bare.sqlite"));
    synthesise(model, synthPath, rows); // warm up, and the rows (a) inserts
    if (parser.isSet(QStringLiteral("only-synth"))) {
        for (int run = 0; run < runs; ++run)
            std::printf("(b) strata synth: %10.0f rows/s\n", synthesise(model, synthPath, rows).wall);
        return 0;
    }
    const std::vector<std::vector<Value>> precomputed = readRows(synthPath);
    Speed bare, synth;
    for (int run = 0; run < runs; ++run) { // alternated, so that a busy moment of the machine hits both
        const Speed a = bareInsert(barePath, precomputed), b = synthesise(model, synthPath, rows);
        bare = {std::max(bare.wall, a.wall), std::max(bare.cpu, a.cpu)};
        synth = {std::max(synth.wall, b.wall), std::max(synth.cpu, b.cpu)};
    }
    const double ratio = synth.wall / bare.wall;
    std::printf("rows of purchase: %lld (7 columns: 2 bigint, e-mail, name, numeric(10,2), timestamp, status); best of %d runs\n",
                rows, runs);
    std::printf("                                 rows/s (wall)   rows/s (CPU of all threads)\n");
    std::printf("(a) bare prepared INSERT loop:   %12.0f   %12.0f\n", bare.wall, bare.cpu);
    std::printf("(b) strata synth:                %12.0f   %12.0f\n", synth.wall, synth.cpu);
    std::printf("(b)/(a):                         %11.0f%%   %11.0f%%   (target: at least 75%% of the wall rate)\n", ratio * 100,
                synth.cpu / bare.cpu * 100);
    const bool fastEnough = profilingOverhead(dir.path(), parser.value(QStringLiteral("executions")).toLongLong(), runs);
    return ratio >= 0.75 && fastEnough ? 0 : 1;
}
