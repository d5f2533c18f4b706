// Reads the first line of a node in PostgreSQL's text format ("->  Index Scan Backward using i on
// public.t x  (cost=0.29..8.31 rows=1 width=4) (actual time=0.01..0.02 rows=1 loops=3)") into the
// fields PostgreSQL's JSON format gives the same node.
#pragma once

#include <QJsonObject>
#include <QStringView>

namespace strata::explain {

class PgNodeHeader
{
public:
    struct Parsed
    {
        QJsonObject fields;
        bool knownType = true; ///< false: the node type is kept as written
        bool neverExecuted = false;
    };

    /// `text` is the line without indentation and without the "->" arrow.
    static Parsed parse(QStringView text);
    /// True when the line ends with the "(cost=...)", "(actual ...)" or "(never executed)" part.
    static bool hasMeasurements(QStringView text);
    /// True when the text starts with a node name PostgreSQL prints (for COSTS OFF plans).
    static bool startsWithNodeName(QStringView text);
    /// How many regular (not InitPlan/SubPlan) children a node type takes: [min, max]; max -1 = any.
    static std::pair<int, int> childRange(const QJsonObject &fields);
    /// An SQL identifier without its double quotes.
    static QString unquote(QStringView identifier);
};

} // namespace strata::explain
