// The line under an edit form that says what is wrong as the user types (red: the dialog cannot be
// accepted; orange: it can, but read this), and the marks on the fields concerned.
#pragma once

#include "modeler/ui/ModelValidation.h"

#include <QLabel>

namespace strata::modeler::ui {

class VerdictLabel : public QLabel
{
    Q_OBJECT

public:
    explicit VerdictLabel(QWidget *parent = nullptr);

    void show(const Verdict &verdict);
    /// Colours a field's frame by its verdict and puts the message in its tool tip.
    static void mark(QWidget *field, const Verdict &verdict);
};

} // namespace strata::modeler::ui
