#include "modeler/ui/ObjectEditor.h"

#include "modeler/ui/CheckDialog.h"
#include "modeler/ui/DomainDialog.h"
#include "modeler/ui/EnumDialog.h"
#include "modeler/ui/ForeignKeyDialog.h"
#include "modeler/ui/IndexDialog.h"
#include "modeler/ui/LintMonitor.h"
#include "modeler/ui/ModelDocument.h"
#include "modeler/ui/ModelEdits.h"
#include "modeler/ui/SchemaDialog.h"
#include "modeler/ui/SequenceDialog.h"
#include "modeler/ui/TableDialog.h"
#include "modeler/ui/ViewDialog.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>

namespace strata::modeler::ui {

namespace {

using K = ObjectRef::Kind;

const Diagram *findDiagram(const Model &model, const QString &id)
{
    for (const Diagram &d : model.diagrams) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

template <typename List>
auto findById(const List &list, const QString &id) -> decltype(&list.front())
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const auto &o) { return o.id == id; });
    return it == list.end() ? nullptr : &*it;
}

/// When the dialog is accepted, its part (a foreign key, index or check) replaces the part of the
/// same id in the table, or is added to it: one undo step.
template <typename Dialog, typename Part>
void acceptPart(ObjectEditor *editor, ModelDocument *document, Dialog *dialog, const QString &tableId, QList<Part> Table::*parts,
                Part (Dialog::*result)() const, const QString &what)
{
    QObject::connect(dialog, &QDialog::accepted, editor, [=] {
        const Table *t = document->model().table(tableId);
        if (!t)
            return;
        Table after = *t;
        const Part part = (dialog->*result)();
        QList<Part> &list = after.*parts;
        const auto it = std::find_if(list.begin(), list.end(), [&](const Part &p) { return p.id == part.id; });
        const bool adding = it == list.end();
        if (adding)
            list << part;
        else
            *it = part;
        ModelEdits(document).updateTable(after, QStringLiteral("%1 %2 %3").arg(adding ? QStringLiteral("Add") : QStringLiteral("Edit"), what, part.name));
    });
}

} // namespace

ObjectEditor::ObjectEditor(ModelDocument *document, LintMonitor *lint, QWidget *dialogParent)
    : QObject(dialogParent), m_document(document), m_lint(lint), m_parent(dialogParent)
{}

template <typename Dialog, typename T>
void ObjectEditor::open(Dialog *dialog, T (Dialog::*result)() const, void (ModelEdits::*update)(const T &))
{
    connect(dialog, &QDialog::accepted, this, [this, dialog, result, update] { (ModelEdits(m_document).*update)((dialog->*result)()); });
    show(dialog);
}

void ObjectEditor::show(QWidget *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *d = qobject_cast<QDialog *>(dialog))
        d->open();
    else
        dialog->show();
    emit dialogOpened(dialog);
}

void ObjectEditor::edit(const ObjectRef &object)
{
    const Model &model = m_document->model();
    const Table *table = model.table(object.id);
    switch (object.kind) {
    case K::Table:
    case K::Column:
    case K::PrimaryKey:
    case K::Unique:
        if (table)
            editTable(object.id, false, object);
        return;
    case K::ForeignKey:
        if (const ForeignKey *fk = table ? findById(table->foreignKeys, object.childId) : nullptr) {
            auto *dialog = new ForeignKeyDialog(model, *table, *fk, m_lint->dialects(), m_parent);
            acceptPart(this, m_document, dialog, table->id, &Table::foreignKeys, &ForeignKeyDialog::foreignKey, QStringLiteral("foreign key"));
            show(dialog);
        }
        return;
    case K::Index:
        if (const Index *index = table ? findById(table->indexes, object.childId) : nullptr) {
            auto *dialog = new IndexDialog(model, *table, *index, m_lint->dialects(), m_parent);
            acceptPart(this, m_document, dialog, table->id, &Table::indexes, &IndexDialog::index, QStringLiteral("index"));
            show(dialog);
        }
        return;
    case K::Check:
        if (const CheckConstraint *check = table ? findById(table->checks, object.childId) : nullptr) {
            auto *dialog = new CheckDialog(model, *table, *check, m_lint->dialects(), m_parent);
            acceptPart(this, m_document, dialog, table->id, &Table::checks, &CheckDialog::check, QStringLiteral("check"));
            show(dialog);
        }
        return;
    case K::View:
        if (const View *view = model.view(object.id)) {
            auto *dialog = new ViewDialog(model, *view, m_lint->dialects(), m_parent);
            connect(dialog, &QDialog::accepted, this, [this, dialog] { ModelEdits(m_document).updateView(dialog->view()); });
            show(dialog);
        }
        return;
    case K::Enum:
        if (const EnumType *e = model.enumType(object.id))
            open(new EnumDialog(model, *e, m_lint->dialects(), m_parent), &EnumDialog::enumType, &ModelEdits::updateEnum);
        return;
    case K::Schema:
        if (const Schema *schema = model.schema(object.id))
            open(new SchemaDialog(model, *schema, m_lint->dialects(), m_parent), &SchemaDialog::schema, &ModelEdits::updateSchema);
        return;
    case K::Domain:
        if (const Domain *domain = model.domain(object.id))
            open(new DomainDialog(model, *domain, m_lint->dialects(), m_parent), &DomainDialog::domain, &ModelEdits::updateDomain);
        return;
    case K::Sequence:
        if (const Sequence *sequence = model.sequence(object.id))
            open(new SequenceDialog(model, *sequence, m_lint->dialects(), m_parent), &SequenceDialog::sequence, &ModelEdits::updateSequence);
        return;
    default: return;
    }
}

void ObjectEditor::editTable(const QString &tableId, bool withNewColumn, const ObjectRef &part)
{
    const Table *table = m_document->model().table(tableId);
    if (!table)
        return;
    auto *dialog = new TableDialog(m_document->model(), *table, m_lint->dialects(), m_parent);
    if (withNewColumn)
        dialog->addColumn();
    else
        dialog->showPart(part);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { ModelEdits(m_document).updateTable(dialog->table()); });
    show(dialog);
}

void ObjectEditor::newTable(const QString &diagramId, QPointF position)
{
    const Table table = ModelEdits::newTable(m_document->model(), QString(), QStringLiteral("new_table"));
    auto *dialog = new TableDialog(m_document->model(), table, m_lint->dialects(), m_parent);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->selectAll();
    connect(dialog, &QDialog::accepted, this, [this, dialog, diagramId, position, firstName = table.name] {
        Table t = dialog->table();
        if (t.primaryKey && t.primaryKey->name == firstName + QStringLiteral("_pkey"))
            t.primaryKey->name = t.primaryKey->id = t.name + QStringLiteral("_pkey");
        // The id follows the name the user gave, as for tables read from a file.
        t.id = Model::uniqueId(m_document->model().qualifiedName(t.schemaId, t.name), m_document->model().tableIds());
        ModelEdits(m_document).addTable(t, findDiagram(m_document->model(), diagramId) ? diagramId : QString(), position);
    });
    show(dialog);
}

void ObjectEditor::newView(const QString &diagramId, QPointF position)
{
    View view;
    view.name = ModelEdits::freeName(QStringLiteral("new_view"), ModelValidation::relationNames(m_document->model(), {}));
    auto *dialog = new ViewDialog(m_document->model(), view, m_lint->dialects(), m_parent);
    connect(dialog, &QDialog::accepted, this, [this, dialog, diagramId, position] {
        ModelEdits(m_document).addView(dialog->view(), findDiagram(m_document->model(), diagramId) ? diagramId : QString(), position);
    });
    show(dialog);
}

void ObjectEditor::newEnum()
{
    EnumType e;
    e.name = ModelEdits::freeName(QStringLiteral("new_enum"), ModelValidation::relationNames(m_document->model(), {}));
    open(new EnumDialog(m_document->model(), e, m_lint->dialects(), m_parent), &EnumDialog::enumType, &ModelEdits::updateEnum);
}

void ObjectEditor::newSchema()
{
    Schema schema;
    QStringList names;
    for (const Schema &s : m_document->model().schemas)
        names << s.name;
    schema.name = ModelEdits::freeName(QStringLiteral("new_schema"), names);
    open(new SchemaDialog(m_document->model(), schema, m_lint->dialects(), m_parent), &SchemaDialog::schema, &ModelEdits::updateSchema);
}

void ObjectEditor::newDomain()
{
    Domain domain;
    domain.name = ModelEdits::freeName(QStringLiteral("new_domain"), ModelValidation::relationNames(m_document->model(), {}));
    open(new DomainDialog(m_document->model(), domain, m_lint->dialects(), m_parent), &DomainDialog::domain, &ModelEdits::updateDomain);
}

void ObjectEditor::newSequence()
{
    Sequence sequence;
    QStringList names = ModelValidation::relationNames(m_document->model(), {});
    for (const Sequence &s : m_document->model().sequences)
        names << s.name;
    sequence.name = ModelEdits::freeName(QStringLiteral("new_sequence"), names);
    open(new SequenceDialog(m_document->model(), sequence, m_lint->dialects(), m_parent), &SequenceDialog::sequence, &ModelEdits::updateSequence);
}

void ObjectEditor::addCreateActions(QMenu *menu)
{
    menu->addAction(QStringLiteral("New schema…"), this, &ObjectEditor::newSchema);
    menu->addAction(QStringLiteral("New domain…"), this, &ObjectEditor::newDomain);
    menu->addAction(QStringLiteral("New sequence…"), this, &ObjectEditor::newSequence);
}

void ObjectEditor::addColumn(const QString &tableId)
{
    editTable(tableId, true);
}

void ObjectEditor::addForeignKey(const QString &tableId)
{
    const Table *table = m_document->model().table(tableId);
    if (!table)
        return;
    ForeignKey fk;
    fk.name = ModelEdits::freeName(table->name + QStringLiteral("_fkey"), ModelValidation::constraintNames(*table));
    auto *dialog = new ForeignKeyDialog(m_document->model(), *table, fk, m_lint->dialects(), m_parent);
    acceptPart(this, m_document, dialog, tableId, &Table::foreignKeys, &ForeignKeyDialog::foreignKey, QStringLiteral("foreign key"));
    show(dialog);
}

void ObjectEditor::proposeForeignKey(const QString &tableId, const ForeignKey &key)
{
    const Table *table = m_document->model().table(tableId);
    if (!table)
        return;
    auto *dialog = new ForeignKeyDialog(m_document->model(), *table, key, m_lint->dialects(), m_parent);
    acceptPart(this, m_document, dialog, tableId, &Table::foreignKeys, &ForeignKeyDialog::foreignKey, QStringLiteral("foreign key"));
    show(dialog);
}

void ObjectEditor::addIndex(const QString &tableId)
{
    const Table *table = m_document->model().table(tableId);
    if (!table)
        return;
    Index index;
    index.name = ModelEdits::freeName(table->name + QStringLiteral("_idx"), ModelValidation::constraintNames(*table));
    auto *dialog = new IndexDialog(m_document->model(), *table, index, m_lint->dialects(), m_parent);
    acceptPart(this, m_document, dialog, tableId, &Table::indexes, &IndexDialog::index, QStringLiteral("index"));
    show(dialog);
}

void ObjectEditor::addCheck(const QString &tableId)
{
    const Table *table = m_document->model().table(tableId);
    if (!table)
        return;
    CheckConstraint check;
    check.name = ModelEdits::freeName(table->name + QStringLiteral("_check"), ModelValidation::constraintNames(*table));
    auto *dialog = new CheckDialog(m_document->model(), *table, check, m_lint->dialects(), m_parent);
    acceptPart(this, m_document, dialog, tableId, &Table::checks, &CheckDialog::check, QStringLiteral("check"));
    show(dialog);
}

void ObjectEditor::deleteObjects(const QList<ObjectRef> &objects)
{
    if (!objects.isEmpty())
        ModelEdits(m_document).deleteObjects(objects);
}

void ObjectEditor::newDiagram(const QStringList &tableIds)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, QStringLiteral("New diagram"), QStringLiteral("Name:"), QLineEdit::Normal,
                                               QStringLiteral("Diagram %1").arg(m_document->model().diagrams.size() + 1), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    emit diagramAdded(ModelEdits(m_document).addDiagram(name.trimmed(), tableIds));
}

void ObjectEditor::renameDiagram(const QString &diagramId)
{
    const Diagram *d = findDiagram(m_document->model(), diagramId);
    if (!d)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, QStringLiteral("Rename diagram"), QStringLiteral("Name:"), QLineEdit::Normal, d->name, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Diagram after = *d;
    after.name = name.trimmed();
    ModelEdits(m_document).updateDiagram(after, QStringLiteral("Rename diagram"));
}

} // namespace strata::modeler::ui
