// Undoes what psql, pgAdmin, DBeaver and copy-paste do around EXPLAIN output: the "QUERY PLAN"
// header and its dashes, table borders, "+"/"↵" continuation marks, "(N rows)" footers and lines
// wrapped in quotes. Both PostgreSQL parsers read the cleaned lines.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace strata::explain {

struct SourceLine
{
    QString text; ///< the line without frame, marks or trailing spaces (leading spaces kept)
    int line = 0; ///< 1-based line number in the original input
    bool trailingSpace = false; ///< the raw line ended with a space: a wrap there split two words
};

class PsqlOutput
{
public:
    static QList<SourceLine> clean(QStringView input);
    /// True for the first line of a JSON document ("[", "{", "[{", "{\"Plan\": ..."), not for a
    /// prompt such as "[14003]postgres=#".
    static bool startsJson(QStringView line);
    /// The input split into lines, without \r.
    static QList<SourceLine> splitLines(QStringView input);
};

} // namespace strata::explain
