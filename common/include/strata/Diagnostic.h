// A finding that does not stop the work: a lint finding, a skipped statement, a lossy type mapping.
#pragma once

#include "strata/Error.h"

#include <QList>

namespace strata {

enum class Severity { Info, Warning, Error };

QString severityName(Severity severity); // "info", "warning", "error"

struct Diagnostic
{
    Severity severity = Severity::Warning;
    QString code;      ///< stable rule id: "lint.no-primary-key", "import.skipped", "type.lossy"
    QString message;   ///< what was found
    SourcePlace place; ///< where: a line of a script, or an object path in the model (place.path)
    QString hint;      ///< how to fix it

    /// "warning: place: message (hint)"
    QString toString() const;
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace strata
