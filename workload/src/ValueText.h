// Values as the text SQL takes them: dates, times and timestamps from day and second counts (no
// QDateTime on the hot path: generating a million timestamps must cost little), decimals from scaled
// integers, codes in base 36, UUIDs. And the reverse for the bounds a recipe or a check gives.
#pragma once

#include <QString>

#include <optional>

namespace strata::workload::text {

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
qint64 daysFromCivil(int year, int month, int day);
/// "2024-03-09" for days since 1970-01-01.
QString date(qint64 days);
/// "08:05:09" for seconds since midnight.
QString timeOfDay(qint64 seconds);
/// "2024-03-09 08:05:09", with "+00:00" when `withZone`.
QString timestamp(qint64 secondsSinceEpoch, bool withZone);
/// "-12.05" for units -1205 at scale 2.
QString decimal(qint64 units, int scale);
/// k in base 36 (0-9A-Z), left-padded with '0' to `width`.
QString base36(quint64 k, int width);
/// k in letters (A-Z), left-padded with 'A' to `width`.
QString letters(quint64 k, int width);
/// 8-4-4-4-12 hex with the version 4 and variant bits set.
QString uuid(quint64 high, quint64 low);

// The same, written at `out` (room for 48 characters); they return the end.
char *writeDate(char *out, qint64 days);
char *writeTimeOfDay(char *out, qint64 seconds);
char *writeTimestamp(char *out, qint64 secondsSinceEpoch, bool withZone);
char *writeDecimal(char *out, qint64 units, int scale);

/// "2024-03-09" (or a timestamp's date part) as days since 1970-01-01.
std::optional<qint64> parseDate(const QString &text);
/// "2024-03-09", "2024-03-09T08:05:09", "2024-03-09 08:05" as seconds since 1970-01-01 (UTC).
std::optional<qint64> parseTimestamp(const QString &text);
/// "08:05", "08:05:09" as seconds since midnight.
std::optional<qint64> parseTimeOfDay(const QString &text);

} // namespace strata::workload::text
