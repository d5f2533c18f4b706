// PostgreSQL's date and time functions and interval arithmetic as SQLite's strftime() and datetime(); see SqliteDateTime.h.
#include "SqliteDateTime.h"

#include "SqliteExpressionPrinter.h"

#include <QHash>
#include <QRegularExpression>

namespace strata::modeler {

namespace {

using Untranslatable = SqliteExpressionPrinter::Untranslatable;

} // namespace

QString SqliteDateTime::truncate(const QString &unit, const QString &arg)
{
    static const QHash<QString, QString> formats = {
        {QStringLiteral("second"), QStringLiteral("%Y-%m-%d %H:%M:%S")},
        {QStringLiteral("minute"), QStringLiteral("%Y-%m-%d %H:%M:00")},
        {QStringLiteral("hour"), QStringLiteral("%Y-%m-%d %H:00:00")},
        {QStringLiteral("day"), QStringLiteral("%Y-%m-%d 00:00:00")},
        {QStringLiteral("week"), QStringLiteral("%Y-%m-%d 00:00:00")},
        {QStringLiteral("month"), QStringLiteral("%Y-%m-01 00:00:00")},
        {QStringLiteral("year"), QStringLiteral("%Y-01-01 00:00:00")},
    };
    if (!formats.contains(unit))
        throw Untranslatable{QStringLiteral("date_trunc('%1', ...)").arg(unit)};
    // PostgreSQL's weeks start on Monday: to the next Sunday (or this one), then six days back.
    const QString modifiers = unit == u"week" ? QStringLiteral(", 'weekday 0', '-6 days'") : QString();
    return QStringLiteral("strftime('%1', %2%3)").arg(formats.value(unit), arg, modifiers);
}

QString SqliteDateTime::extract(const QString &field, const QString &arg)
{
    static const QHash<QString, QString> formats = {
        {QStringLiteral("year"), QStringLiteral("%Y")}, {QStringLiteral("month"), QStringLiteral("%m")},
        {QStringLiteral("day"), QStringLiteral("%d")},  {QStringLiteral("hour"), QStringLiteral("%H")},
        {QStringLiteral("minute"), QStringLiteral("%M")}, {QStringLiteral("dow"), QStringLiteral("%w")},
        {QStringLiteral("doy"), QStringLiteral("%j")},
    };
    const auto number = [&](const char *format) { return QStringLiteral("CAST(strftime('%1', %2) AS INTEGER)").arg(QLatin1String(format), arg); };
    if (field == u"quarter")
        return QStringLiteral("((%1 + 2) / 3)").arg(number("%m"));
    if (field == u"isodow") // Monday 1 to Sunday 7; SQLite's %w counts from Sunday 0
        return QStringLiteral("((%1 + 6) % 7 + 1)").arg(number("%w"));
    if (!formats.contains(field))
        throw Untranslatable{QStringLiteral("extract(%1 FROM ...)").arg(field)};
    return number(formats.value(field).toLatin1().constData());
}

QString SqliteDateTime::shift(const QString &arg, const QString &interval, bool minus)
{
    // "3 days 4 hours", "-1 week", "90 minutes", "1.5 seconds": each amount a modifier of its own.
    static const QRegularExpression part(QStringLiteral("^\\s*([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*([a-z]+)\\s*"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QHash<QString, std::pair<QString, int>> units = {
        {QStringLiteral("second"), {QStringLiteral("seconds"), 1}}, {QStringLiteral("sec"), {QStringLiteral("seconds"), 1}},
        {QStringLiteral("minute"), {QStringLiteral("minutes"), 1}}, {QStringLiteral("min"), {QStringLiteral("minutes"), 1}},
        {QStringLiteral("hour"), {QStringLiteral("hours"), 1}},     {QStringLiteral("day"), {QStringLiteral("days"), 1}},
        {QStringLiteral("week"), {QStringLiteral("days"), 7}},
    };
    QStringList modifiers;
    for (QString rest = interval; !rest.trimmed().isEmpty();) {
        const QRegularExpressionMatch m = part.match(rest);
        QString unit = m.hasMatch() ? m.captured(2).toLower() : QString();
        if (unit.endsWith(u's') && units.contains(unit.chopped(1)))
            unit.chop(1);
        if (unit.startsWith(QStringLiteral("mon")) || unit.startsWith(QStringLiteral("year")))
            throw Untranslatable{QStringLiteral("intervals of months and years ('%1'): SQLite's run over into the next month").arg(interval)};
        if (!units.contains(unit))
            throw Untranslatable{QStringLiteral("the interval '%1'").arg(interval)};
        double amount = m.captured(1).toDouble() * units.value(unit).second * (minus ? -1 : 1);
        modifiers << QStringLiteral("'%1%2 %3'").arg(amount < 0 ? QString() : QStringLiteral("+"), QString::number(amount, 'g', 15),
                                                     units.value(unit).first);
        rest = rest.mid(m.capturedLength());
    }
    if (modifiers.isEmpty())
        throw Untranslatable{QStringLiteral("the interval '%1'").arg(interval)};
    return QStringLiteral("datetime(%1, %2)").arg(arg, modifiers.join(QStringLiteral(", ")));
}

QString SqliteDateTime::date(const QString &arg)
{
    return QStringLiteral("date(%1)").arg(arg);
}

} // namespace strata::modeler
