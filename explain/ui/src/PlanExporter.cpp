#include "explain/ui/PlanExporter.h"

#include "explain/ui/PlanScene.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace strata::explain::ui {

namespace {

QRectF pictureRect(const PlanScene &scene)
{
    return scene.treeRect().adjusted(-24, -24, 24, 24);
}

} // namespace

QByteArray PlanExporter::svg(PlanScene &scene)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    const QRectF source = pictureRect(scene);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(QStringLiteral("Execution plan"));
    generator.setDescription(QStringLiteral("Drawn by Strata"));
    QPainter painter(&generator);
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene.backgroundBrush());
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return out;
}

QByteArray PlanExporter::png(PlanScene &scene, double scale, int maxSide)
{
    const QRectF source = pictureRect(scene);
    const double longest = std::max(source.width(), source.height()) * scale;
    if (longest > maxSide)
        scale *= maxSide / longest;
    const QSize size(std::max(1, int(source.width() * scale)), std::max(1, int(source.height() * scale)));
    QImage image(size, QImage::Format_RGB32);
    image.fill(scene.backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    painter.end();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return out;
}

Result<void> PlanExporter::save(PlanScene &scene, const QString &path)
{
    QByteArray data;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        data = svg(scene);
    else if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        data = png(scene);
    else
        return Error(QStringLiteral("cannot tell the picture format of %1: use a name ending in .svg or .png").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), SourcePlace::ofSource(path), QStringLiteral("io"));
    return Result<void>::success();
}

} // namespace strata::explain::ui
