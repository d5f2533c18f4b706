// The .strata file: everything written is read back, the writing is deterministic and diff-friendly,
// saves are atomic, and every malformed file is refused with its line, column and what was expected.
#include "CaseFiles.h"
#include "RichModel.h"

#include <modeler/ModelFile.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace strata::modeler;
using strata::test::richModel;

class TestModelFile : public QObject
{
    Q_OBJECT

private slots:
    void readsBackEverythingItWrites()
    {
        const Model model = richModel();
        auto back = ModelFile::fromJson(ModelFile::toJson(model), QStringLiteral("rich.strata"));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
        QVERIFY(back.value() == model);
        QCOMPARE(ModelFile::toJson(back.value()), ModelFile::toJson(model));
    }

    void keepsTheDialectsTheModelIsCheckedFor()
    {
        Model model = richModel();
        QVERIFY(!ModelFile::toJson(model).contains("\"lint\"")); // the default (PostgreSQL) is not written
        model.lintDialects = {Dialect::Postgres, Dialect::Sqlite};
        const QByteArray json = ModelFile::toJson(model);
        QVERIFY(json.contains("\"dialects\": [\n            \"postgres\",\n            \"sqlite\"\n        ]"));
        auto back = ModelFile::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back->lintDialects, model.lintDialects);
    }

    void keepsHugeIntegersExact()
    {
        Model model = richModel();
        model.sequences[0].options.maxValue = std::numeric_limits<qint64>::max();
        model.sequences[0].options.minValue = std::numeric_limits<qint64>::min();
        auto back = ModelFile::fromJson(ModelFile::toJson(model));
        QVERIFY(back.ok());
        QCOMPARE(*back->sequences[0].options.maxValue, std::numeric_limits<qint64>::max());
        QCOMPARE(*back->sequences[0].options.minValue, std::numeric_limits<qint64>::min());
    }

    void changingOneColumnChangesOneLine()
    {
        Model model = richModel();
        const QStringList before = QString::fromUtf8(ModelFile::toJson(model)).split(u'\n');
        model.tables[0].columns[2].type = DataType::parse(u"varchar(200)").value();
        const QStringList after = QString::fromUtf8(ModelFile::toJson(model)).split(u'\n');
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (int i = 0; i < before.size(); ++i)
            changed += before[i] != after[i];
        QCOMPARE(changed, 1);

        // Renaming keeps the id, so references elsewhere in the file do not change.
        model.tables[0].columns[0].name = QStringLiteral("customer_id");
        const QStringList renamed = QString::fromUtf8(ModelFile::toJson(model)).split(u'\n');
        changed = 0;
        for (int i = 0; i < after.size(); ++i)
            changed += after[i] != renamed[i];
        QCOMPARE(changed, 1);
    }

    void savesAtomicallyAndLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.strata"));
        QVERIFY(ModelFile::save(richModel(), path).ok());
        auto loaded = ModelFile::load(path);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        QVERIFY(loaded.value() == richModel());
        // Nothing but the model is left in the folder: no temporary files.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("shop.strata")});
    }

    void failedSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.strata"));
        QVERIFY(ModelFile::save(richModel(), path).ok());
        const QByteArray old = strata::test::readText(path).toUtf8();
        // A file in a folder that does not exist cannot be written: the error names the file.
        const QString bad = dir.filePath(QStringLiteral("missing/shop.strata"));
        auto r = ModelFile::save(Model{}, bad);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(bad), qPrintable(r.error().toString()));
        QCOMPARE(strata::test::readText(path).toUtf8(), old);
    }

    void missingFileIsAClearError()
    {
        auto r = ModelFile::load(QStringLiteral("/nonexistent/model.strata"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().toString().startsWith(QStringLiteral("/nonexistent/model.strata: cannot open the model")));
    }

    // Each tests/data/model-errors/NAME.strata must fail with the message in NAME.expected.
    void refusesMalformedFiles_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = strata::test::caseFiles(QStringLiteral(STRATA_TEST_DATA_DIR "/model-errors"),
                                                          QStringLiteral("*.strata"));
        QVERIFY(files.size() >= 8);
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).baseName())) << f;
    }

    void refusesMalformedFiles()
    {
        QFETCH(QString, file);
        auto r = ModelFile::load(file);
        QVERIFY2(!r.ok(), "a malformed file was accepted");
        QString message = r.error().toString();
        message.replace(QStringLiteral(STRATA_TEST_DATA_DIR "/model-errors/"), QString());
        STRATA_COMPARE_FILE(message + u'\n', file.chopped(7) + QStringLiteral(".expected"));
    }
};

QTEST_GUILESS_MAIN(TestModelFile)
#include "TestModelFile.moc"
