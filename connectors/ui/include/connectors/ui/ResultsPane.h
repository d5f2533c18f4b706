// Under the editor: one tab per result set of the last run ("Result 1", "Result 2" ...) and the
// Messages tab with every statement's outcome, the notices and the errors.
#pragma once

#include <QTabWidget>

namespace strata::connectors::ui {

class MessagesView;
class ResultView;

class ResultsPane : public QTabWidget
{
    Q_OBJECT

public:
    explicit ResultsPane(QWidget *parent = nullptr);

    /// A new result tab, placed before Messages.
    ResultView *addResult();
    /// The result tabs, in order.
    QList<ResultView *> results() const;
    MessagesView *messages() const { return m_messages; }
    /// Removes the result tabs (a new run starts); the messages stay.
    void clearResults();
    void showMessages();

private:
    MessagesView *m_messages;
};

} // namespace strata::connectors::ui
