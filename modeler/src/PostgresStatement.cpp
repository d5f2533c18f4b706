#include "PostgresStatement.h"

namespace strata::modeler {

QString PostgresStatement::head() const
{
    const char *text = script->text();
    int lineEnd = begin;
    while (lineEnd < end && text[lineEnd] != '\n')
        ++lineEnd;
    QString line = script->slice(begin, lineEnd).simplified();
    if (line.endsWith(u';'))
        line.chop(1);
    if (line.size() > 70)
        line = line.left(69) + QStringLiteral("…");
    else if (lineEnd < end && script->slice(lineEnd, end).trimmed() != u";")
        line += QStringLiteral(" …");
    return line;
}

} // namespace strata::modeler
