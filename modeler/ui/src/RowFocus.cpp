#include "RowFocus.h"

#include <QEvent>
#include <QTableWidget>

namespace strata::modeler::ui {

RowFocus::RowFocus(QTableWidget *grid) : QObject(grid), m_grid(grid) {}

void RowFocus::watch(QWidget *field)
{
    field->installEventFilter(this);
}

bool RowFocus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FocusIn)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            QWidget *cell = m_grid->cellWidget(r, c);
            if (cell && (cell == widget || cell->isAncestorOf(widget))) {
                if (m_grid->currentRow() != r)
                    m_grid->setCurrentCell(r, c);
                return false;
            }
        }
    }
    return false;
}

} // namespace strata::modeler::ui
