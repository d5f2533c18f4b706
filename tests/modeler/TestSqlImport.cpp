// SQL import cases on disk: tests/data/import/NAME.DIALECT.sql must give NAME.DIALECT.strata (the
// model) and NAME.DIALECT.diagnostics (what was skipped or changed, one per line, with its line), or
// NAME.DIALECT.error when the script must not import. The scripts of the DDL writer's cases
// (tests/data/ddl/NAME.DIALECT.sql) are import cases too, expected in import/ddl-NAME.DIALECT.*.
// Every imported model must export again without errors. Also: cancelling, and progress.
#include "CaseFiles.h"

#include <modeler/DdlWriter.h>
#include <modeler/ModelFile.h>
#include <modeler/SqlImporter.h>

#include <QFileInfo>
#include <QTest>

using namespace strata;
using namespace strata::modeler;

namespace {

const QString caseDir = QStringLiteral(STRATA_TEST_DATA_DIR "/import");

Dialect dialectOf(const QString &file)
{
    return file.endsWith(QStringLiteral(".sqlite.sql")) ? Dialect::Sqlite : Dialect::Postgres;
}

QString diagnosticsText(const Diagnostics &diagnostics)
{
    QString out;
    for (const Diagnostic &d : diagnostics)
        out += d.toString() + u'\n';
    return out;
}

QByteArray readBytes(const QString &path)
{
    return strata::test::readText(path).toUtf8();
}

} // namespace

class TestSqlImport : public QObject
{
    Q_OBJECT

private slots:
    void casesGiveTheirModel_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("base"); // the expected files without their suffix
        const QStringList files = strata::test::caseFiles(caseDir, QStringLiteral("*.sql"));
        QVERIFY(files.size() >= 6);
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f << f.chopped(4);
        const QStringList written = strata::test::caseFiles(QStringLiteral(STRATA_TEST_DATA_DIR "/ddl"), QStringLiteral("*.sql"));
        QVERIFY(written.size() >= 10);
        for (const QString &f : written) {
            const QString name = QStringLiteral("ddl-") + QFileInfo(f).fileName();
            QTest::newRow(qPrintable(name)) << f << caseDir + u'/' + name.chopped(4);
        }
    }

    void casesGiveTheirModel()
    {
        QFETCH(QString, file);
        QFETCH(QString, base);
        const Dialect dialect = dialectOf(file);
        auto imported = SqlImporter::import(readBytes(file), dialect, QFileInfo(file).fileName());
        if (!imported) {
            QVERIFY2(imported.error().place.line > 0, qPrintable(imported.error().toString()));
            QVERIFY2(!QFileInfo::exists(base + QStringLiteral(".strata")), "the case expects a model");
            STRATA_COMPARE_FILE(imported.error().toString() + u'\n', base + QStringLiteral(".error"));
            return;
        }
        QVERIFY2(!QFileInfo::exists(base + QStringLiteral(".error")), "the case expects an error");
        Model &model = imported->model;
        model.name = QFileInfo(base).fileName();
        STRATA_COMPARE_FILE(QString::fromUtf8(ModelFile::toJson(model)), base + QStringLiteral(".strata"));
        STRATA_COMPARE_FILE(diagnosticsText(imported->diagnostics), base + QStringLiteral(".diagnostics"));
        const DdlScript exported = DdlWriter::write(model, dialect);
        QVERIFY2(!hasErrors(exported.diagnostics), qPrintable(diagnosticsText(exported.diagnostics)));
    }

    void skippedStatementsNameTheirLines()
    {
        // What a user sees first: each statement that is not modelled is named with its line.
        auto imported = SqlImporter::import(QByteArrayLiteral("CREATE TABLE t (a int);\n\nCREATE FUNCTION f() RETURNS int\n"
                                                              "LANGUAGE sql AS 'SELECT 1';\nCREATE TRIGGER x AFTER INSERT ON t "
                                                              "FOR EACH ROW EXECUTE FUNCTION f();\n"),
                                            Dialect::Postgres, QStringLiteral("s.sql"));
        QVERIFY(imported.ok());
        QCOMPARE(imported->model.tables.size(), 1);
        QCOMPARE(imported->diagnostics.size(), 2);
        QCOMPARE(imported->diagnostics[0].place.line, 3);
        QCOMPARE(imported->diagnostics[1].place.line, 5);
        QCOMPARE(imported->diagnostics[1].code, QStringLiteral("import.skipped"));
    }

    void cancelStopsTheImport_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("postgres") << int(Dialect::Postgres);
        QTest::newRow("sqlite") << int(Dialect::Sqlite);
    }

    void cancelStopsTheImport()
    {
        QFETCH(int, dialect);
        TaskControl control;
        control.cancel();
        auto imported = SqlImporter::import(QByteArrayLiteral("CREATE TABLE t (a int);"), Dialect(dialect), {}, &control);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, QString::fromLatin1(cancelledCode));
    }

    void progressReachesTheEnd()
    {
        qint64 lastDone = -1, lastTotal = -1;
        TaskControl control([&](qint64 done, qint64 total, const QString &) {
            lastDone = done;
            lastTotal = total;
        });
        auto imported = SqlImporter::import(readBytes(caseDir + QStringLiteral("/pg-dump-rich.postgres.sql")), Dialect::Postgres, {},
                                            &control);
        QVERIFY(imported.ok());
        QVERIFY(lastTotal > 100);
        QCOMPARE(lastDone, lastTotal);
    }
};

QTEST_GUILESS_MAIN(TestSqlImport)
#include "TestSqlImport.moc"
