// Helpers for driving the SQL workbench as a user would: type into the editor with key events, press
// the run keys, wait for the tab to be idle, and read the grid's cells.
#pragma once

#include <strata/Headless.h>

#include <connectors/ui/ResultsPane.h>
#include <connectors/ui/ResultTableModel.h>
#include <connectors/ui/ResultView.h>
#include <connectors/ui/SqlEditor.h>
#include <connectors/ui/SqlEditorTab.h>
#include <connectors/ui/SqlWorkbench.h>
#include <QSignalSpy>
#include <QTest>

namespace strata::test {

/// The offscreen platform warns each time a completion popup is raised; the tests do not need to hear it.
inline void quietOffscreenWarnings()
{
    headless::quietOffscreenNotices();
}

/// Replaces the editor's text by typing it (key events, completion popups and all). Line breaks are
/// typed as Return, so the editor indents the next line like the one before.
inline void typeInto(connectors::ui::SqlEditor *editor, const QString &text)
{
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QTest::keyClicks(editor, lines[i]);
        if (editor->isListActive())
            editor->cancelList(); // a completion list left open by the last word (Return would take it)
        if (i + 1 < lines.size())
            QTest::keyClick(editor, Qt::Key_Return);
    }
}

/// A new tab of the workbench, connected to a saved connection; null when connecting failed.
inline connectors::ui::SqlEditorTab *connectedTab(connectors::ui::SqlWorkbench &bench,
                                                  const QString &connectionId)
{
    connectors::ui::SqlEditorTab *tab = bench.newTab();
    QSignalSpy idle(tab, &connectors::ui::SqlEditorTab::idle);
    tab->setConnection(connectionId, true);
    return idle.wait(20000) && tab->isConnected() ? tab : nullptr;
}

/// Presses a key in the editor and waits until the tab has finished what it started.
inline bool pressAndWait(connectors::ui::SqlEditorTab *tab, Qt::Key key, Qt::KeyboardModifiers modifiers,
                         int timeoutMs = 20000)
{
    QSignalSpy idle(tab, &connectors::ui::SqlEditorTab::idle);
    QTest::keyClick(tab->editor(), key, modifiers);
    return idle.wait(timeoutMs);
}

inline bool runStatement(connectors::ui::SqlEditorTab *tab)
{
    return pressAndWait(tab, Qt::Key_Return, Qt::ControlModifier);
}

inline bool runScript(connectors::ui::SqlEditorTab *tab)
{
    return pressAndWait(tab, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
}

inline connectors::ui::ResultTableModel *resultModel(connectors::ui::SqlEditorTab *tab, int index = 0)
{
    const auto results = tab->results()->results();
    return index < results.size() ? results[index]->model() : nullptr;
}

/// The raw value of a cell (a null QVariant for SQL NULL).
inline QVariant cell(connectors::ui::ResultTableModel *model, int row, int column)
{
    return model->data(model->index(row, column), connectors::ui::ResultTableModel::ValueRole);
}

inline QString shown(connectors::ui::ResultTableModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace strata::test

/// Fails the test with the error's text when a Result is not ok.
#define STRATA_VERIFY_RESULT(expression)                                                                     \
    do {                                                                                                     \
        const auto &strataResult_ = (expression);                                                            \
        QVERIFY2(strataResult_.ok(),                                                                         \
                 strataResult_.ok() ? "" : qPrintable(strataResult_.error().toString()));                    \
    } while (false)
