// The look of diagram cards in one place: fonts (which also size the cards and the auto-layout's
// nodes), spacing and colours.
#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>

namespace strata::modeler::ui::style {

inline constexpr double headerHeight = 30;
inline constexpr double rowHeight = 19;
inline constexpr double padding = 8;
inline constexpr double gutterWidth = 52; ///< key badges and the not-null diamond, left of the name
inline constexpr double linkHandleWidth = 16; ///< at the right end of a row: drag from here to make a foreign key
inline constexpr double minCardWidth = 170;
inline constexpr double maxCardWidth = 430;
inline constexpr double footerHeight = 18; ///< "+ 7 more columns" when collapsed
inline constexpr double cornerRadius = 5;

inline const QColor tableHeader(0x2f, 0x5d, 0x8a);
inline const QColor viewHeader(0x3d, 0x7a, 0x57);
inline const QColor headerText(Qt::white);
inline const QColor body(Qt::white);
inline const QColor stripe(0xf5, 0xf7, 0xfa);
inline const QColor border(0x9a, 0xa7, 0xb4);
inline const QColor text(0x1d, 0x25, 0x2d);
inline const QColor quiet(0x6b, 0x76, 0x82);
inline const QColor selected(0x1f, 0x6f, 0xeb);
inline const QColor highlighted(0xf5, 0x9e, 0x0b);
inline const QColor primaryKey(0xc9, 0x8a, 0x05);
inline const QColor foreignKey(0x2b, 0x6c, 0xc4);
inline const QColor unique(0x7a, 0x4f, 0xc4);
inline const QColor line(0x55, 0x63, 0x72);
inline const QColor error(0xc0, 0x26, 0x1a);
inline const QColor warning(0xd9, 0x77, 0x06);
inline const QColor info(0x4b, 0x82, 0xc3);
inline const QColor background(0xf3, 0xf5, 0xf7);

/// Sizes in pixels, not points: a point is a different number of scene units on a screen, in a PDF
/// and in an SVG, and text must keep the size the cards were measured with on every device.
inline QFont makeFont(int pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

inline const QFont &titleFont()
{
    static const QFont f = makeFont(13, true);
    return f;
}
inline const QFont &schemaFont()
{
    static const QFont f = makeFont(10);
    return f;
}
inline const QFont &rowFont()
{
    static const QFont f = makeFont(12);
    return f;
}
inline const QFont &badgeFont()
{
    static const QFont f = makeFont(8, true);
    return f;
}
inline const QFontMetricsF &titleMetrics()
{
    static const QFontMetricsF m(titleFont());
    return m;
}
inline const QFontMetricsF &rowMetrics()
{
    static const QFontMetricsF m(rowFont());
    return m;
}
inline const QFontMetricsF &schemaMetrics()
{
    static const QFontMetricsF m(schemaFont());
    return m;
}

} // namespace strata::modeler::ui::style
