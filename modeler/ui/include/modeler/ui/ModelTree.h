// The model tree beside the diagram: every table (with its columns, keys, foreign keys, indexes and
// checks), view, schema, enum, domain, sequence and diagram, filtered as you type. Choosing an object selects it in the
// diagram; double-clicking opens its editor; objects with lint findings are marked. Updated per
// edit for the objects concerned, so that a thousand-table model is not rebuilt on each change.
#pragma once

#include "modeler/ui/ModelChange.h"

#include <modeler/Linter.h>
#include <modeler/ObjectRef.h>

#include <QHash>
#include <QMap>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace strata::modeler::ui {

class ModelDocument;

class ModelTree : public QWidget
{
    Q_OBJECT

public:
    explicit ModelTree(ModelDocument *document, QWidget *parent = nullptr);

    /// Shows and selects an object (from the diagram's selection) without emitting objectSelected.
    void selectObject(const ObjectRef &object);
    void setLintFindings(const QList<LintFinding> &findings);
    QTreeView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    /// The item of an object, for tests and the lint marks; null when not shown.
    QStandardItem *itemOf(const ObjectRef &object) const;

signals:
    void objectSelected(const strata::modeler::ObjectRef &object);
    void objectActivated(const strata::modeler::ObjectRef &object);
    void diagramActivated(const QString &diagramId);
    void contextMenuRequested(const QPoint &globalPos, const strata::modeler::ObjectRef &object);

private:
    void rebuild();
    void apply(const ModelChange &change);
    void fillTable(QStandardItem *item, const Table &table);
    void syncTable(const QString &id);
    void syncView(const QString &id);
    void rebuildTypes();
    void rebuildDiagrams();
    /// The group an object of this kind is listed in, when it is one of the model's own (not a table's part).
    QStandardItem *groupOf(ObjectRef::Kind kind) const;
    void updateCounts();
    ObjectRef refAt(const QModelIndex &proxyIndex) const;

    ModelDocument *m_document;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QStandardItem *m_tables = nullptr, *m_views = nullptr, *m_schemas = nullptr, *m_enums = nullptr, *m_domains = nullptr,
                  *m_sequences = nullptr, *m_diagrams = nullptr;
    QHash<QString, QStandardItem *> m_tableItems, m_viewItems;
    QMap<QString, QString> m_lintText; ///< "kind|id|child" -> findings (ordered: compared per table)
    bool m_syncing = false;
};

} // namespace strata::modeler::ui
