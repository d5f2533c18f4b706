// A spatial index of the cards of a diagram (a uniform grid), for relationship routing: which cards
// lie near a line. Cheaper than the scene's own index, which also holds every relationship.
#pragma once

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace strata::modeler::ui {

class CardGrid
{
public:
    void clear();
    void set(const QString &id, const QRectF &rect);
    void remove(const QString &id);
    /// The cards that intersect `area`, each once.
    QList<QRectF> rectsIn(const QRectF &area) const;
    int size() const { return int(m_rects.size()); }

private:
    static constexpr double cell = 400;
    static quint64 key(int cx, int cy) { return (quint64(quint32(cx)) << 32) | quint32(cy); }
    template <typename F>
    static void forCells(const QRectF &r, F f);

    QHash<QString, QRectF> m_rects;
    QHash<quint64, QStringList> m_cells;
};

} // namespace strata::modeler::ui
