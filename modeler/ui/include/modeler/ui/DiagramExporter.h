// Pictures of a diagram: SVG and PDF as vectors (every card in full detail at any zoom), PNG at
// print resolution, and printing; of the whole diagram or of the selected cards only (with the
// lines between them). Used by the window's Export menu and by `strata-cli diagram`.
#pragma once

#include <strata/Result.h>

#include <QByteArray>

class QPrinter;

namespace strata::modeler::ui {

class DiagramScene;

class DiagramExporter
{
public:
    enum class Part { Whole, Selection };

    static QByteArray svg(DiagramScene &scene, Part part = Part::Whole);
    static QByteArray pdf(DiagramScene &scene, Part part = Part::Whole);
    /// `scale` 2.0 is about 190 dpi on paper; the picture shrinks when its longer side would pass `maxSide`.
    static QByteArray png(DiagramScene &scene, Part part = Part::Whole, double scale = 2.0, int maxSide = 16000);
    /// Writes to a file atomically; the format is the extension: .svg, .pdf or .png.
    static Result<void> save(DiagramScene &scene, const QString &path, Part part = Part::Whole);
    /// Prints on as many pages as fit the diagram at a readable size (or one page when it is small).
    static void print(DiagramScene &scene, QPrinter *printer, Part part = Part::Whole);
    /// True when the extension names a format save() writes.
    static bool knowsFormat(const QString &path);
};

} // namespace strata::modeler::ui
