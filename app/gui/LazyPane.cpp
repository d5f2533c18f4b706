#include "LazyPane.h"

#include <QVBoxLayout>

namespace strata::app {

LazyPane::LazyPane(std::function<QWidget *()> build, QWidget *parent) : QWidget(parent), m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPane::content()
{
    if (!m_content) {
        m_content = m_build();
        layout()->addWidget(m_content);
        emit built(m_content);
    }
    return m_content;
}

void LazyPane::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}

} // namespace strata::app
