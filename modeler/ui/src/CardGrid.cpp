#include "CardGrid.h"

#include <QSet>

#include <cmath>

namespace strata::modeler::ui {

template <typename F>
void CardGrid::forCells(const QRectF &r, F f)
{
    const int x0 = int(std::floor(r.left() / cell)), x1 = int(std::floor(r.right() / cell));
    const int y0 = int(std::floor(r.top() / cell)), y1 = int(std::floor(r.bottom() / cell));
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y)
            f(key(x, y));
    }
}

void CardGrid::clear()
{
    m_rects.clear();
    m_cells.clear();
}

void CardGrid::set(const QString &id, const QRectF &rect)
{
    remove(id);
    m_rects.insert(id, rect);
    forCells(rect, [&](quint64 k) { m_cells[k].append(id); });
}

void CardGrid::remove(const QString &id)
{
    const auto it = m_rects.find(id);
    if (it == m_rects.end())
        return;
    forCells(*it, [&](quint64 k) {
        auto c = m_cells.find(k);
        if (c != m_cells.end()) {
            c->removeOne(id);
            if (c->isEmpty())
                m_cells.erase(c);
        }
    });
    m_rects.erase(it);
}

QList<QRectF> CardGrid::rectsIn(const QRectF &area) const
{
    QList<QRectF> out;
    QSet<QString> seen;
    forCells(area, [&](quint64 k) {
        const auto c = m_cells.constFind(k);
        if (c == m_cells.constEnd())
            return;
        for (const QString &id : *c) {
            const QRectF &r = m_rects[id];
            if (r.intersects(area) && !seen.contains(id)) {
                seen.insert(id);
                out << r;
            }
        }
    });
    return out;
}

} // namespace strata::modeler::ui
