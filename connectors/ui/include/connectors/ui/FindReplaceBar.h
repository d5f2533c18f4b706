// Find and replace in an editor, as a bar under it: text or regular expression, case, whole words,
// next and previous, replace and replace all (one undo step). Esc or the close button hides it.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;

namespace strata::connectors::ui {

class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QsciScintilla *editor, QWidget *parent = nullptr);

    /// Shows the bar with the editor's selection as the text to find.
    void start(bool replace);
    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    bool findNext(bool forward = true);
    bool replaceCurrent();
    /// Replaces every match; returns how many.
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool forward, bool fromStart);

    QsciScintilla *m_editor;
    QLineEdit *m_find, *m_replace;
    QCheckBox *m_case, *m_word, *m_regex;
    QWidget *m_replaceRow;
    QLabel *m_status;
};

} // namespace strata::connectors::ui
