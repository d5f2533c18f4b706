// Pictures of a plan drawing: SVG (every card in full detail, any size) and PNG (scaled so that the
// longer side stays within what image viewers open).
#pragma once

#include <strata/Result.h>

#include <QByteArray>

namespace strata::explain::ui {

class PlanScene;

class PlanExporter
{
public:
    static QByteArray svg(PlanScene &scene);
    /// `scale` 1.0 draws cards at their natural size; the picture is shrunk when its longer side
    /// would pass `maxSide` pixels.
    static QByteArray png(PlanScene &scene, double scale = 1.0, int maxSide = 16000);
    /// Writes to a file (atomically); the format is the file's extension (.svg or .png).
    static Result<void> save(PlanScene &scene, const QString &path);
};

} // namespace strata::explain::ui
