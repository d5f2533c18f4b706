// Opens the right editor for an object and turns what the user accepts into one undoable edit:
// new and changed tables, columns, keys, foreign keys, indexes, checks, enums, views, notes, areas
// and diagrams. Dialogs open window-modal without blocking (tests drive them like a user).
#pragma once

#include <modeler/ObjectRef.h>

#include <QObject>
#include <QPointF>
#include <QRectF>

class QWidget;

namespace strata::modeler::ui {

class LintMonitor;
class ModelDocument;

class ObjectEditor : public QObject
{
    Q_OBJECT

public:
    ObjectEditor(ModelDocument *document, LintMonitor *lint, QWidget *dialogParent);

    /// Opens the editor of any object (a column opens its table, with the column chosen).
    void edit(const ObjectRef &object);
    /// A new table on `diagramId` (may be empty: in the model only) at `position`.
    void newTable(const QString &diagramId, QPointF position);
    void newView(const QString &diagramId, QPointF position);
    void newEnum();
    /// The table editor with a new, empty column row ready for typing.
    void addColumn(const QString &tableId);
    void addForeignKey(const QString &tableId);
    void addIndex(const QString &tableId);
    void addCheck(const QString &tableId);
    void deleteObjects(const QList<ObjectRef> &objects);

    void addNote(const QString &diagramId, QPointF position);
    void addArea(const QString &diagramId, const QRectF &rect);
    /// "note:ID" or "area:ID": edits its text or label (and an area's colour).
    void editAnnotation(const QString &diagramId, const QString &key);
    void deleteAnnotation(const QString &diagramId, const QString &key);

    void newDiagram(const QStringList &tableIds = {});
    void renameDiagram(const QString &diagramId);

signals:
    /// A dialog opened (tests find it here).
    void dialogOpened(QWidget *dialog);
    /// A diagram was added and should be shown.
    void diagramAdded(const QString &diagramId);

private:
    void editTable(const QString &tableId, bool withNewColumn);
    void show(QWidget *dialog);

    ModelDocument *m_document;
    LintMonitor *m_lint;
    QWidget *m_parent;
};

} // namespace strata::modeler::ui
