#include "CompletionApis.h"

#include "connectors/ui/SqlEditor.h"

namespace strata::connectors::ui {

CompletionApis::CompletionApis(QsciLexer *lexer, SqlEditor *editor)
    : QsciAbstractAPIs(lexer), m_editor(editor)
{
}

void CompletionApis::updateAutoCompletionList(const QStringList &, QStringList &list)
{
    // QScintilla's context is the dotted words before the cursor; aliases need the whole statement.
    list = m_editor->completionCandidates();
}

QStringList CompletionApis::callTips(const QStringList &, int, QsciScintilla::CallTipsStyle, QList<int> &)
{
    return {};
}

} // namespace strata::connectors::ui
