#include "PgTextTree.h"

#include "PgNodeHeader.h"

#include <QRegularExpression>

namespace strata::explain {

bool PgTextTree::needsChild(int node) const
{
    return nodes[node].regularChildren < PgNodeHeader::childRange(nodes[node].fields).first;
}

bool PgTextTree::acceptsChild(int node) const
{
    const int max = PgNodeHeader::childRange(nodes[node].fields).second;
    return max < 0 || nodes[node].regularChildren < max;
}

// Where a node goes when the indentation cannot be trusted: under the deepest node still missing an
// input, else under the deepest one that can take another.
int PgTextTree::guessParentEntry() const
{
    for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
        if (!m_stack[i].heading && needsChild(m_stack[i].node))
            return int(i);
    }
    for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
        if (!m_stack[i].heading && acceptsChild(m_stack[i].node))
            return int(i);
    }
    return -1;
}

int PgTextTree::addNode(TextNode node, int arrowColumn)
{
    const int index = int(nodes.size());
    if (nodes.isEmpty()) {
        nodes.append(std::move(node));
        m_stack.append({false, index, arrowColumn, {}, {}});
        return index;
    }
    qsizetype keep = m_stack.size();
    while (keep > 0 && m_stack[keep - 1].column >= arrowColumn)
        --keep;
    // The indentation is wrong when it closes a node that still misses an input, or puts a child
    // under a node that cannot take one more.
    bool trust = keep > 0;
    for (qsizetype i = keep; i < m_stack.size() && trust; ++i)
        trust = m_stack[i].heading || !needsChild(m_stack[i].node);
    if (trust && !m_stack[keep - 1].heading && !acceptsChild(m_stack[keep - 1].node))
        trust = false;
    if (!trust) {
        const qsizetype before = keep;
        const int guess = guessParentEntry();
        if (guess >= 0)
            keep = guess + 1;
        else if (keep == 0)
            keep = 1; // a second root: keep everything in one tree
        if (keep != before)
            guessedLines.append(node.line);
    }
    m_stack.resize(keep);
    const Entry &top = m_stack.back();
    node.parent = top.node;
    if (top.heading) {
        node.regular = false;
        node.subplanName = top.name;
        node.subplanKind = top.kind;
    } else {
        node.position = nodes[top.node].regularChildren++;
    }
    nodes[top.node].children.append(index);
    nodes.append(std::move(node));
    m_stack.append({false, index, arrowColumn, {}, {}});
    return index;
}

void PgTextTree::addHeading(const QString &text, int column)
{
    if (nodes.isEmpty())
        return;
    const QString kind = text.startsWith(u"SubPlan") ? QStringLiteral("SubPlan") : QStringLiteral("InitPlan");
    qsizetype keep = m_stack.size();
    while (keep > 0 && m_stack[keep - 1].column >= column)
        --keep;
    bool trust = keep > 0;
    for (qsizetype i = keep; i < m_stack.size() && trust; ++i)
        trust = m_stack[i].heading || !needsChild(m_stack[i].node);
    int owner = -1;
    if (trust) {
        owner = m_stack[keep - 1].node;
    } else {
        // Lost indentation: a node's subplans follow its own lines, or follow an earlier heading of
        // the same node.
        const int current = m_stack.back().node;
        keep = m_stack.size();
        owner = current;
        if (!nodes[current].children.isEmpty()) {
            for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
                if (m_stack[i].heading) {
                    owner = m_stack[i].node;
                    keep = i;
                    break;
                }
            }
        }
        guessedLines.append(nodes.back().line);
    }
    m_stack.resize(keep);
    m_stack.append({true, owner, column, text, kind});
}

} // namespace strata::explain
