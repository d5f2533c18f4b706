// The recently opened models, newest first, kept in the user's settings across sessions.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace strata::app {

class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    /// Fills a menu with the files (those that no longer exist are left out); choosing one emits chosen().
    void fillMenu(QMenu *menu);

signals:
    void changed();
    void chosen(const QString &path);

private:
    void store(const QStringList &files);
};

} // namespace strata::app
