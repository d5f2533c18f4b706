// Light and dark looks, or the system's. Qt 6.4 cannot ask the platform for its colour scheme, so the
// system's look is the palette the platform gave at startup (and again when it announces a theme
// change); Light and Dark are Fusion with a palette of our own. The choice is kept in the settings.
// Editors and views that draw their own colours follow the application's palette change.
#pragma once

#include <QObject>
#include <QPalette>

class QMenu;
class QWidget;

namespace strata::app {

class Themes : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };

    /// Follows the platform's theme changes announced to `window`.
    explicit Themes(QWidget *window);

    Theme theme() const { return m_theme; }
    /// Applies a theme and keeps the choice.
    void apply(Theme theme);
    /// Whether what is shown now is dark (the system's look may be).
    bool isDark() const;
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();
    /// View ▸ Theme: System, Light, Dark.
    void fillMenu(QMenu *menu);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setLook(const QString &styleName, const QPalette &palette);

    Theme m_theme = Theme::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
    bool m_applying = false;
};

} // namespace strata::app
