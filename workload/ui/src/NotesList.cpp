#include "workload/ui/NotesList.h"

#include <QStyle>

namespace strata::workload::ui {

NotesList::NotesList(QWidget *parent) : QListWidget(parent)
{
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setVisible(false);
}

void NotesList::setNotes(const Diagnostics &notes)
{
    clearNotes();
    for (const Diagnostic &d : notes) {
        const QString where = d.place.isKnown() ? d.place.toString() + QStringLiteral(": ") : QString();
        addNote(d.severity, where + d.message);
        if (!d.hint.isEmpty())
            item(count() - 1)->setToolTip(d.hint);
    }
}

void NotesList::addNote(Severity severity, const QString &text)
{
    const QStyle::StandardPixmap icon = severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                        : severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                        : QStyle::SP_MessageBoxInformation;
    addItem(new QListWidgetItem(style()->standardIcon(icon), text));
    setVisible(true);
}

void NotesList::clearNotes()
{
    clear();
    setVisible(false);
}

QSize NotesList::sizeHint() const
{
    // A few lines: the notes are beside the result, not the result.
    return {QListWidget::sizeHint().width(), fontMetrics().height() * 4 + 8};
}

} // namespace strata::workload::ui
