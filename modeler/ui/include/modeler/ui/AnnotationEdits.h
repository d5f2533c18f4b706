// The edits of a diagram's notes and areas, each one undo step: adding one with its text, changing
// the text of a note or the label of an area, colouring an area, deleting one. Notes and areas are
// named by keys, "note:ID" or "area:ID", as the diagram scene names them. Their rectangles (moves
// and resizes) are pushed by the scene itself.
#pragma once

#include <QRectF>
#include <QString>

namespace strata::modeler::ui {

class ModelDocument;

class AnnotationEdits
{
public:
    explicit AnnotationEdits(ModelDocument *document) : m_document(document) {}

    /// The colours offered for areas, in order; a new area takes the next one.
    static QStringList areaPalette();

    /// Returns the new note's key ("note:ID"); empty when the diagram is gone.
    QString addNote(const QString &diagramId, const QRectF &rect, const QString &text);
    QString addArea(const QString &diagramId, const QRectF &rect, const QString &label);
    /// A note's text or an area's label.
    void setText(const QString &diagramId, const QString &key, const QString &text);
    void setAreaColor(const QString &diagramId, const QString &key, const QString &color);
    void remove(const QString &diagramId, const QString &key);

private:
    ModelDocument *m_document;
};

} // namespace strata::modeler::ui
