// Import of real schemas from ../shared/corpus/schemas (registered only where the corpus exists):
// Pagila (pg_dump of PostgreSQL 18: a domain with a non-ASCII name, partitions, uuidv7(), foreign
// keys added by ALTER TABLE ONLY, a VIRTUAL generated column), Sakila for PostgreSQL (partitions by
// INHERITS, rules) and Sakila for SQLite (foreign keys to tables defined later, a BLOB SUB_TYPE TEXT
// type, triggers). Each gives its tables, known keys and indexes, reports every function, trigger
// and rule it skips with its line, and exports again without errors.
#include "CaseFiles.h"

#include <modeler/DdlWriter.h>
#include <modeler/SqlImporter.h>

#include <QRegularExpression>
#include <QTest>

using namespace strata;
using namespace strata::modeler;

namespace {

QString corpusFile(const char *name)
{
    return QStringLiteral(STRATA_CORPUS_DIR "/schemas/") + QLatin1String(name);
}

ImportedScript importCorpus(const char *name, Dialect dialect)
{
    auto imported = SqlImporter::import(strata::test::readText(corpusFile(name)).toUtf8(), dialect, QLatin1String(name));
    if (!imported)
        qFatal("%s does not import: %s", name, qPrintable(imported.error().toString()));
    return std::move(imported.value());
}

const Table &table(const Model &m, const QString &name)
{
    for (const Table &t : m.tables) {
        if (t.name == name)
            return t;
    }
    qFatal("no table %s", qPrintable(name));
}

// "film(language_id) -> language(language_id)": what a person checks of a foreign key.
QString foreignKey(const Model &m, const QString &tableName, const QString &keyName)
{
    const Table &t = table(m, tableName);
    for (const ForeignKey &k : t.foreignKeys) {
        if (k.name != keyName)
            continue;
        const Table *target = m.table(k.referencedTableId);
        return QStringLiteral("%1(%2) -> %3(%4)")
            .arg(t.name, t.columnNames(k.columnIds).join(u','), target ? target->name : k.referencedTableId,
                 target ? target->columnNames(k.referencedColumnIds).join(u',') : QString());
    }
    return QStringLiteral("no foreign key %1").arg(keyName);
}

const Index *index(const Table &t, const QString &name)
{
    for (const Index &i : t.indexes) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

// The lines of the file that start with `pattern` that have no "skipped" diagnostic.
QList<int> unreportedLines(const char *file, const QString &pattern, const Diagnostics &diagnostics)
{
    const QStringList lines = strata::test::readText(corpusFile(file)).split(u'\n');
    const QRegularExpression start(QStringLiteral("^") + pattern);
    QList<int> out;
    for (int i = 0; i < lines.size(); ++i) {
        if (!start.match(lines[i]).hasMatch())
            continue;
        const bool reported = std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic &d) {
            return d.place.line == i + 1 && d.code == u"import.skipped" && d.severity == Severity::Warning;
        });
        if (!reported)
            out << i + 1;
    }
    return out;
}

int countLinesStartingWith(const char *file, const QString &pattern)
{
    return int(strata::test::readText(corpusFile(file)).split(u'\n').filter(QRegularExpression(QStringLiteral("^") + pattern)).size());
}

void exportsWithoutErrors(const Model &model, Dialect dialect)
{
    const DdlScript script = DdlWriter::write(model, dialect);
    QVERIFY(!hasErrors(script.diagnostics));
}

} // namespace

class TestImportCorpus : public QObject
{
    Q_OBJECT

private slots:
    void pagila()
    {
        const ImportedScript imported = importCorpus("pagila-schema.postgres.sql", Dialect::Postgres);
        const Model &m = imported.model;
        QCOMPARE(m.tables.size(), 71);
        QCOMPARE(m.views.size(), 8);
        QCOMPARE(foreignKey(m, QStringLiteral("film"), QStringLiteral("film_language_id_fkey")),
                 QStringLiteral("film(language_id) -> language(language_id)"));
        QCOMPARE(foreignKey(m, QStringLiteral("payment_p2022_01"), QStringLiteral("payment_p2022_01_rental_id_fkey")),
                 QStringLiteral("payment_p2022_01(rental_id) -> rental(rental_id)"));
        const Table &film = table(m, QStringLiteral("film"));
        QCOMPARE(film.foreignKeys.first().onDelete, ReferentialAction::Restrict);
        QCOMPARE(index(film, QStringLiteral("film_fulltext_idx"))->method, QStringLiteral("gist"));
        const Index *rental = index(table(m, QStringLiteral("rental")), QStringLiteral("idx_unq_rental_rental_date_inventory_id_customer_id"));
        QVERIFY(rental && rental->unique && rental->keys.size() == 3);
        QCOMPARE(film.columnByName(QStringLiteral("length_hours"))->generatedExpr, QStringLiteral("round(length / 60.0, 2)"));
        QCOMPARE(table(m, QStringLiteral("customer")).columnByName(QStringLiteral("uuid"))->defaultExpr, QStringLiteral("uuidv7()"));

        // The domain with a non-ASCII name, and the partitions of payment.
        QVERIFY(std::any_of(m.domains.begin(), m.domains.end(), [](const Domain &d) { return d.name == u"bıgınt"; }));
        const Table &payment = table(m, QStringLiteral("payment"));
        QCOMPARE(payment.partitionKey, QStringLiteral("RANGE (payment_date)"));
        const auto partitions = std::count_if(m.tables.begin(), m.tables.end(), [&](const Table &t) { return t.partitionOfTableId == payment.id; });
        QCOMPARE(int(partitions), countLinesStartingWith("pagila-schema.postgres.sql", QStringLiteral("ALTER TABLE ONLY public.payment ATTACH PARTITION")));
        QCOMPARE(table(m, QStringLiteral("payment_p2022_01")).partitionBound,
                 QStringLiteral("FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00')"));

        QCOMPARE(unreportedLines("pagila-schema.postgres.sql", QStringLiteral("CREATE (FUNCTION|TRIGGER|AGGREGATE|EXTENSION)"),
                                 imported.diagnostics),
                 QList<int>());
        QVERIFY(std::any_of(imported.diagnostics.begin(), imported.diagnostics.end(),
                            [](const Diagnostic &d) { return d.place.line == 453 && d.message.contains(u"VIRTUAL"); }));
        exportsWithoutErrors(m, Dialect::Postgres);
        exportsWithoutErrors(m, Dialect::Sqlite); // pgvector's public.vector(20) among them
    }

    void sakilaPostgres()
    {
        const ImportedScript imported = importCorpus("sakila-schema.postgres.sql", Dialect::Postgres);
        const Model &m = imported.model;
        QCOMPARE(m.tables.size(), 21);
        QCOMPARE(m.views.size(), 7);
        QCOMPARE(foreignKey(m, QStringLiteral("address"), QStringLiteral("address_city_id_fkey")), QStringLiteral("address(city_id) -> city(city_id)"));
        // Partitions by INHERITS get their parent's columns, so their own keys and indexes resolve.
        QCOMPARE(foreignKey(m, QStringLiteral("payment_p2007_01"), QStringLiteral("payment_p2007_01_customer_id_fkey")),
                 QStringLiteral("payment_p2007_01(customer_id) -> customer(customer_id)"));
        QVERIFY(index(table(m, QStringLiteral("payment_p2007_01")), QStringLiteral("idx_fk_payment_p2007_01_customer_id")));
        QCOMPARE(unreportedLines("sakila-schema.postgres.sql", QStringLiteral("CREATE (FUNCTION|TRIGGER|RULE|AGGREGATE)"), imported.diagnostics),
                 QList<int>());
        exportsWithoutErrors(m, Dialect::Postgres);
    }

    void sakilaSqlite()
    {
        const ImportedScript imported = importCorpus("sakila-schema.sqlite.sql", Dialect::Sqlite);
        const Model &m = imported.model;
        QCOMPARE(m.tables.size(), 16);
        QCOMPARE(m.views.size(), 5); // actor_info is in a comment
        // customer is created before store, which it references.
        QCOMPARE(foreignKey(m, QStringLiteral("customer"), QStringLiteral("fk_customer_store")), QStringLiteral("customer(store_id) -> store(store_id)"));
        QCOMPARE(foreignKey(m, QStringLiteral("store"), QStringLiteral("fk_store_staff")), QStringLiteral("store(manager_staff_id) -> staff(staff_id)"));
        QVERIFY(index(table(m, QStringLiteral("city")), QStringLiteral("idx_fk_country_id")));
        // BLOB SUB_TYPE TEXT: read by SQLite's affinity rules, with a warning at the table's line.
        QCOMPARE(table(m, QStringLiteral("film")).columnByName(QStringLiteral("description"))->type.kind, DataType::Kind::Text);
        QVERIFY(std::any_of(imported.diagnostics.begin(), imported.diagnostics.end(), [](const Diagnostic &d) {
            return d.code == u"import.type" && d.place.line == 217 && d.place.path == u"film.description";
        }));
        QCOMPARE(unreportedLines("sakila-schema.sqlite.sql", QStringLiteral("CREATE TRIGGER"), imported.diagnostics), QList<int>());
        exportsWithoutErrors(m, Dialect::Sqlite);
    }
};

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "TestImportCorpus.moc"
