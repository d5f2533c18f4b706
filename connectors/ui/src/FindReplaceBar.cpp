#include "connectors/ui/FindReplaceBar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <Qsci/qsciscintilla.h>
#include <QToolButton>

namespace strata::connectors::ui {

FindReplaceBar::FindReplaceBar(QsciScintilla *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_find(new QLineEdit(this)), m_replace(new QLineEdit(this)),
      m_case(new QCheckBox(tr("Case"), this)), m_word(new QCheckBox(tr("Words"), this)),
      m_regex(new QCheckBox(tr("Regex"), this)), m_replaceRow(new QWidget(this)), m_status(new QLabel(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace all"), m_replaceRow);

    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_case, 0, 3);
    layout->addWidget(m_word, 0, 4);
    layout->addWidget(m_regex, 0, 5);
    layout->addWidget(m_status, 0, 6);
    layout->addWidget(close, 0, 7);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceEvery, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

void FindReplaceBar::start(bool replace)
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_find->setText(m_editor->selectedText());
    m_replaceRow->setVisible(replace);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

void FindReplaceBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

bool FindReplaceBar::find(bool forward, bool fromStart)
{
    int line = -1, index = -1;
    if (fromStart)
        line = index = 0;
    else if (!forward && m_editor->hasSelectedText()) {
        // Searching backwards starts before the current match, not inside it.
        int lineTo = 0, indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    }
    // From the start (replace all), no wrapping: a replacement that contains the text is not found again.
    const bool found = m_editor->findFirst(m_find->text(), m_regex->isChecked(), m_case->isChecked(),
                                           m_word->isChecked(), !fromStart, forward, line, index, true);
    m_status->setText(found || m_find->text().isEmpty() ? QString() : tr("not found"));
    return found;
}

bool FindReplaceBar::findNext(bool forward)
{
    return !m_find->text().isEmpty() && find(forward, false);
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_find->text().isEmpty())
        return false;
    if (!m_editor->hasSelectedText() && !find(true, false))
        return false;
    m_editor->replace(m_replace->text());
    find(true, false); // on to the next match, as editors do
    return true;
}

int FindReplaceBar::replaceAll()
{
    if (m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    for (bool found = find(true, true); found; found = m_editor->findNext()) {
        m_editor->replace(m_replace->text());
        ++count;
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace strata::connectors::ui
