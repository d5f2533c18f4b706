// Where one statement of a script is: in QString units of the script (what an editor counts) and in
// its UTF-8 bytes (what the splitters and SQLite count).
#pragma once

#include <QList>
#include <QtGlobal>

namespace strata::connectors {

struct StatementSpan
{
    qsizetype offset = 0, length = 0;
    qsizetype byteOffset = 0, byteLength = 0;

    qsizetype end() const { return offset + length; }
    bool operator==(const StatementSpan &) const = default;
};

} // namespace strata::connectors
