// strata-cli diagram as a user runs it: the picture of a model's diagram (every table named in the
// SVG), laid out with --layout, another diagram by name, and clear errors with the right exit code.
#include <modeler/ModelFile.h>

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata::modeler;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STRATA_CLI), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const QString sample = QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.strata");

} // namespace

class TestDiagramCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void drawsEveryTableOfTheDiagram()
    {
        const QString svg = m_dir.filePath(QStringLiteral("shop.svg"));
        const Run run = cli({QStringLiteral("diagram"), sample, QStringLiteral("-o"), svg});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const Model model = *ModelFile::load(sample);
        for (const QString &id : model.diagrams.first().placements.keys()) {
            const QString name = model.table(id) ? model.table(id)->name : model.view(id)->name;
            QVERIFY2(text.contains(u'>' + name + u'<'), qPrintable(name));
        }
    }

    void anotherDiagramLaidOutAsPng()
    {
        const QString png = m_dir.filePath(QStringLiteral("catalogue.png"));
        QFile model(sample);
        QVERIFY(model.open(QIODevice::ReadOnly));
        const QByteArray before = model.readAll();
        model.close();
        const Run run = cli({QStringLiteral("diagram"), sample, QStringLiteral("--diagram"), QStringLiteral("Catalogue"), QStringLiteral("--layout"),
                             QStringLiteral("-o"), png});
        QCOMPARE(run.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 200);
        // The model file is not changed by --layout.
        QVERIFY(model.open(QIODevice::ReadOnly));
        QCOMPARE(model.readAll(), before);
    }

    void modelWithoutDiagramsIsDrawnWhole()
    {
        Model model = *ModelFile::load(sample);
        model.diagrams.clear();
        const QString file = m_dir.filePath(QStringLiteral("bare.strata"));
        QVERIFY(ModelFile::save(model, file).ok());
        const QString pdf = m_dir.filePath(QStringLiteral("bare.pdf"));
        QCOMPARE(cli({QStringLiteral("diagram"), file, QStringLiteral("-o"), pdf}).exitCode, 0);
        QFile out(pdf);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.read(5) == "%PDF-");
    }

    void errorsSayWhatIsWrong()
    {
        Run run = cli({QStringLiteral("diagram"), sample});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("give the picture to write with -o")));
        run = cli({QStringLiteral("diagram"), sample, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.gif"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("use a name ending in .svg, .png or .pdf")));
        run = cli({QStringLiteral("diagram"), sample, QStringLiteral("--diagram"), QStringLiteral("Nope"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.svg"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("has no diagram \"Nope\" (it has \"Whole shop\", \"Catalogue\")")), qPrintable(run.err));
        run = cli({QStringLiteral("diagram"), QStringLiteral(STRATA_TEST_DATA_DIR "/model-errors/truncated.strata"), QStringLiteral("-o"),
                   m_dir.filePath(QStringLiteral("x.svg"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("truncated.strata:")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.svg"))));
        run = cli({QStringLiteral("diagram"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--layout")));
    }
};

QTEST_GUILESS_MAIN(TestDiagramCli)
#include "TestDiagramCli.moc"
