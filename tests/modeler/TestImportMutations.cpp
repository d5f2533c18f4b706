// Mutation test of both SQL importers: the scripts of the test data (import cases, DDL cases and
// round-trip schemas) are cut, duplicated, shuffled and sprinkled with SQL fragments that open
// strings, comments, quoted names, dollar quotes, groups and statements. Each mutant, given to its
// own dialect's importer and now and then to the other's, must import or give an Error with a line,
// never crash; a model it gives must name a line in every diagnostic and export again.
// STRATA_SEED=n replays a run.
#include "CaseFiles.h"
#include "RandomModel.h"

#include <modeler/DdlWriter.h>
#include <modeler/SqlImporter.h>

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>

using namespace strata;
using namespace strata::modeler;

namespace {

struct Seed
{
    QString name;
    QByteArray script;
    Dialect dialect;
};

QList<Seed> seeds()
{
    QList<Seed> out;
    for (const char *dir : {"/import", "/ddl", "/ddl-roundtrip"}) {
        QDirIterator it(QStringLiteral(STRATA_TEST_DATA_DIR) + QLatin1String(dir), {QStringLiteral("*.sql")}, QDir::Files);
        while (it.hasNext()) {
            const QString f = it.next();
            const Dialect dialect = f.contains(QStringLiteral("sqlite")) ? Dialect::Sqlite : Dialect::Postgres;
            out << Seed{f, strata::test::readText(f).toUtf8(), dialect};
        }
    }
    std::sort(out.begin(), out.end(), [](const Seed &a, const Seed &b) { return a.name < b.name; });
    return out;
}

QByteArray mutate(QByteArray text, QRandomGenerator &random)
{
    static const QList<QByteArray> pieces = {
        "(", ")", "'", "\"", "$$", "$x$", ";", "--", "/*", "*/", "\\", "\n\\restrict k\n", ",", "[", "]", "E'\\'",
        " CREATE TABLE t (", " CONSTRAINT ", " CHECK (", " DEFAULT ", " REFERENCES ", " PRIMARY KEY ", " ONLY ",
        " AS ", " WITH ", " WHERE ", " VIRTUAL", " COLLATE ", " GENERATED ALWAYS AS (", "COPY t FROM stdin;\n",
        "ü", "\xF0\x9F\x98\x80", "\xC3", QByteArray(1, '\0'), "\n", " BEGIN ", " END;", " TRIGGER "};
    const auto at = [&](qsizetype size) { return size > 0 ? qsizetype(random.bounded(quint64(size))) : 0; };
    const int edits = 1 + int(random.bounded(4));
    for (int e = 0; e < edits; ++e) {
        const qsizetype from = at(text.size());
        const qsizetype length = std::min<qsizetype>(text.size() - from, 1 + at(80));
        switch (random.bounded(6)) {
        case 0: text.remove(from, length); break;
        case 1: text.insert(from, text.mid(at(text.size()), length)); break;
        case 2: text.insert(from, pieces[at(pieces.size())]); break;
        case 3: text.truncate(from); break;
        case 4: text[from] = char(random.bounded(256)); break;
        case 5: {
            QList<QByteArray> lines = text.split('\n');
            if (lines.size() > 1)
                lines.swapItemsAt(at(lines.size()), at(lines.size()));
            text = lines.join('\n');
            break;
        }
        }
        if (text.isEmpty())
            break;
    }
    return text;
}

struct Outcome
{
    bool imported = false;
    QString problem; ///< empty when the mutant behaves
};

Outcome check(const QByteArray &mutant, Dialect dialect)
{
    auto imported = SqlImporter::import(mutant, dialect, QStringLiteral("mutant.sql"));
    if (!imported) {
        if (imported.error().place.line <= 0)
            return {false, QStringLiteral("an error without a line: ") + imported.error().toString()};
        return {false, {}};
    }
    for (const Diagnostic &d : imported->diagnostics) {
        if (d.place.line <= 0)
            return {true, QStringLiteral("a diagnostic without a line: ") + d.toString()};
    }
    DdlWriter::write(imported->model, dialect); // must not crash; what it says is the DDL tests' business
    return {true, {}};
}

} // namespace

class TestImportMutations : public QObject
{
    Q_OBJECT

private slots:
    void mutantsImportOrNameTheirLine()
    {
        const QList<Seed> all = seeds();
        QVERIFY(all.size() >= 20);
        const quint32 seed = qEnvironmentVariableIsSet("STRATA_SEED") ? strata::test::firstSeed() : 20240611u;
        QRandomGenerator random(seed);
        const int rounds = qEnvironmentVariableIntValue("STRATA_MUTATION_ROUNDS") > 0 ? qEnvironmentVariableIntValue("STRATA_MUTATION_ROUNDS") : 80;
        int imported = 0, refused = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const Seed &s : all) {
                const QByteArray mutant = mutate(s.script, random);
                // Now and then a script goes to the other dialect's importer.
                const Dialect dialect = random.bounded(8) == 0 ? Dialect(1 - int(s.dialect)) : s.dialect;
                const Outcome outcome = check(mutant, dialect);
                QVERIFY2(outcome.problem.isEmpty(), qPrintable(QStringLiteral("seed %1, mutant of %2 (%3):\n%4\n--- mutant:\n%5")
                                                                    .arg(seed).arg(s.name, dialectName(dialect), outcome.problem,
                                                                                   QString::fromUtf8(mutant))));
                ++(outcome.imported ? imported : refused);
            }
        }
        qInfo("%d mutants imported, %d refused", imported, refused);
        // Both outcomes must occur, or the mutations are too weak or too strong to say anything.
        QVERIFY2(imported > 10 && refused > 10, qPrintable(QStringLiteral("%1 imported, %2 refused").arg(imported).arg(refused)));
    }
};

QTEST_GUILESS_MAIN(TestImportMutations)
#include "TestImportMutations.moc"
