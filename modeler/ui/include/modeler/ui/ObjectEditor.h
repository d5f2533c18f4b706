// Opens the right editor for an object and turns what the user accepts into one undoable edit:
// new and changed tables, columns, keys, foreign keys, indexes, checks, enums, domains, sequences,
// schemas, views and diagrams. (Notes and areas are edited on the diagram itself.) Dialogs open window-modal without blocking (tests drive them like a user).
#pragma once

#include <modeler/ForeignKey.h>
#include <modeler/ObjectRef.h>

#include <QObject>
#include <QPointF>

class QMenu;
class QWidget;

namespace strata::modeler::ui {

class LintMonitor;
class ModelDocument;
class ModelEdits;

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
    void newSchema();
    void newDomain();
    void newSequence();
    /// Adds "New schema…", "New domain…" and "New sequence…" to a menu (the model tree's).
    void addCreateActions(QMenu *menu);
    /// The table editor with a new, empty column row ready for typing.
    void addColumn(const QString &tableId);
    void addForeignKey(const QString &tableId);
    /// The foreign key editor with `key` of the table filled in (a drag onto a composite key).
    void proposeForeignKey(const QString &tableId, const ForeignKey &key);
    void addIndex(const QString &tableId);
    void addCheck(const QString &tableId);
    void deleteObjects(const QList<ObjectRef> &objects);

    void newDiagram(const QStringList &tableIds = {});
    void renameDiagram(const QString &diagramId);

signals:
    /// A dialog opened (tests find it here).
    void dialogOpened(QWidget *dialog);
    /// A diagram was added and should be shown.
    void diagramAdded(const QString &diagramId);

private:
    /// The table editor, with a new column row ready, or showing `part` (a column, a key).
    void editTable(const QString &tableId, bool withNewColumn, const ObjectRef &part = {});
    void show(QWidget *dialog);
    /// Shows a dialog whose accepted result goes to the model through `update` (one undo step).
    template <typename Dialog, typename T>
    void open(Dialog *dialog, T (Dialog::*result)() const, void (ModelEdits::*update)(const T &));

    ModelDocument *m_document;
    LintMonitor *m_lint;
    QWidget *m_parent;
};

} // namespace strata::modeler::ui
