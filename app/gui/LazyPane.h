// A stand-in for a heavy pane (the SQL workbench, the plan workbench) that builds the real widget
// the first time it is shown or asked for, so that the window opens without paying for it.
#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

namespace strata::app {

class LazyPane : public QWidget
{
    Q_OBJECT

public:
    explicit LazyPane(std::function<QWidget *()> build, QWidget *parent = nullptr);

    /// The real widget, built now if it was not.
    QWidget *content();
    bool isBuilt() const { return m_content != nullptr; }

signals:
    void built(QWidget *content);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<QWidget *()> m_build;
    QPointer<QWidget> m_content;
};

} // namespace strata::app
