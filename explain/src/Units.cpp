#include "explain/Units.h"

#include <cmath>

namespace strata::explain {

QString Units::count(double value)
{
    const qint64 v = qint64(std::llround(value));
    QString digits = QString::number(std::llabs(v));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return v < 0 ? u'-' + digits : digits;
}

QString Units::milliseconds(double value)
{
    const double a = std::fabs(value);
    if (a >= 10000)
        return QString::number(value / 1000, 'f', 1) + QStringLiteral(" s");
    if (a >= 1000)
        return count(value) + QStringLiteral(" ms");
    if (a >= 100)
        return QString::number(value, 'f', 0) + QStringLiteral(" ms");
    if (a >= 10)
        return QString::number(value, 'f', 1) + QStringLiteral(" ms");
    return QString::number(value, 'f', 3) + QStringLiteral(" ms");
}

QString Units::kilobytes(double kb)
{
    if (std::fabs(kb) >= 1024 * 1024)
        return QString::number(kb / 1024 / 1024, 'f', 1) + QStringLiteral(" GB");
    if (std::fabs(kb) >= 1024)
        return QString::number(kb / 1024, 'f', 1) + QStringLiteral(" MB");
    return count(kb) + QStringLiteral(" kB");
}

QString Units::blocks(double blocks)
{
    return count(blocks) + QStringLiteral(" (") + kilobytes(blocks * 8) + u')';
}

QString Units::factor(double factor)
{
    if (factor >= 100)
        return count(factor);
    return QString::number(factor, 'f', factor >= 10 ? 0 : 1);
}

QString Units::percent(double share)
{
    return QString::number(share * 100, 'f', 1) + u'%';
}

} // namespace strata::explain
