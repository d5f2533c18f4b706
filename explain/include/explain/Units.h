// How plan numbers are written for people, the same in the CLI, the cards and the tables.
#pragma once

#include <QString>

namespace strata::explain {

class Units
{
public:
    static QString count(double value);        ///< "1,234,567"
    static QString milliseconds(double value); ///< "0.052 ms", "12.3 ms", "1,352 ms", "12.4 s"
    static QString kilobytes(double kb);       ///< "512 kB", "11.0 MB", "2.1 GB"
    static QString blocks(double blocks);      ///< "1,234 (9.6 MB)" with 8 kB blocks
    static QString factor(double factor);      ///< "3.2", "12", "1,234"
    static QString percent(double share);      ///< 0.123 -> "12.3%"
};

} // namespace strata::explain
