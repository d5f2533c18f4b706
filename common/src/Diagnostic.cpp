#include "strata/Diagnostic.h"

#include <algorithm>

namespace strata {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString Diagnostic::toString() const
{
    QString out = severityName(severity) + QStringLiteral(": ");
    if (place.isKnown())
        out += place.toString() + QStringLiteral(": ");
    out += message;
    if (!hint.isEmpty())
        out += QStringLiteral(" (hint: %1)").arg(hint);
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

} // namespace strata
