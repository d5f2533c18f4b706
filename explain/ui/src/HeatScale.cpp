#include "explain/ui/HeatScale.h"

#include <algorithm>
#include <cmath>

namespace strata::explain::ui {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Stops of the scale, cool to hot.
QColor along(double f, const QColor &s0, const QColor &s1, const QColor &s2, const QColor &s3)
{
    f = std::clamp(f, 0.0, 1.0);
    if (f < 1.0 / 3)
        return mix(s0, s1, f * 3);
    if (f < 2.0 / 3)
        return mix(s1, s2, (f - 1.0 / 3) * 3);
    return mix(s2, s3, (f - 2.0 / 3) * 3);
}

} // namespace

double HeatScale::fraction(double value, double maximum, Metric metric)
{
    if (maximum <= 0 || value <= 0)
        return 0;
    switch (metric) {
    case Metric::Time:
    case Metric::Cost: return std::clamp(value / maximum, 0.0, 1.0);
    case Metric::Rows:
    case Metric::Buffers: return std::clamp(std::log1p(value) / std::log1p(maximum), 0.0, 1.0);
    case Metric::Misestimate:
        // Below 2x nothing to see; 10x is clearly warm; the scale tops out at 1,000x.
        return value < 2 ? 0 : std::clamp(std::log10(value) / 3.0, 0.0, 1.0);
    }
    return 0;
}

QColor HeatScale::fill(double f)
{
    return along(f, QColor(0xfa, 0xfb, 0xfc), QColor(0xff, 0xf4, 0xc8), QColor(0xff, 0xd0, 0x9b), QColor(0xff, 0x9e, 0x8c));
}

QColor HeatScale::accent(double f)
{
    return along(f, QColor(0x9a, 0xa7, 0xb4), QColor(0xe8, 0xb9, 0x1c), QColor(0xf0, 0x7c, 0x1b), QColor(0xd6, 0x2b, 0x1e));
}

QColor HeatScale::change(double delta, double maximumMagnitude)
{
    if (maximumMagnitude <= 0)
        return QColor(0xfa, 0xfb, 0xfc);
    const double f = std::clamp(delta / maximumMagnitude, -1.0, 1.0);
    return f < 0 ? mix(QColor(0xfa, 0xfb, 0xfc), QColor(0x9b, 0xe3, 0xa8), -f) : mix(QColor(0xfa, 0xfb, 0xfc), QColor(0xff, 0xa3, 0x94), f);
}

} // namespace strata::explain::ui
