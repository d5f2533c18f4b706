// Lines of a script's UTF-8 text, to say where an offset is: the place (source, line, column) of
// every diagnostic and error of an import.
#pragma once

#include <strata/Error.h>

#include <QByteArray>

#include <vector>

namespace strata::modeler {

class ScriptLines
{
public:
    ScriptLines() = default;
    ScriptLines(const QByteArray &text, QString sourceName);

    /// The place of a byte offset: 1-based line and column, the column counted in characters.
    SourcePlace place(int offset) const;
    const QString &sourceName() const { return m_sourceName; }

private:
    QByteArray m_text;
    QString m_sourceName;
    std::vector<int> m_starts;
};

} // namespace strata::modeler
