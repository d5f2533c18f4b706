#include "ValueText.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace strata::workload::text {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Writes `value` as `width` digits (at least) at `out`; returns the end. Values are never negative here.
char *digits(char *out, qint64 value, int width)
{
    char buffer[24];
    int n = 0;
    do {
        buffer[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (n < width)
        buffer[n++] = '0';
    while (n > 0)
        *out++ = buffer[--n];
    return out;
}

// The date of a day number as year, month, day.
void civil(qint64 days, qint64 *year, qint64 *month, qint64 *day)
{
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = yoe + era * 400 + (*month <= 2);
}

// "2024-03-09" at `out` (10 characters for years 0-9999).
char *dateText(char *out, qint64 days)
{
    qint64 year, month, day;
    civil(days, &year, &month, &day);
    out = digits(out, year, 4);
    *out++ = '-';
    out = digits(out, month, 2);
    *out++ = '-';
    return digits(out, day, 2);
}

char *timeText(char *out, qint64 seconds)
{
    out = digits(out, seconds / 3600, 2);
    *out++ = ':';
    out = digits(out, seconds / 60 % 60, 2);
    *out++ = ':';
    return digits(out, seconds % 60, 2);
}

} // namespace

// Howard Hinnant's days_from_civil and civil_from_days.
qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = year - (month <= 2);
    const qint64 era = floorDiv(y, 400);
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

char *writeDate(char *out, qint64 days)
{
    return dateText(out, days);
}

char *writeTimeOfDay(char *out, qint64 seconds)
{
    return timeText(out, seconds);
}

char *writeTimestamp(char *out, qint64 secondsSinceEpoch, bool withZone)
{
    const qint64 days = floorDiv(secondsSinceEpoch, 86400);
    char *end = dateText(out, days);
    *end++ = ' ';
    end = timeText(end, secondsSinceEpoch - days * 86400);
    if (withZone)
        for (const char c : {'+', '0', '0', ':', '0', '0'})
            *end++ = c;
    return end;
}

char *writeDecimal(char *out, qint64 units, int scale)
{
    const bool negative = units < 0;
    const quint64 magnitude = negative ? 0 - quint64(units) : quint64(units);
    if (negative)
        *out++ = '-';
    if (scale <= 0)
        return digits(out, qint64(magnitude), 1);
    quint64 divisor = 1;
    for (int i = 0; i < scale; ++i)
        divisor *= 10;
    out = digits(out, qint64(magnitude / divisor), 1);
    *out++ = '.';
    return digits(out, qint64(magnitude % divisor), scale);
}

// Formatted into a buffer and made a QString once: a million timestamps, a million allocations.
QString date(qint64 days)
{
    char buffer[48];
    return QString::fromLatin1(buffer, writeDate(buffer, days) - buffer);
}

QString timeOfDay(qint64 seconds)
{
    char buffer[48];
    return QString::fromLatin1(buffer, writeTimeOfDay(buffer, seconds) - buffer);
}

QString timestamp(qint64 secondsSinceEpoch, bool withZone)
{
    char buffer[48];
    return QString::fromLatin1(buffer, writeTimestamp(buffer, secondsSinceEpoch, withZone) - buffer);
}

QString decimal(qint64 units, int scale)
{
    char buffer[48];
    return QString::fromLatin1(buffer, writeDecimal(buffer, units, scale) - buffer);
}

QString base36(quint64 k, int width)
{
    QString out = QString::number(k, 36).toUpper();
    return out.size() < width ? QString(width - out.size(), u'0') + out : out;
}

QString letters(quint64 k, int width)
{
    QString out;
    do {
        out.prepend(QChar(u'A' + int(k % 26)));
        k /= 26;
    } while (k > 0);
    return out.size() < width ? QString(width - out.size(), u'A') + out : out;
}

QString uuid(quint64 high, quint64 low)
{
    high = (high & ~quint64(0xf000)) | 0x4000;                       // version 4
    low = (low & ~(quint64(0xc) << 60)) | (quint64(0x8) << 60);      // variant 10
    const QString h = QStringLiteral("%1").arg(high, 16, 16, QChar(u'0'));
    const QString l = QStringLiteral("%1").arg(low, 16, 16, QChar(u'0'));
    return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + l.left(4) + u'-' + l.mid(4);
}

std::optional<qint64> parseDate(const QString &text)
{
    const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return daysFromCivil(d.year(), d.month(), d.day());
}

std::optional<qint64> parseTimestamp(const QString &text)
{
    const std::optional<qint64> days = parseDate(text);
    if (!days)
        return std::nullopt;
    if (text.size() <= 10)
        return *days * 86400;
    const std::optional<qint64> time = parseTimeOfDay(text.mid(11, 8));
    if (!time || (text[10] != u'T' && text[10] != u' '))
        return std::nullopt;
    return *days * 86400 + *time;
}

std::optional<qint64> parseTimeOfDay(const QString &text)
{
    QTime t = QTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.msecsSinceStartOfDay() / 1000;
}

} // namespace strata::workload::text
