// Makes the row of a grid's cell widget the grid's current row when the widget gets the keyboard
// focus: a QTableWidget does not do it itself, and Remove, Move up and the details shown for the
// chosen row must act on the row the user is typing in.
#pragma once

#include <QObject>

class QTableWidget;

namespace strata::modeler::ui {

class RowFocus : public QObject
{
public:
    explicit RowFocus(QTableWidget *grid);

    /// Watches a cell widget (and any of its parts that take the focus).
    void watch(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableWidget *m_grid;
};

} // namespace strata::modeler::ui
