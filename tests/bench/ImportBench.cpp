// Benchmark of the PostgreSQL import: a generated pg_dump-style script of 2,000 tables and 20,000
// columns (sequences owned by serial columns, defaults, comments, primary keys, foreign keys and
// indexes, the owner and SET lines pg_dump writes) is parsed by libpg_query alone, then imported
// whole (parse, build the model, resolve references), in the same run. Prints the best of several
// runs in CPU time of the thread (the machine may be shared) and wall time, MB/s, tables/s, and the
// ratio of the import to the bare parse, which must stay within 2: the exit code is 1 when it does not.
//
//   import_bench [--tables 2000] [--runs 5] [--file dump.sql] [--write dump.sql]
// --file measures a script of your own; --write saves the generated script.
#include "BenchTiming.h"

#include <modeler/PostgresScriptImporter.h>

#include <QCoreApplication>
#include <QFile>

#include <pg_query.h>

#include <cstdio>

using namespace strata;
using namespace strata::modeler;

namespace {

using bench::measure;
using bench::Timing;

const int columnsPerTable = 10;

QString column(int table, int c)
{
    switch (c % 5) {
    case 0: return QStringLiteral("    name_%1 character varying(80) DEFAULT ''::character varying NOT NULL").arg(c);
    case 1: return QStringLiteral("    amount_%1 numeric(12,2) DEFAULT 0").arg(c);
    case 2: return QStringLiteral("    created_%1 timestamp with time zone DEFAULT now() NOT NULL").arg(c);
    case 3: return QStringLiteral("    ref_%1 integer").arg(c);
    default: return QStringLiteral("    \"Flag %1\" boolean DEFAULT (%2 > 0)").arg(c).arg(table % 7);
    }
}

// What pg_dump --schema-only writes for `tables` tables with serial keys, in its order: SET lines,
// each table with its sequence, owner and comments, then keys, indexes and foreign keys.
QByteArray generatedScript(int tables)
{
    QString out = QStringLiteral("--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n"
                                 "SET standard_conforming_strings = on;\nSELECT pg_catalog.set_config('search_path', '', false);\n"
                                 "SET default_tablespace = '';\nSET default_table_access_method = heap;\n\n");
    for (int t = 0; t < tables; ++t) {
        const QString name = QStringLiteral("public.table_%1").arg(t, 4, 10, QLatin1Char('0'));
        QStringList columns{QStringLiteral("    id integer NOT NULL")};
        for (int c = 1; c < columnsPerTable; ++c)
            columns << column(t, c);
        out += QStringLiteral("--\n-- Name: table_%1; Type: TABLE; Schema: public; Owner: postgres\n--\n\n").arg(t, 4, 10, QLatin1Char('0'));
        out += QStringLiteral("CREATE TABLE %1 (\n%2\n);\n\n\nALTER TABLE %1 OWNER TO postgres;\n\n").arg(name, columns.join(QStringLiteral(",\n")));
        out += QStringLiteral("COMMENT ON TABLE %1 IS 'Table number %2, it''s generated';\n\n").arg(name).arg(t);
        out += QStringLiteral("COMMENT ON COLUMN %1.name_5 IS 'A name';\n\n").arg(name);
        out += QStringLiteral("CREATE SEQUENCE %1_id_seq\n    AS integer\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n"
                              "    NO MAXVALUE\n    CACHE 1;\n\n\nALTER TABLE %1_id_seq OWNER TO postgres;\n\n"
                              "ALTER SEQUENCE %1_id_seq OWNED BY %1.id;\n\n")
                   .arg(name);
    }
    for (int t = 0; t < tables; ++t) {
        const QString name = QStringLiteral("public.table_%1").arg(t, 4, 10, QLatin1Char('0'));
        out += QStringLiteral("ALTER TABLE ONLY %1 ALTER COLUMN id SET DEFAULT nextval('%1_id_seq'::regclass);\n\n").arg(name);
        out += QStringLiteral("ALTER TABLE ONLY %1\n    ADD CONSTRAINT table_%2_pkey PRIMARY KEY (id);\n\n").arg(name).arg(t, 4, 10, QLatin1Char('0'));
    }
    for (int t = 0; t < tables; ++t) {
        const QString short_ = QStringLiteral("table_%1").arg(t, 4, 10, QLatin1Char('0'));
        out += QStringLiteral("CREATE INDEX %1_ref_3_idx ON public.%1 USING btree (ref_3);\n\n").arg(short_);
        out += QStringLiteral("CREATE UNIQUE INDEX %1_name_idx ON public.%1 USING btree (lower((name_5)::text)) WHERE (\"Flag 4\");\n\n")
                   .arg(short_);
    }
    for (int t = 0; t < tables; ++t) {
        const QString short_ = QStringLiteral("table_%1").arg(t, 4, 10, QLatin1Char('0'));
        for (int ref : {3, 8}) {
            const int target = (t * 7 + ref) % tables;
            out += QStringLiteral("ALTER TABLE ONLY public.%1\n    ADD CONSTRAINT %1_ref_%2_fkey FOREIGN KEY (ref_%2) REFERENCES "
                                  "public.table_%3(id) ON DELETE CASCADE;\n\n")
                       .arg(short_)
                       .arg(ref)
                       .arg(target, 4, 10, QLatin1Char('0'));
        }
    }
    return out.toUtf8();
}

// The ratio of the import to the bare parse, after printing the timings.
double run(const QString &label, const QByteArray &script, int runs)
{
    Timing parse, import;
    int tables = 0, columns = 0, foreignKeys = 0;
    for (int r = 0; r < runs; ++r) {
        measure(parse, [&] {
            PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(script.constData());
            if (parsed.error)
                std::fprintf(stderr, "libpg_query: %s\n", parsed.error->message);
            pg_query_free_protobuf_parse_result(parsed);
        });
        measure(import, [&] {
            auto imported = PostgresScriptImporter::import(script);
            if (!imported) {
                std::fprintf(stderr, "import: %s\n", qPrintable(imported.error().toString()));
                return;
            }
            tables = int(imported->model.tables.size());
            columns = foreignKeys = 0;
            for (const Table &t : imported->model.tables) {
                columns += int(t.columns.size());
                foreignKeys += int(t.foreignKeys.size());
            }
        });
    }
    const double mb = script.size() / 1e6;
    std::printf("\n%s: %.2f MB, %d tables, %d columns, %d foreign keys; best of %d runs\n", qPrintable(label), mb, tables,
                columns, foreignKeys, runs);
    std::printf("  %-40s %9s %9s %9s %12s\n", "step", "cpu ms", "wall ms", "MB/s", "tables/s");
    std::printf("  %-40s %9.1f %9.1f %9.2f %12.0f\n", "libpg_query parse alone", parse.cpu, parse.wall, mb / parse.cpu * 1e3,
                tables / parse.cpu * 1e3);
    std::printf("  %-40s %9.1f %9.1f %9.2f %12.0f\n", "import (parse, model, references)", import.cpu, import.wall,
                mb / import.cpu * 1e3, tables / import.cpu * 1e3);
    const double ratio = import.cpu / parse.cpu;
    std::printf("  import / parse: %.2f (target at most 2: %s)\n", ratio, ratio <= 2 ? "met" : "MISSED");
    return ratio;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int tables = 2000, runs = 5;
    QString file, write;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--tables")
            tables = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--file")
            file = args[i + 1];
        else if (args[i] == u"--write")
            write = args[i + 1];
    }
    if (!write.isEmpty()) {
        QFile out(write);
        if (!out.open(QIODevice::WriteOnly) || out.write(generatedScript(tables)) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(write));
            return 1;
        }
        return 0;
    }
    std::printf("import benchmark (libpg_query %s)\n", PG_VERSION);
    double ratio = 0;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
            return 1;
        }
        ratio = run(file, f.readAll(), runs);
    } else {
        ratio = run(QStringLiteral("generated pg_dump --schema-only"), generatedScript(tables), runs);
    }
    return ratio <= 2 ? 0 : 1;
}
