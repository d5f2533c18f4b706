// What an import, a reverse engineering or a merge had to say, shown after it: a line on top, then
// each diagnostic with its severity, its place (a line of the script, or the object) and its message,
// the hint in its tooltip. Not modal: the model it speaks of is open behind it.
#pragma once

#include <strata/Diagnostic.h>

#include <QDialog>

class QTreeWidget;

namespace strata::app {

class DiagnosticsDialog : public QDialog
{
    Q_OBJECT

public:
    DiagnosticsDialog(const QString &title, const QString &summary, const Diagnostics &diagnostics, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// Opens one (deleted when closed) when there is something to say, warnings first.
    static DiagnosticsDialog *showIfAny(QWidget *parent, const QString &title, const QString &summary, const Diagnostics &diagnostics);

private:
    QTreeWidget *m_list;
};

} // namespace strata::app
