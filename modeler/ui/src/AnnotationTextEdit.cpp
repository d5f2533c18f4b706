#include "AnnotationTextEdit.h"

#include <QKeyEvent>
#include <QTextCursor>

namespace strata::modeler::ui {

AnnotationTextEdit::AnnotationTextEdit(const QString &text, bool multiLine, std::function<void(bool)> done,
                                       QGraphicsItem *parent)
    : QGraphicsTextItem(text, parent), m_multiLine(multiLine), m_done(std::move(done))
{
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setZValue(1);
}

void AnnotationTextEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    if (enter && (!m_multiLine || event->modifiers() & Qt::ControlModifier)) {
        finish(true);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
    event->accept(); // the diagram's keys (Delete, arrows) are the text's while it is edited
}

void AnnotationTextEdit::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A context menu or another window taking the focus for a moment is not the end of the edit.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        finish(true);
}

void AnnotationTextEdit::finish(bool keep)
{
    if (!m_done)
        return;
    const auto done = std::exchange(m_done, nullptr);
    setTextInteractionFlags(Qt::NoTextInteraction);
    done(keep);
}

} // namespace strata::modeler::ui
