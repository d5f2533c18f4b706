// An error with the place in the outside input where it happened: the one error type of Strata.
#pragma once

#include <QString>
#include <QStringView>

namespace strata {

/// Where something is in outside input. Fields that are not known stay empty or zero.
struct SourcePlace
{
    QString source; ///< file path, "<stdin>", a connection name, or a statement label
    int line = 0;   ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based; 0 when unknown
    QString path;   ///< a logical path inside the input: "tables[3].columns[1]", "public.orders.customer_id"

    static SourcePlace ofSource(const QString &source)
    {
        SourcePlace p;
        p.source = source;
        return p;
    }
    bool isKnown() const { return !source.isEmpty() || line > 0 || !path.isEmpty(); }
    /// "file:3:7 (tables[3].name)", leaving out what is unknown.
    QString toString() const;
    /// The place of a 0-based character offset in text (lines split at \n).
    static SourcePlace atOffset(const QString &source, QStringView text, qsizetype offset);
    bool operator==(const SourcePlace &) const = default;
};

/// Something went wrong, said for the person who has to fix it.
struct Error
{
    QString message;   ///< what went wrong, in a sentence without a trailing period
    SourcePlace place; ///< where, when it concerns outside input
    QString code;      ///< machine-readable: a SQLSTATE, or "model.format", "import.syntax", ...
    QString detail;    ///< more about it (a server's DETAIL line)
    QString hint;      ///< what to do about it

    Error() = default;
    explicit Error(QString message, SourcePlace place = {}, QString code = {})
        : message(std::move(message)), place(std::move(place)), code(std::move(code))
    {}

    /// "file:3:7: message" followed by detail and hint lines where present.
    QString toString() const;
};

} // namespace strata
