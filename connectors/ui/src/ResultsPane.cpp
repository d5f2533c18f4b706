#include "connectors/ui/ResultsPane.h"

#include "connectors/ui/MessagesView.h"
#include "connectors/ui/ResultView.h"

namespace strata::connectors::ui {

ResultsPane::ResultsPane(QWidget *parent) : QTabWidget(parent), m_messages(new MessagesView(this))
{
    setDocumentMode(true);
    addTab(m_messages, tr("Messages"));
}

ResultView *ResultsPane::addResult()
{
    auto *view = new ResultView(this);
    const int number = int(results().size()) + 1;
    const int at = indexOf(m_messages);
    if (number == 2)
        setTabText(0, tr("Result 1"));
    insertTab(at, view, number == 1 ? tr("Result") : tr("Result %1").arg(number));
    if (number == 1)
        setCurrentIndex(at); // the first result of a run is what the user wants to see
    return view;
}

QList<ResultView *> ResultsPane::results() const
{
    QList<ResultView *> views;
    for (int i = 0; i < count(); ++i)
        if (auto *view = qobject_cast<ResultView *>(widget(i)))
            views << view;
    return views;
}

void ResultsPane::clearResults()
{
    for (ResultView *view : results()) {
        removeTab(indexOf(view));
        view->deleteLater();
    }
}

void ResultsPane::showMessages()
{
    setCurrentWidget(m_messages);
}

} // namespace strata::connectors::ui
