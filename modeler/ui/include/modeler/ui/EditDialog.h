// The frame every model editor shares: its form, the line under it that says what is wrong as the
// user types, and OK (enabled only while nothing is wrong) and Cancel.
#pragma once

#include "modeler/ui/ModelValidation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLayout;
class QPushButton;

namespace strata::modeler::ui {

class VerdictLabel;

class EditDialog : public QDialog
{
    Q_OBJECT

protected:
    explicit EditDialog(QWidget *parent);

    /// Lays out `content` (the form) above the verdict line and the buttons.
    void finish(QLayout *content);
    /// Shows what is wrong and allows OK unless it is an error.
    void showVerdict(const Verdict &verdict);
    /// A form label whose mnemonic (the letter after &) moves to `buddy`: what QFormLayout does
    /// itself only when the field is a widget, not a row of several.
    static QLabel *label(const QString &text, QWidget *buddy);
    /// A choice of the model's schemas (and the default one), set to `schemaId`.
    static QComboBox *schemaChooser(const Model &model, const QString &schemaId);

private:
    VerdictLabel *m_verdict;
    QPushButton *m_ok;
};

} // namespace strata::modeler::ui
