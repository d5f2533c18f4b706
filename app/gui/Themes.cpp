#include "Themes.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace strata::app {

namespace {

const char *const themeKey = "view/theme";

QString themeName(Themes::Theme theme)
{
    switch (theme) {
    case Themes::Theme::Light: return QStringLiteral("light");
    case Themes::Theme::Dark: return QStringLiteral("dark");
    case Themes::Theme::System: break;
    }
    return QStringLiteral("system");
}

} // namespace

Themes::Themes(QWidget *window)
    : QObject(window), m_systemStyle(QApplication::style()->name()), m_systemPalette(QApplication::palette())
{
    const QString saved = QSettings().value(QLatin1String(themeKey)).toString();
    for (Theme t : {Theme::Light, Theme::Dark}) {
        if (saved == themeName(t))
            apply(t);
    }
    window->installEventFilter(this); // the platform's theme changes, for the System look
}

bool Themes::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool Themes::isDark() const
{
    return isDark(QApplication::palette());
}

QPalette Themes::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5), mid(0x4e, 0x51, 0x57);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x90, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x38, 0x3d));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa0, 0xf5));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x84));
    return p;
}

void Themes::setLook(const QString &styleName, const QPalette &palette)
{
    m_applying = true;
    if (QApplication::style()->name() != styleName)
        QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(palette);
    m_applying = false;
    emit changed();
}

void Themes::apply(Theme theme)
{
    m_theme = theme;
    QSettings().setValue(QLatin1String(themeKey), themeName(theme));
    switch (theme) {
    case Theme::System: setLook(m_systemStyle, m_systemPalette); break;
    case Theme::Light: setLook(QStringLiteral("Fusion"), QApplication::style()->standardPalette()); break;
    case Theme::Dark: setLook(QStringLiteral("Fusion"), darkPalette()); break;
    }
}

bool Themes::eventFilter(QObject *watched, QEvent *event)
{
    // The platform announces a new theme to each window; its palette is then the new system look.
    if (event->type() == QEvent::ThemeChange && !m_applying) {
        if (m_theme == Theme::System) {
            QApplication::setPalette(QPalette()); // back to what the platform gives now
            m_systemPalette = QApplication::palette();
            emit changed();
        }
    }
    return QObject::eventFilter(watched, event);
}

void Themes::fillMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    for (const auto &[theme, text, name] : {std::tuple(Theme::System, tr("&System"), "themeSystem"),
                                            std::tuple(Theme::Light, tr("&Light"), "themeLight"),
                                            std::tuple(Theme::Dark, tr("&Dark"), "themeDark")}) {
        QAction *a = menu->addAction(text, this, [this, theme = theme] { apply(theme); });
        a->setObjectName(QLatin1String(name));
        a->setCheckable(true);
        a->setChecked(m_theme == theme);
        group->addAction(a);
    }
}

} // namespace strata::app
