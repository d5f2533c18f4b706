#include "modeler/ui/DiagramExporter.h"

#include "RelationshipItem.h"

#include "modeler/ui/DiagramScene.h"

#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSet>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace strata::modeler::ui {

namespace {

/// Puts the scene in picture mode for as long as it lives; for the selection, everything else is
/// hidden (the lines kept are those between two selected cards).
class ExportMode
{
public:
    ExportMode(DiagramScene &scene, DiagramExporter::Part part) : m_scene(scene)
    {
        scene.routeNow();
        scene.setExporting(true);
        if (part == DiagramExporter::Part::Selection)
            hideUnselected();
        m_source = (part == DiagramExporter::Part::Selection ? scene.selectionRect() : scene.contentRect()).adjusted(-24, -24, 24, 24);
        if (m_source.isEmpty())
            m_source = QRectF(0, 0, 200, 100);
    }
    ~ExportMode()
    {
        for (QGraphicsItem *item : m_hidden)
            item->setVisible(true);
        m_scene.setExporting(false);
    }
    QRectF source() const { return m_source; }

private:
    void hideUnselected()
    {
        const QStringList ids = m_scene.selectedCardIds();
        const QSet<QString> chosen(ids.begin(), ids.end());
        for (QGraphicsItem *item : m_scene.items()) {
            bool keep = item->isSelected();
            if (item->type() == RelationshipItem::Type) {
                const auto *line = static_cast<RelationshipItem *>(item);
                keep = chosen.contains(line->tableId()) && chosen.contains(line->targetId());
            }
            if (!keep && item->isVisible()) {
                item->setVisible(false);
                m_hidden << item;
            }
        }
    }

    DiagramScene &m_scene;
    QRectF m_source;
    QList<QGraphicsItem *> m_hidden;
};

void render(DiagramScene &scene, QPainter &painter, const QRectF &target, const QRectF &source)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(target, scene.backgroundBrush());
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
}

} // namespace

QByteArray DiagramExporter::svg(DiagramScene &scene, Part part)
{
    ExportMode mode(scene, part);
    const QRectF source = mode.source();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    const Diagram *d = scene.diagram();
    generator.setTitle(d ? d->name : QStringLiteral("Diagram"));
    generator.setDescription(QStringLiteral("Drawn by Strata"));
    QPainter painter(&generator);
    render(scene, painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return out;
}

QByteArray DiagramExporter::pdf(DiagramScene &scene, Part part)
{
    ExportMode mode(scene, part);
    const QRectF source = mode.source();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // One page the size of the diagram, in points: a vector picture that any viewer zooms into.
    writer.setPageSize(QPageSize(source.size(), QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setTitle(scene.diagram() ? scene.diagram()->name : QStringLiteral("Diagram"));
    writer.setCreator(QStringLiteral("Strata"));
    QPainter painter(&writer);
    render(scene, painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return out;
}

QByteArray DiagramExporter::png(DiagramScene &scene, Part part, double scale, int maxSide)
{
    ExportMode mode(scene, part);
    const QRectF source = mode.source();
    const double longest = std::max(source.width(), source.height()) * scale;
    if (longest > maxSide)
        scale *= maxSide / longest;
    // And no more than about 200 MB of pixels, which a 1,000-table diagram would pass at print size.
    constexpr double maxPixels = 50e6;
    if (source.width() * source.height() * scale * scale > maxPixels)
        scale = std::sqrt(maxPixels / (source.width() * source.height()));
    const QSize size(std::max(1, int(std::ceil(source.width() * scale))), std::max(1, int(std::ceil(source.height() * scale))));
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    render(scene, painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    painter.end();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return out;
}

bool DiagramExporter::knowsFormat(const QString &path)
{
    for (const char *ext : {".svg", ".pdf", ".png"}) {
        if (path.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Result<void> DiagramExporter::save(DiagramScene &scene, const QString &path, Part part)
{
    QByteArray data;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        data = svg(scene, part);
    else if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        data = pdf(scene, part);
    else if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        data = png(scene, part);
    else
        return Error(QStringLiteral("cannot tell the picture format of %1: use a name ending in .svg, .png or .pdf").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), SourcePlace::ofSource(path), QStringLiteral("io"));
    return Result<void>::success();
}

void DiagramExporter::print(DiagramScene &scene, QPrinter *printer, Part part)
{
    ExportMode mode(scene, part);
    const QRectF source = mode.source();
    QPainter painter(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    // Cards stay readable: at least 40% of their size on paper, over several pages when needed.
    const double pointsToPixels = printer->resolution() / 72.0;
    const double fit = std::min(page.width() / source.width(), page.height() / source.height());
    const double scale = std::max(fit, 0.4 * pointsToPixels);
    const QSizeF tile(page.width() / scale, page.height() / scale);
    const int columns = int(std::ceil(source.width() / tile.width())), rows = int(std::ceil(source.height() / tile.height()));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (r > 0 || c > 0)
                printer->newPage();
            const QRectF part(source.left() + c * tile.width(), source.top() + r * tile.height(), tile.width(), tile.height());
            render(scene, painter, QRectF(QPointF(0, 0), part.size() * scale), part);
        }
    }
    painter.end();
}

} // namespace strata::modeler::ui
