// Pictures of a diagram: the SVG names every table on the diagram (and only the selected ones when
// exporting the selection), the PDF is a PDF, the PNG has the diagram's proportions at print size.
#include "SampleModel.h"

#include <modeler/ModelFile.h>
#include <modeler/ui/DiagramExporter.h>
#include <modeler/ui/DiagramScene.h>
#include <modeler/ui/ModelDocument.h>

#include <QImage>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace strata::modeler;
using namespace strata::modeler::ui;

class TestDiagramExport : public QObject
{
    Q_OBJECT

    ModelDocument m_document;

private slots:
    void initTestCase()
    {
        m_document.reset(strata::test::sampleModel());
    }

    void svgNamesEveryTable()
    {
        DiagramScene scene(&m_document, QStringLiteral("main"));
        const QString svg = QString::fromUtf8(DiagramExporter::svg(scene));
        QVERIFY(svg.startsWith(QStringLiteral("<?xml")));
        const Diagram &d = m_document.model().diagrams[0];
        QVERIFY(d.placements.size() > 10);
        for (auto it = d.placements.begin(); it != d.placements.end(); ++it) {
            const Table *t = m_document.model().table(it.key());
            const QString name = t ? t->name : m_document.model().view(it.key())->name;
            QVERIFY2(svg.contains(u'>' + name + u'<'), qPrintable(name));
        }
        // Columns and types too: the picture is the whole card, not a thumbnail.
        QVERIFY(svg.contains(QStringLiteral(">customer_id<")));
        QVERIFY(svg.contains(QStringLiteral(">Orders are never deleted: cancel or refund them.<")) ||
                svg.contains(QStringLiteral(">Orders are never deleted:")));
    }

    void selectionExportHasOnlyTheSelection()
    {
        DiagramScene scene(&m_document, QStringLiteral("main"));
        scene.selectObjects({ObjectRef::table(QStringLiteral("orders")), ObjectRef::table(QStringLiteral("customer"))});
        const QString svg = QString::fromUtf8(DiagramExporter::svg(scene, DiagramExporter::Part::Selection));
        QVERIFY(svg.contains(QStringLiteral(">orders<")));
        QVERIFY(svg.contains(QStringLiteral(">customer<")));
        QVERIFY(!svg.contains(QStringLiteral(">payment<")));
        QVERIFY(!svg.contains(QStringLiteral(">warehouse<")));
        // Afterwards the scene shows everything again.
        QCOMPARE(QString::fromUtf8(DiagramExporter::svg(scene)).contains(QStringLiteral(">payment<")), true);
    }

    void pdfAndPngAreWritten()
    {
        DiagramScene scene(&m_document, QStringLiteral("main"));
        QTemporaryDir dir;
        for (const char *name : {"shop.pdf", "shop.png", "shop.svg"}) {
            const QString path = dir.filePath(QLatin1String(name));
            QVERIFY(DiagramExporter::save(scene, path).ok());
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        QFile pdf(dir.filePath(QStringLiteral("shop.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QImage png(dir.filePath(QStringLiteral("shop.png")));
        const QRectF content = scene.contentRect().adjusted(-24, -24, 24, 24);
        QVERIFY(!png.isNull());
        QCOMPARE(png.width(), int(std::ceil(content.width() * 2)));
        QCOMPARE(png.height(), int(std::ceil(content.height() * 2)));
        QVERIFY(!DiagramExporter::save(scene, dir.filePath(QStringLiteral("shop.gif"))).ok());
    }

    void printsReadablyOnPages()
    {
        DiagramScene scene(&m_document, QStringLiteral("main"));
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        DiagramExporter::print(scene, &printer);
        QFile pdf(dir.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        // The sample is wider than an A4 page at a readable size: it takes several pages.
        QVERIFY(bytes.count("/Type /Page") - bytes.count("/Type /Pages") >= 2);
    }
};

QTEST_MAIN(TestDiagramExport)
#include "TestDiagramExport.moc"
