#include "modeler/ui/DiagramWorkspace.h"

#include "modeler/ui/AnnotationEdits.h"
#include "modeler/ui/DiagramPane.h"
#include "modeler/ui/DiagramScene.h"
#include "modeler/ui/DiagramView.h"
#include "modeler/ui/ModelDocument.h"
#include "modeler/ui/ModelEdits.h"
#include "modeler/ui/ObjectEditor.h"

#include <QColorDialog>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace strata::modeler::ui {

namespace {

using K = ObjectRef::Kind;

QStringList cardNames(const Model &model)
{
    QStringList names;
    for (const Table &t : model.tables)
        names << model.qualifiedName(t);
    for (const View &v : model.views)
        names << model.qualifiedName(v.schemaId, v.name);
    return names;
}

} // namespace

DiagramWorkspace::DiagramWorkspace(ModelDocument *document, ObjectEditor *editor, QWidget *parent)
    : QWidget(parent), m_document(document), m_editor(editor)
{
    m_stack = new QStackedWidget;
    m_tabs = new QTabBar;
    m_tabs->setObjectName(QStringLiteral("diagramTabs"));
    m_tabs->setShape(QTabBar::RoundedSouth);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    m_tabs->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // as wide as its tabs; "+" right after them
    m_tabs->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *add = new QToolButton;
    add->setText(QStringLiteral("+"));
    add->setToolTip(QStringLiteral("New diagram"));
    add->setAutoRaise(true);
    m_find = new QLineEdit;
    m_find->setObjectName(QStringLiteral("findTable"));
    m_find->setPlaceholderText(QStringLiteral("Find a table (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(280);
    auto *completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_find->setCompleter(completer);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 4);
    top->addStretch();
    top->addWidget(m_find);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_tabs);
    bottom->addWidget(add);
    bottom->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    connect(add, &QToolButton::clicked, this, [this] { m_editor->newDiagram(); });
    connect(m_editor, &ObjectEditor::diagramAdded, this, &DiagramWorkspace::showDiagram);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_stack->count())
            m_stack->setCurrentIndex(index);
        if (DiagramView *view = currentView())
            emit zoomChanged(view->zoom());
    });
    connect(m_tabs, &QTabBar::tabBarDoubleClicked, this, [this](int index) {
        if (index >= 0)
            m_editor->renameDiagram(m_tabs->tabData(index).toString());
    });
    connect(m_tabs, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int index = m_tabs->tabAt(pos);
        if (index < 0)
            return;
        const QString id = m_tabs->tabData(index).toString();
        QMenu menu;
        menu.addAction(QStringLiteral("Rename…"), this, [this, id] { m_editor->renameDiagram(id); });
        QAction *remove = menu.addAction(QStringLiteral("Delete diagram"), this, [this, id] { ModelEdits(m_document).deleteDiagram(id); });
        remove->setEnabled(m_tabs->count() > 1);
        menu.exec(m_tabs->mapToGlobal(pos));
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findCard(m_find->text()); });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) { findCard(text); });
    connect(document, &ModelDocument::modelReset, this, [this] {
        syncTabs();
        // Another model: every diagram starts fitted again, whatever the last one showed.
        for (DiagramPane *pane : panes())
            QMetaObject::invokeMethod(pane->view(), &DiagramView::fitAll, Qt::QueuedConnection);
    });
    connect(document, &ModelDocument::changed, this, [this](const ModelChange &change) {
        if (!change.diagrams.isEmpty())
            syncTabs();
        if (!change.tables.isEmpty() || !change.views.isEmpty()) {
            if (auto *names = qobject_cast<QStringListModel *>(m_find->completer()->model()))
                names->setStringList(cardNames(m_document->model()));
        }
    });
    syncTabs();
}

void DiagramWorkspace::syncTabs()
{
    const Model &model = m_document->model();
    // Keep the panes of diagrams that are still there (their zoom and scroll), drop the others.
    QHash<QString, DiagramPane *> existing;
    for (DiagramPane *pane : panes())
        existing.insert(pane->diagramId(), pane);
    const QString current = currentDiagramId();
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    while (m_stack->count() > 0)
        m_stack->removeWidget(m_stack->widget(0));
    for (const Diagram &d : model.diagrams) {
        DiagramPane *pane = existing.take(d.id);
        if (!pane)
            pane = addPane(d.id, d.name);
        m_stack->addWidget(pane);
        const int tab = m_tabs->addTab(d.name);
        m_tabs->setTabData(tab, d.id);
        m_tabs->setTabToolTip(tab, QStringLiteral("%1: %2 cards. Double-click to rename.").arg(d.name).arg(d.placements.size()));
    }
    qDeleteAll(existing);
    auto *completerModel = new QStringListModel(cardNames(model), m_find->completer());
    m_find->completer()->setModel(completerModel);
    int index = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabData(i).toString() == current)
            index = i;
    }
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentIndex(index);
    if (!m_findings.isEmpty())
        setLintFindings(m_findings);
}

DiagramPane *DiagramWorkspace::addPane(const QString &diagramId, const QString &)
{
    auto *pane = new DiagramPane(m_document, diagramId);
    DiagramScene *scene = pane->scene();
    connect(pane, &DiagramPane::message, this, &DiagramWorkspace::message);
    connect(scene, &DiagramScene::currentObjectChanged, this, [this, scene](const ObjectRef &object) {
        if (scene == currentScene())
            emit currentObjectChanged(object);
    });
    connect(scene, &DiagramScene::objectActivated, m_editor, &ObjectEditor::edit);
    connect(scene, &DiagramScene::foreignKeyProposed, m_editor, &ObjectEditor::proposeForeignKey);
    connect(pane->view(), &DiagramView::contextMenuRequested, this, &DiagramWorkspace::showContextMenu);
    connect(pane->view(), &DiagramView::zoomChanged, this, &DiagramWorkspace::zoomChanged);
    // A freshly shown diagram starts fitted, so that a big one is seen whole.
    QMetaObject::invokeMethod(pane->view(), &DiagramView::fitAll, Qt::QueuedConnection);
    return pane;
}

QList<DiagramPane *> DiagramWorkspace::panes() const
{
    QList<DiagramPane *> out;
    for (int i = 0; i < m_stack->count(); ++i)
        out << static_cast<DiagramPane *>(m_stack->widget(i));
    return out;
}

DiagramPane *DiagramWorkspace::currentPane() const
{
    return static_cast<DiagramPane *>(m_stack->currentWidget());
}

DiagramScene *DiagramWorkspace::currentScene() const
{
    return currentPane() ? currentPane()->scene() : nullptr;
}

DiagramView *DiagramWorkspace::currentView() const
{
    return currentPane() ? currentPane()->view() : nullptr;
}

QString DiagramWorkspace::currentDiagramId() const
{
    return currentPane() ? currentPane()->diagramId() : QString();
}

void DiagramWorkspace::showDiagram(const QString &diagramId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabData(i).toString() == diagramId)
            m_tabs->setCurrentIndex(i);
    }
}

void DiagramWorkspace::selectObject(const ObjectRef &object)
{
    if (!object.isValid())
        return;
    auto shows = [&](DiagramPane *pane) { return !pane->scene()->cardRect(object.id).isEmpty(); };
    DiagramPane *pane = currentPane();
    if (pane && !shows(pane)) {
        const QList<DiagramPane *> all = panes();
        const auto it = std::find_if(all.begin(), all.end(), shows);
        if (it == all.end()) {
            emit message(QStringLiteral("%1 is on no diagram").arg(object.path(m_document->model())));
            return;
        }
        showDiagram((*it)->diagramId());
        pane = *it;
    }
    if (!pane)
        return;
    pane->scene()->selectObjects({object});
    pane->view()->centerOn(pane->scene()->cardRect(object.id).center());
}

void DiagramWorkspace::setLintFindings(const QList<LintFinding> &findings)
{
    m_findings = findings;
    for (DiagramPane *pane : panes())
        pane->scene()->setLintFindings(findings);
}

void DiagramWorkspace::zoomIn()
{
    if (DiagramView *v = currentView())
        v->zoomIn();
}

void DiagramWorkspace::zoomOut()
{
    if (DiagramView *v = currentView())
        v->zoomOut();
}

void DiagramWorkspace::zoomToFit()
{
    if (DiagramView *v = currentView())
        v->fitAll();
}

void DiagramWorkspace::zoomActual()
{
    if (DiagramView *v = currentView())
        v->setZoom(1.0);
}

void DiagramWorkspace::focusFind()
{
    m_find->setFocus();
    m_find->selectAll();
}

bool DiagramWorkspace::findCard(const QString &text)
{
    const Model &model = m_document->model();
    const QString wanted = text.trimmed();
    if (wanted.isEmpty() || !currentScene())
        return false;
    QString found;
    for (const QString &id : currentScene()->cardIds()) {
        const Table *t = model.table(id);
        const View *v = model.view(id);
        const QString name = t ? t->name : v ? v->name : id;
        const QString qualified = t ? model.qualifiedName(*t) : v ? model.qualifiedName(v->schemaId, v->name) : id;
        if (name.compare(wanted, Qt::CaseInsensitive) == 0 || qualified.compare(wanted, Qt::CaseInsensitive) == 0) {
            found = id;
            break;
        }
        if (found.isEmpty() && qualified.contains(wanted, Qt::CaseInsensitive))
            found = id;
    }
    if (found.isEmpty()) {
        emit message(QStringLiteral("No table or view called \"%1\" on this diagram").arg(wanted));
        return false;
    }
    currentView()->showCard(found);
    currentView()->setFocus();
    return true;
}

void DiagramWorkspace::autoLayout(bool whole)
{
    if (DiagramPane *pane = currentPane(); pane && !pane->startLayout(whole))
        emit message(QStringLiteral("A layout is already running"));
}

QPointF DiagramWorkspace::viewCentre() const
{
    DiagramView *v = currentView();
    return v ? v->mapToScene(v->viewport()->rect().center()) - QPointF(100, 60) : QPointF(40, 40);
}

void DiagramWorkspace::newTableHere()
{
    const QPointF at = currentScene() ? currentScene()->freeSpot(viewCentre()) : viewCentre();
    m_editor->newTable(currentDiagramId(), at);
}

void DiagramWorkspace::deleteSelection()
{
    if (DiagramScene *scene = currentScene())
        m_editor->deleteObjects(scene->selectedObjects());
}

void DiagramWorkspace::placeOnDiagram(const QStringList &ids)
{
    const QPointF origin = viewCentre();
    QHash<QString, QPointF> positions;
    for (int i = 0; i < ids.size(); ++i)
        positions.insert(ids[i], origin + QPointF((i % 4) * 300, (i / 4) * 260));
    ModelEdits(m_document).moveCards(currentDiagramId(), positions, QStringLiteral("Add to diagram"));
}

void DiagramWorkspace::showContextMenu(const QPoint &globalPos, const QPointF &scenePos)
{
    QMenu menu;
    fillContextMenu(&menu, scenePos);
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

void DiagramWorkspace::addColourMenu(QMenu *menu, const QString &annotation)
{
    QMenu *colours = menu->addMenu(QStringLiteral("Colour"));
    colours->setObjectName(QStringLiteral("areaColour"));
    const QString diagramId = currentDiagramId();
    for (const QString &colour : AnnotationEdits::areaPalette()) {
        QPixmap swatch(16, 16);
        swatch.fill(QColor(colour));
        colours->addAction(QIcon(swatch), colour, this, [this, diagramId, annotation, colour] {
            AnnotationEdits(m_document).setAreaColor(diagramId, annotation, colour);
        });
    }
    colours->addSeparator();
    colours->addAction(QStringLiteral("Other…"), this, [this, diagramId, annotation] {
        // Not blocking: the diagram stays usable while the colour is chosen.
        auto *dialog = new QColorDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(QStringLiteral("Area colour"));
        connect(dialog, &QColorDialog::colorSelected, this, [this, diagramId, annotation](const QColor &c) {
            AnnotationEdits(m_document).setAreaColor(diagramId, annotation, c.name());
        });
        dialog->open();
    });
}

void DiagramWorkspace::fillContextMenu(QMenu *menu, const QPointF &scenePos)
{
    DiagramScene *scene = currentScene();
    if (!scene)
        return;
    QMenu &m = *menu;
    const QString diagramId = scene->diagramId();
    const ObjectRef object = scene->objectAt(scenePos);
    const QString annotation = scene->annotationAt(scenePos);
    if (object.isValid() && !scene->selectedObjects().contains(object.kind == K::Column ? ObjectRef::table(object.id) : object))
        scene->selectObjects({object});
    const QStringList cards = scene->selectedCardIds();
    if (object.kind == K::Table || object.kind == K::Column) {
        const QString table = object.id;
        m.addAction(QStringLiteral("Edit table…"), this, [this, table] { m_editor->edit(ObjectRef::table(table)); });
        m.addAction(QStringLiteral("Add column…"), this, [this, table] { m_editor->addColumn(table); });
        m.addAction(QStringLiteral("Add foreign key…"), this, [this, table] { m_editor->addForeignKey(table); });
        m.addAction(QStringLiteral("Add index…"), this, [this, table] { m_editor->addIndex(table); });
        m.addAction(QStringLiteral("Add check…"), this, [this, table] { m_editor->addCheck(table); });
        if (object.kind == K::Column)
            m.addAction(QStringLiteral("Delete column"), this, [this, object] { m_editor->deleteObjects({object}); });
    } else if (object.kind == K::View) {
        m.addAction(QStringLiteral("Edit view…"), this, [this, object] { m_editor->edit(object); });
    } else if (object.kind == K::ForeignKey) {
        m.addAction(QStringLiteral("Edit foreign key…"), this, [this, object] { m_editor->edit(object); });
        m.addAction(QStringLiteral("Delete foreign key"), this, [this, object] { m_editor->deleteObjects({object}); });
    } else if (!annotation.isEmpty()) {
        const bool area = annotation.startsWith(QLatin1String("area:"));
        m.addAction(area ? QStringLiteral("Edit label") : QStringLiteral("Edit text"), this, [scene, annotation] { scene->editAnnotationText(annotation); });
        if (area)
            addColourMenu(menu, annotation);
        m.addAction(QStringLiteral("Delete"), this, [this, diagramId, annotation] { AnnotationEdits(m_document).remove(diagramId, annotation); });
    }
    if (!cards.isEmpty() && object.kind != K::ForeignKey) {
        m.addSeparator();
        bool collapsed = false;
        if (const Diagram *d = scene->diagram())
            collapsed = d->placements.value(cards.first()).collapsed;
        m.addAction(collapsed ? QStringLiteral("Show all columns") : QStringLiteral("Show keys only"), this,
                       [this, diagramId, cards, collapsed] { ModelEdits(m_document).setCollapsed(diagramId, cards, !collapsed); });
        m.addAction(QStringLiteral("Colour…"), this, [this, diagramId, cards] {
            const QColor c = QColorDialog::getColor(QColor(0x2f, 0x5d, 0x8a), this, QStringLiteral("Card colour"));
            if (c.isValid())
                ModelEdits(m_document).setCardColor(diagramId, cards, c.name());
        });
        if (cards.size() > 1)
            m.addAction(QStringLiteral("Lay out the selection"), this, [this] { autoLayout(false); });
        m.addAction(QStringLiteral("Area around the selection"), this, [scene] { scene->startArea(scene->selectionRect().adjusted(-30, -50, 30, 30)); });
        m.addSeparator();
        m.addAction(QStringLiteral("Remove from diagram"), this, [this, diagramId, cards] { ModelEdits(m_document).removeFromDiagram(diagramId, cards); });
        m.addAction(cards.size() == 1 ? QStringLiteral("Delete from model") : QStringLiteral("Delete %1 from model").arg(cards.size()), this,
                       [this, scene] { m_editor->deleteObjects(scene->selectedObjects()); });
    }
    if (!object.isValid() && annotation.isEmpty()) {
        m.addAction(QStringLiteral("New table here…"), this, [this, diagramId, scenePos] { m_editor->newTable(diagramId, scenePos); });
        m.addAction(QStringLiteral("New view here…"), this, [this, diagramId, scenePos] { m_editor->newView(diagramId, scenePos); });
        m.addAction(QStringLiteral("New note here"), this, [scene, scenePos] { scene->startNote(scenePos); });
        m.addAction(QStringLiteral("New area here"), this, [scene, scenePos] { scene->startArea(QRectF(scenePos, QSizeF(480, 320))); });
        m.addSeparator();
        m.addAction(QStringLiteral("Lay out the diagram"), this, [this] { autoLayout(true); });
        m.addAction(QStringLiteral("Fit to window"), this, &DiagramWorkspace::zoomToFit);
    }
}

} // namespace strata::modeler::ui
