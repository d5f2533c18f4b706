#include "ColumnRule.h"

namespace strata::workload {

namespace {

bool sameValue(const QString &a, const QString &b, bool numeric)
{
    if (!numeric)
        return a == b;
    bool okA = false, okB = false;
    const double x = a.toDouble(&okA), y = b.toDouble(&okB);
    return okA && okB ? x == y : a == b;
}

} // namespace

bool ColumnRule::isEmpty() const
{
    return !low && !high && lowText.isEmpty() && highText.isEmpty() && !allowed && excluded.isEmpty() && !minLength &&
           !maxLength && !notNull;
}

void ColumnRule::merge(const ColumnRule &o)
{
    if (o.low && (!low || *o.low > *low || (*o.low == *low && o.lowStrict))) {
        low = o.low;
        lowStrict = o.lowStrict;
    }
    if (o.high && (!high || *o.high < *high || (*o.high == *high && o.highStrict))) {
        high = o.high;
        highStrict = o.highStrict;
    }
    if (!o.lowText.isEmpty() && (lowText.isEmpty() || o.lowText > lowText)) {
        lowText = o.lowText;
        lowTextStrict = o.lowTextStrict;
    }
    if (!o.highText.isEmpty() && (highText.isEmpty() || o.highText < highText)) {
        highText = o.highText;
        highTextStrict = o.highTextStrict;
    }
    if (o.allowed) {
        if (!allowed) {
            allowed = o.allowed;
        } else {
            QStringList both;
            for (const QString &v : *allowed)
                if (o.allowed->contains(v))
                    both << v;
            allowed = both;
        }
    }
    excluded += o.excluded;
    if (o.minLength)
        minLength = std::max(minLength.value_or(0), *o.minLength);
    if (o.maxLength)
        maxLength = std::min(maxLength.value_or(*o.maxLength), *o.maxLength);
    notNull = notNull || o.notNull;
}

bool ColumnRule::accepts(const QVariant &value, bool numeric) const
{
    if (value.isNull())
        return !notNull;
    if (numeric && (low || high)) {
        const double x = value.toDouble();
        if (low && (lowStrict ? x <= *low : x < *low))
            return false;
        if (high && (highStrict ? x >= *high : x > *high))
            return false;
    }
    if (lowText.isEmpty() && highText.isEmpty() && !allowed && excluded.isEmpty() && !minLength && !maxLength)
        return true; // the common case: no text to make
    const QString text = value.typeId() == QMetaType::Bool ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                           : value.toString();
    if (!lowText.isEmpty() && (lowTextStrict ? text <= lowText : text < lowText))
        return false;
    if (!highText.isEmpty() && (highTextStrict ? text >= highText : text > highText))
        return false;
    if (allowed && std::none_of(allowed->begin(), allowed->end(), [&](const QString &v) { return sameValue(v, text, numeric); }))
        return false;
    if (std::any_of(excluded.begin(), excluded.end(), [&](const QString &v) { return sameValue(v, text, numeric); }))
        return false;
    if ((minLength && text.size() < *minLength) || (maxLength && text.size() > *maxLength))
        return false;
    return true;
}

} // namespace strata::workload
