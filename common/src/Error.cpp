#include "strata/Error.h"

namespace strata {

QString SourcePlace::toString() const
{
    QString out = source;
    if (line > 0) {
        out += (out.isEmpty() ? QStringLiteral("line %1") : QStringLiteral(":%1")).arg(line);
        if (column > 0)
            out += QStringLiteral(":%1").arg(column);
    }
    if (!path.isEmpty())
        out += out.isEmpty() ? path : QStringLiteral(" (%1)").arg(path);
    return out;
}

SourcePlace SourcePlace::atOffset(const QString &source, QStringView text, qsizetype offset)
{
    SourcePlace place;
    place.source = source;
    place.line = 1;
    qsizetype lineStart = 0;
    const qsizetype end = qBound<qsizetype>(0, offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] == u'\n') {
            ++place.line;
            lineStart = i + 1;
        }
    }
    place.column = int(end - lineStart) + 1;
    return place;
}

QString Error::toString() const
{
    QString out = place.isKnown() ? place.toString() + QStringLiteral(": ") + message : message;
    if (!detail.isEmpty())
        out += QStringLiteral("\n  detail: ") + detail;
    if (!hint.isEmpty())
        out += QStringLiteral("\n  hint: ") + hint;
    return out;
}

} // namespace strata
