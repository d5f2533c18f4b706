#include "modeler/ui/ModelTree.h"

#include "CardStyle.h"
#include "modeler/ui/ModelDocument.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace strata::modeler::ui {

namespace {

using K = ObjectRef::Kind;

enum Role { KindRole = Qt::UserRole + 1, IdRole, ChildRole, SortRole, DiagramRole };

QIcon swatch(const QColor &colour, bool round = false)
{
    QPixmap p(12, 12);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    if (round)
        painter.drawEllipse(QRectF(2.5, 2.5, 7, 7));
    else
        painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(p);
}

QStandardItem *objectItem(const QString &text, const ObjectRef &ref, const QString &sortKey, const QIcon &icon)
{
    auto *item = new QStandardItem(icon, text);
    item->setEditable(false);
    item->setData(int(ref.kind), KindRole);
    item->setData(ref.id, IdRole);
    item->setData(ref.childId, ChildRole);
    item->setData(sortKey, SortRole);
    return item;
}

QString lintKey(const ObjectRef &o)
{
    return QStringLiteral("%1|%2|%3").arg(int(o.kind)).arg(o.id, o.childId);
}

QString order(int i)
{
    return QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
}

} // namespace

ModelTree::ModelTree(ModelDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("modelTreeFilter"));
    m_filter->setPlaceholderText(QStringLiteral("Find a table, column, view…"));
    m_filter->setClearButtonEnabled(true);
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("modelTree"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true); // a thousand tables scroll without measuring each row
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandToDepth(0);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const ObjectRef ref = refAt(index);
        if (!m_syncing && ref.isValid())
            emit objectSelected(ref);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString diagram = m_proxy->data(index, DiagramRole).toString();
        if (!diagram.isEmpty())
            emit diagramActivated(diagram);
        else if (const ObjectRef ref = refAt(index); ref.isValid())
            emit objectActivated(ref);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        emit contextMenuRequested(m_view->viewport()->mapToGlobal(pos), refAt(m_view->indexAt(pos)));
    });
    connect(document, &ModelDocument::modelReset, this, &ModelTree::rebuild);
    connect(document, &ModelDocument::changed, this, &ModelTree::apply);
    rebuild();
}

ObjectRef ModelTree::refAt(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return {};
    return ObjectRef{K(m_proxy->data(proxyIndex, KindRole).toInt()), m_proxy->data(proxyIndex, IdRole).toString(),
                     m_proxy->data(proxyIndex, ChildRole).toString()};
}

void ModelTree::rebuild()
{
    m_model->clear();
    m_tableItems.clear();
    m_viewItems.clear();
    auto group = [&](const QString &name, int at) {
        auto *item = new QStandardItem(name);
        item->setEditable(false);
        item->setData(order(at), SortRole);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        m_model->appendRow(item);
        return item;
    };
    m_tables = group(QStringLiteral("Tables"), 0);
    m_views = group(QStringLiteral("Views"), 1);
    m_schemas = group(QStringLiteral("Schemas"), 2);
    m_enums = group(QStringLiteral("Enums"), 3);
    m_domains = group(QStringLiteral("Domains"), 4);
    m_sequences = group(QStringLiteral("Sequences"), 5);
    m_diagrams = group(QStringLiteral("Diagrams"), 6);
    const Model &model = m_document->model();
    for (const Table &t : model.tables)
        syncTable(t.id);
    for (const View &v : model.views)
        syncView(v.id);
    rebuildTypes();
    rebuildDiagrams();
    updateCounts();
    m_view->expand(m_proxy->mapFromSource(m_tables->index()));
}

void ModelTree::apply(const ModelChange &change)
{
    for (const QString &id : change.tables)
        syncTable(id);
    for (const QString &id : change.views)
        syncView(id);
    if (change.types) {
        rebuildTypes();
        for (const Table &t : m_document->model().tables)
            syncTable(t.id); // an enum's or schema's new name shows in the tables
        for (const View &v : m_document->model().views)
            syncView(v.id);
    }
    if (!change.diagrams.isEmpty())
        rebuildDiagrams();
    updateCounts();
}

void ModelTree::syncTable(const QString &id)
{
    const Model &model = m_document->model();
    const Table *table = model.table(id);
    QStandardItem *item = m_tableItems.value(id);
    if (!table) {
        if (item)
            m_tables->removeRow(item->row());
        m_tableItems.remove(id);
        return;
    }
    if (!item) {
        item = objectItem({}, ObjectRef::table(id), {}, swatch(style::tableHeader));
        m_tables->appendRow(item);
        m_tableItems.insert(id, item);
    }
    item->setText(model.qualifiedName(*table));
    item->setData(model.qualifiedName(*table), SortRole);
    item->removeRows(0, item->rowCount());
    fillTable(item, *table);
}

void ModelTree::fillTable(QStandardItem *item, const Table &table)
{
    const Model &model = m_document->model();
    int n = 0;
    auto add = [&](const QString &text, const ObjectRef &ref, const QIcon &icon) {
        QStandardItem *child = objectItem(text, ref, order(n++), icon);
        if (m_lintText.contains(lintKey(ref))) {
            child->setForeground(style::warning);
            child->setToolTip(m_lintText.value(lintKey(ref)));
        }
        item->appendRow(child);
    };
    for (const Column &c : table.columns) {
        QString type = c.type.toString();
        if (const EnumType *e = c.type.kind == DataType::Kind::Named ? model.enumType(c.type.name) : nullptr)
            type = e->name;
        add(QStringLiteral("%1  %2%3").arg(c.name, type, c.nullable ? QString() : QStringLiteral(" not null")),
            ObjectRef::child(K::Column, table.id, c.id), swatch(table.isPrimaryKeyColumn(c.id) ? style::primaryKey : style::quiet, true));
    }
    if (table.primaryKey)
        add(QStringLiteral("primary key (%1)").arg(table.columnNames(table.primaryKey->columnIds).join(QStringLiteral(", "))),
            ObjectRef::child(K::PrimaryKey, table.id, table.primaryKey->id), swatch(style::primaryKey));
    for (const KeyConstraint &k : table.uniques)
        add(QStringLiteral("unique %1 (%2)").arg(k.name, table.columnNames(k.columnIds).join(QStringLiteral(", "))),
            ObjectRef::child(K::Unique, table.id, k.id), swatch(style::unique));
    for (const ForeignKey &f : table.foreignKeys) {
        const Table *target = model.table(f.referencedTableId);
        add(QStringLiteral("%1 → %2").arg(f.name.isEmpty() ? f.id : f.name, target ? model.qualifiedName(*target) : f.referencedTableId),
            ObjectRef::child(K::ForeignKey, table.id, f.id), swatch(style::foreignKey));
    }
    for (const Index &i : table.indexes) {
        QStringList keys;
        for (const IndexKey &k : i.keys)
            keys << (k.isExpression() ? k.expression : table.column(k.columnId) ? table.column(k.columnId)->name : k.columnId);
        add(QStringLiteral("%1index %2 (%3)").arg(i.unique ? QStringLiteral("unique ") : QString(), i.name, keys.join(QStringLiteral(", "))),
            ObjectRef::child(K::Index, table.id, i.id), swatch(QColor(0x8a, 0x6d, 0xc1)));
    }
    for (const CheckConstraint &c : table.checks)
        add(QStringLiteral("check %1: %2").arg(c.name, c.expression), ObjectRef::child(K::Check, table.id, c.id), swatch(QColor(0x2b, 0x8a, 0x8a)));
    // The table shows the worst of its own findings and its parts'.
    const QString tableKey = lintKey(ObjectRef::table(table.id));
    bool marked = m_lintText.contains(tableKey);
    for (int r = 0; r < item->rowCount() && !marked; ++r)
        marked = item->child(r)->toolTip().size() > 0;
    item->setForeground(marked ? QBrush(style::warning) : QBrush());
    item->setToolTip(m_lintText.value(tableKey));
}

void ModelTree::syncView(const QString &id)
{
    const Model &model = m_document->model();
    const View *view = model.view(id);
    QStandardItem *item = m_viewItems.value(id);
    if (!view) {
        if (item)
            m_views->removeRow(item->row());
        m_viewItems.remove(id);
        return;
    }
    if (!item) {
        item = objectItem({}, ObjectRef{K::View, id, {}}, {}, swatch(style::viewHeader));
        m_views->appendRow(item);
        m_viewItems.insert(id, item);
    }
    const QString name = model.qualifiedName(view->schemaId, view->name);
    item->setText(view->materialized ? name + QStringLiteral(" (materialized)") : name);
    item->setData(name, SortRole);
}

void ModelTree::rebuildTypes()
{
    const Model &model = m_document->model();
    // `describe` gives an object's text; it sorts by that text too.
    auto fill = [&](QStandardItem *group, const auto &list, K kind, const QColor &colour, auto describe) {
        group->removeRows(0, group->rowCount());
        for (const auto &o : list) {
            const QString text = describe(o);
            group->appendRow(objectItem(text, ObjectRef{kind, o.id, {}}, text, swatch(colour)));
        }
    };
    fill(m_schemas, model.schemas, K::Schema, style::background.darker(150), [](const Schema &s) { return s.name; });
    fill(m_enums, model.enums, K::Enum, style::primaryKey.lighter(130), [&](const EnumType &e) {
        return QStringLiteral("%1 (%2)").arg(model.qualifiedName(e.schemaId, e.name), e.values.join(QStringLiteral(", ")));
    });
    fill(m_domains, model.domains, K::Domain, style::unique.lighter(120), [&](const Domain &d) {
        return QStringLiteral("%1  %2%3").arg(model.qualifiedName(d.schemaId, d.name), d.baseType.toString(), d.notNull ? QStringLiteral(" not null") : QString());
    });
    fill(m_sequences, model.sequences, K::Sequence, style::quiet, [&](const Sequence &q) {
        const QString name = model.qualifiedName(q.schemaId, q.name);
        const Table *owner = model.table(q.ownedByTableId);
        const Column *column = owner ? owner->column(q.ownedByColumnId) : nullptr;
        return column ? QStringLiteral("%1 (owned by %2.%3)").arg(name, owner->name, column->name) : name;
    });
}

void ModelTree::rebuildDiagrams()
{
    m_diagrams->removeRows(0, m_diagrams->rowCount());
    int n = 0;
    for (const Diagram &d : m_document->model().diagrams) {
        QStandardItem *item = objectItem(QStringLiteral("%1 (%2 cards)").arg(d.name).arg(d.placements.size()), {}, order(n++), swatch(style::background.darker(130)));
        item->setData(d.id, DiagramRole);
        m_diagrams->appendRow(item);
    }
}

QStandardItem *ModelTree::groupOf(K kind) const
{
    switch (kind) {
    case K::Schema: return m_schemas;
    case K::Enum: return m_enums;
    case K::Domain: return m_domains;
    case K::Sequence: return m_sequences;
    default: return nullptr;
    }
}

void ModelTree::updateCounts()
{
    m_tables->setText(QStringLiteral("Tables (%1)").arg(m_tables->rowCount()));
    m_views->setText(QStringLiteral("Views (%1)").arg(m_views->rowCount()));
    m_schemas->setText(QStringLiteral("Schemas (%1)").arg(m_schemas->rowCount()));
    m_enums->setText(QStringLiteral("Enums (%1)").arg(m_enums->rowCount()));
    m_domains->setText(QStringLiteral("Domains (%1)").arg(m_domains->rowCount()));
    m_sequences->setText(QStringLiteral("Sequences (%1)").arg(m_sequences->rowCount()));
    m_diagrams->setText(QStringLiteral("Diagrams (%1)").arg(m_diagrams->rowCount()));
}

QStandardItem *ModelTree::itemOf(const ObjectRef &object) const
{
    QStandardItem *item = object.kind == K::View ? m_viewItems.value(object.id) : m_tableItems.value(object.id);
    if (QStandardItem *group = groupOf(object.kind)) {
        for (int r = 0; r < group->rowCount(); ++r) {
            if (group->child(r)->data(IdRole).toString() == object.id)
                return group->child(r);
        }
        return nullptr;
    }
    if (!item || !object.isChild())
        return item;
    for (int r = 0; r < item->rowCount(); ++r) {
        QStandardItem *child = item->child(r);
        if (child->data(ChildRole).toString() == object.childId && child->data(KindRole).toInt() == int(object.kind))
            return child;
    }
    return item;
}

void ModelTree::selectObject(const ObjectRef &object)
{
    QStandardItem *item = itemOf(object);
    if (!item)
        return;
    const QModelIndex index = m_proxy->mapFromSource(item->index());
    if (!index.isValid())
        return;
    m_syncing = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_syncing = false;
}

void ModelTree::setLintFindings(const QList<LintFinding> &findings)
{
    QMap<QString, QString> text;
    for (const LintFinding &f : findings) {
        QString &t = text[lintKey(f.object)];
        t += (t.isEmpty() ? QString() : QStringLiteral("\n")) + severityName(f.diagnostic.severity) + QStringLiteral(": ") + f.diagnostic.message;
    }
    // Only the tables whose findings changed are filled again (a thousand tables, one edit).
    QHash<QString, QString> before, after;
    for (auto it = m_lintText.begin(); it != m_lintText.end(); ++it)
        before[it.key().section(u'|', 1, 1)] += it.key() + it.value();
    for (auto it = text.begin(); it != text.end(); ++it)
        after[it.key().section(u'|', 1, 1)] += it.key() + it.value();
    QSet<QString> tables;
    for (const QString &id : before.keys() + after.keys()) {
        if (before.value(id) != after.value(id))
            tables.insert(id);
    }
    m_lintText = std::move(text);
    for (const QString &id : tables) {
        QStandardItem *item = m_tableItems.value(id);
        if (const Table *table = m_document->model().table(id); item && table) {
            item->removeRows(0, item->rowCount());
            fillTable(item, *table);
        }
    }
}

} // namespace strata::modeler::ui
