// The editor tabs open when the app closed, so that they come back, unsaved text included. Kept as
// JSON in the app's data folder and written atomically (QSaveFile): a crash while saving leaves the
// previous file whole.
#pragma once

#include <QList>
#include <QString>
#include <strata/Result.h>

namespace strata::connectors::ui {

struct SavedTab
{
    QString title;
    QString filePath; ///< empty for a tab never saved to a file
    QString text;     ///< kept when the tab has no file or unsaved changes; else read from the file
    bool modified = false;
    QString connectionId;
    qsizetype cursor = 0;

    bool operator==(const SavedTab &) const = default;
};

class OpenTabsFile
{
public:
    /// No file yet gives no tabs.
    static Result<QList<SavedTab>> read(const QString &path);
    static Result<void> write(const QString &path, const QList<SavedTab> &tabs, int current);
    /// The index of the tab that was current, from the last read.
    static int currentIn(const QString &path);
};

} // namespace strata::connectors::ui
