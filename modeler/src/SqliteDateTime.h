// PostgreSQL's date and time arithmetic in SQLite's date and time functions, where the two give the
// same value for SQLite's ISO 8601 text ('2024-03-05 10:30:00'): date_trunc, extract and date_part
// of the calendar and clock fields, a time plus or minus an interval of weeks, days, hours, minutes
// and seconds, a cast to date. What would differ (months added to the 31st, ISO weeks, fractions of
// a second) throws SqliteExpressionPrinter::Untranslatable.
#pragma once

#include <QString>

namespace strata::modeler {

class SqliteDateTime
{
public:
    /// date_trunc('unit', arg): a timestamp with the smaller fields zeroed.
    static QString truncate(const QString &unit, const QString &arg);
    /// extract(field FROM arg) and date_part('field', arg): a number.
    static QString extract(const QString &field, const QString &arg);
    /// arg + interval or arg - interval (`minus`); `interval` is the interval's text, '3 days'.
    static QString shift(const QString &arg, const QString &interval, bool minus);
    /// arg::date for a value that is not a constant.
    static QString date(const QString &arg);
};

} // namespace strata::modeler
