#include "modeler/ui/RelationshipRouter.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace strata::modeler::ui {

namespace {

constexpr double margin = 14;       // between a line and a card it goes around
constexpr double bendCost = 30;     // a bend costs as much as this many pixels of line
constexpr double crossingCost = 5000;
constexpr int maxChannels = 10;     // candidate positions tried per channel
constexpr int detourBudget = 80;    // obstacles beyond which detours are not searched

bool crosses(QPointF a, QPointF b, const QRectF &r)
{
    const QRectF inner = r.adjusted(1, 1, -1, -1);
    const double left = std::min(a.x(), b.x()), right = std::max(a.x(), b.x());
    const double top = std::min(a.y(), b.y()), bottom = std::max(a.y(), b.y());
    return right > inner.left() && left < inner.right() && bottom > inner.top() && top < inner.bottom();
}

QPolygonF simplified(const QPolygonF &in)
{
    QPolygonF out;
    for (const QPointF &p : in) {
        if (!out.isEmpty() && QLineF(out.last(), p).length() < 0.01)
            continue;
        if (out.size() >= 2) {
            const QPointF a = out[out.size() - 2], b = out.last();
            const bool colinear = (std::abs(a.x() - b.x()) < 0.01 && std::abs(b.x() - p.x()) < 0.01) ||
                                  (std::abs(a.y() - b.y()) < 0.01 && std::abs(b.y() - p.y()) < 0.01);
            if (colinear && out.size() > 2) // keep the first segment: it gives the end's direction
                out.removeLast();
        }
        out << p;
    }
    return out;
}

/// Length plus bends: what a line costs before the cards it crosses are counted.
double baseScore(const QPolygonF &path)
{
    double length = 0;
    for (int i = 1; i < path.size(); ++i)
        length += std::abs(path[i].x() - path[i - 1].x()) + std::abs(path[i].y() - path[i - 1].y());
    return length + bendCost * std::max<qsizetype>(0, path.size() - 2);
}

/// How many obstacles the path crosses, counting no further than `limit`.
int countCrossings(const QPolygonF &path, const QList<QRectF> &obstacles, int limit)
{
    int n = 0;
    for (const QRectF &r : obstacles) {
        for (int i = 1; i < path.size(); ++i) {
            if (crosses(path[i - 1], path[i], r)) {
                if (++n > limit)
                    return n;
                break;
            }
        }
    }
    return n;
}

/// Up to maxChannels values from `candidates` within [lo, hi], nearest to `ideal` first.
QList<double> channels(const QList<double> &candidates, double lo, double hi, double ideal)
{
    std::vector<double> inside;
    inside.reserve(candidates.size());
    for (double c : candidates) {
        if (c >= lo - 0.01 && c <= hi + 0.01)
            inside.push_back(c);
    }
    const auto nearer = [&](double a, double b) { return std::abs(a - ideal) < std::abs(b - ideal); };
    const size_t keep = std::min<size_t>(inside.size(), maxChannels * 3);
    std::partial_sort(inside.begin(), inside.begin() + keep, inside.end(), nearer);
    QList<double> out;
    for (size_t i = 0; i < keep && out.size() < maxChannels; ++i) {
        if (std::none_of(out.begin(), out.end(), [&](double o) { return std::abs(o - inside[i]) < 1; }))
            out << inside[i];
    }
    return out;
}

struct Best
{
    QPolygonF path;
    double score = std::numeric_limits<double>::max();
    void offer(const QPolygonF &candidate, const QList<QRectF> &obstacles)
    {
        const QPolygonF p = simplified(candidate);
        const double base = baseScore(p);
        if (base >= score)
            return; // crossings only add: it cannot win
        const int limit = std::isinf(score) || score == std::numeric_limits<double>::max() ? 1 << 20 : int((score - base) / crossingCost) + 1;
        const double s = base + crossingCost * countCrossings(p, obstacles, limit);
        if (s < score) {
            score = s;
            path = p;
        }
    }
};

} // namespace

int RelationshipRouter::crossings(const QPolygonF &line, const QList<QRectF> &obstacles)
{
    return countCrossings(line, obstacles, 1 << 20);
}

QPolygonF RelationshipRouter::route(const End &from, const End &to, const QList<QRectF> &obstacles)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    QList<double> xEdges, yEdges;
    for (const QRectF &r : obstacles) {
        xEdges << r.left() - margin << r.right() + margin;
        yEdges << r.top() - margin << r.bottom() + margin;
    }
    Best best;
    struct Sides { QPointF s, s1, t, t1; double lo, hi, lo1, hi1, lo2, hi2; };
    QList<Sides> sidePairs;
    for (const bool fromRight : {true, false}) {
        for (const bool toRight : {false, true}) {
            Sides p;
            p.s = QPointF(fromRight ? from.card.right() : from.card.left(), from.y);
            p.s1 = p.s + QPointF(fromRight ? stub : -stub, 0);
            p.t = QPointF(toRight ? to.card.right() : to.card.left(), to.y);
            p.t1 = p.t + QPointF(toRight ? stub : -stub, 0);
            // Each end's vertical channel must lie outward of its stub, or the line turns back into the card.
            p.lo1 = fromRight ? p.s1.x() : -inf;
            p.hi1 = fromRight ? inf : p.s1.x();
            p.lo2 = toRight ? p.t1.x() : -inf;
            p.hi2 = toRight ? inf : p.t1.x();
            p.lo = std::max(p.lo1, p.lo2);
            p.hi = std::min(p.hi1, p.hi2);
            sidePairs << p;
            if (p.lo > p.hi)
                continue;
            // One vertical channel between the two stubs.
            const double ideal = std::isinf(p.lo) ? p.hi : std::isinf(p.hi) ? p.lo : (p.lo + p.hi) / 2;
            QList<double> xs = xEdges;
            xs << ideal;
            if (!std::isinf(p.lo))
                xs << p.lo;
            if (!std::isinf(p.hi))
                xs << p.hi;
            for (double x : channels(xs, p.lo, p.hi, ideal))
                best.offer(QPolygonF{p.s, p.s1, QPointF(x, p.s.y()), QPointF(x, p.t.y()), p.t1, p.t}, obstacles);
        }
    }
    if (best.score < crossingCost || obstacles.size() > detourBudget)
        return best.path;
    // A detour: out of the first card, along a horizontal channel, into the second.
    QList<double> ys = yEdges;
    ys << from.card.top() - margin << from.card.bottom() + margin << to.card.top() - margin << to.card.bottom() + margin;
    for (const Sides &p : sidePairs) {
        const QList<double> x1s = channels(xEdges + QList<double>{p.s1.x()}, p.lo1, p.hi1, p.s1.x()).mid(0, 3);
        const QList<double> x2s = channels(xEdges + QList<double>{p.t1.x()}, p.lo2, p.hi2, p.t1.x()).mid(0, 3);
        const QList<double> ychannels = channels(ys, -inf, inf, (from.y + to.y) / 2).mid(0, 8);
        for (double x1 : x1s) {
            for (double x2 : x2s) {
                for (double y : ychannels) {
                    best.offer(QPolygonF{p.s, p.s1, QPointF(x1, p.s.y()), QPointF(x1, y), QPointF(x2, y), QPointF(x2, p.t.y()), p.t1, p.t},
                               obstacles);
                }
            }
        }
    }
    return best.path;
}

} // namespace strata::modeler::ui
