// The text of a note or the label of an area edited where it is drawn, on the diagram: a text item
// over the annotation with the keyboard focus. Escape leaves it unchanged; Enter (an area's label)
// or Ctrl+Enter (a note, where Enter starts a new line) or a click elsewhere keeps what was typed.
#pragma once

#include <functional>
#include <QGraphicsTextItem>

namespace strata::modeler::ui {

class AnnotationTextEdit : public QGraphicsTextItem
{
    Q_OBJECT

public:
    /// `done(keep)` is called once, when the editing ends.
    AnnotationTextEdit(const QString &text, bool multiLine, std::function<void(bool keep)> done,
                       QGraphicsItem *parent);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool keep);

    bool m_multiLine;
    std::function<void(bool)> m_done;
};

} // namespace strata::modeler::ui
