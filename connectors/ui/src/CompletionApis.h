// The bridge from QScintilla's completion to SqlCompletion: QScintilla asks when a word is being
// typed or a "." was typed, and the editor answers from its catalogs and the whole statement.
#pragma once

#include <Qsci/qsciabstractapis.h>

namespace strata::connectors::ui {

class SqlEditor;

class CompletionApis : public QsciAbstractAPIs
{
    Q_OBJECT

public:
    CompletionApis(QsciLexer *lexer, SqlEditor *editor);

    void updateAutoCompletionList(const QStringList &context, QStringList &list) override;
    QStringList callTips(const QStringList &context, int commas, QsciScintilla::CallTipsStyle style,
                         QList<int> &shifts) override;

private:
    SqlEditor *m_editor;
};

} // namespace strata::connectors::ui
