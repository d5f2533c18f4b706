// Builds the node tree of a text plan from its indentation, and from what each node type can have
// under it where the indentation was lost in a paste (a Sort has one input, a join two, a scan none).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace strata::explain {

/// A node while its lines are read; becomes a PlanNode when the text ends.
struct TextNode
{
    QJsonObject fields;
    int parent = -1;
    int line = 0;
    bool regular = true;       ///< an Outer/Inner/Member child, not an InitPlan or SubPlan
    QString subplanName;       ///< "InitPlan 1 (returns $0)", "CTE x", "SubPlan 2"
    QString subplanKind;       ///< "InitPlan" or "SubPlan"
    int regularChildren = 0;
    int position = 0;          ///< among the parent's regular children
    QList<int> children;
    bool neverExecuted = false;
    QMap<int, QJsonObject> workers;                 ///< "Worker N:" lines
    QList<std::pair<QString, QJsonArray>> keyLines; ///< Group Key / Hash Key / Sort Key lines in order
    QJsonArray targetTables;                        ///< "Update on part_1" lines under a ModifyTable
};

class PgTextTree
{
public:
    /// Adds a node whose arrow ("->") is at `arrowColumn` (the text's column for the root).
    int addNode(TextNode node, int arrowColumn);
    /// An "InitPlan 1 (returns $0)", "SubPlan 2" or "CTE name" line at `column`.
    void addHeading(const QString &text, int column);

    QList<TextNode> nodes;
    /// Lines whose node was placed by its kind because the indentation did not fit.
    QList<int> guessedLines;

private:
    struct Entry
    {
        bool heading = false;
        int node = -1;  ///< the node, or for a heading the node that owns the subplans
        int column = 0; ///< arrow column, or the heading's column
        QString name, kind;
    };
    bool needsChild(int node) const;
    bool acceptsChild(int node) const;
    int guessParentEntry() const;
    QList<Entry> m_stack; ///< the path from the root to the last node, with open headings
};

} // namespace strata::explain
