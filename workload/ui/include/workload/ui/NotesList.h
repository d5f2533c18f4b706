// What a run wants the user to know besides its numbers (a column left NULL, a plan that could not be
// had, a counter the linked SQLite lacks): the engine's Diagnostics, one line each with its
// severity's icon, the hint in the tooltip. Hidden while there are none.
#pragma once

#include <QListWidget>
#include <strata/Diagnostic.h>

namespace strata::workload::ui {

class NotesList : public QListWidget
{
    Q_OBJECT

public:
    explicit NotesList(QWidget *parent = nullptr);

    void setNotes(const Diagnostics &notes);
    /// Adds one line (an error the run ended with, a note of the panel's own).
    void addNote(Severity severity, const QString &text);
    void clearNotes();

    QSize sizeHint() const override;
};

} // namespace strata::workload::ui
