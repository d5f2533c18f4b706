// A model edited as the strata window edits it (document, lint monitor, object editor and a window
// for the dialogs), and a user's hands: typing into fields, choosing in lists, pressing OK. Set
// STRATA_SCREENSHOTS=DIR to keep pictures of the dialogs as the tests see them.
#pragma once

#include <modeler/ui/LintMonitor.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ObjectEditor.h>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace strata::test {

class EditorHarness
{
public:
    explicit EditorHarness(const modeler::Model &model);

    QWidget window;
    modeler::ui::ModelDocument document;
    modeler::ui::LintMonitor lint{&document};
    modeler::ui::ObjectEditor editor{&document, &lint, &window};
    QPointer<QWidget> lastDialog; ///< the last dialog the editor opened

    /// The last dialog opened, as its type (null when it is another kind or already closed).
    template <typename Dialog> Dialog *dialog() const { return qobject_cast<Dialog *>(lastDialog.data()); }
};

/// Selects the field's text and types `text` over it.
void typeInto(QLineEdit *edit, const QString &text);
/// Chooses the item with this text in a combo box with the arrow keys, as a user does.
void choose(QComboBox *box, const QString &text);
/// Makes the item with this text current in a list and presses Space (checks or unchecks it).
void toggleItem(QListWidget *list, const QString &text);
/// The dialog's OK button.
QPushButton *okButton(QWidget *dialog);
/// What the dialog's verdict line says.
QString verdictOf(QWidget *dialog);
/// Presses OK (it must be enabled) and waits for the dialog to close.
bool accept(QWidget *dialog);
/// Saves a picture of the widget as DIR/NAME.png when STRATA_SCREENSHOTS=DIR is set.
void screenshot(QWidget *widget, const QString &name);

} // namespace strata::test
