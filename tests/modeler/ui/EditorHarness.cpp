#include "EditorHarness.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace strata::test {

EditorHarness::EditorHarness(const modeler::Model &model)
{
    document.reset(model);
    window.resize(1200, 800);
    QObject::connect(&editor, &modeler::ui::ObjectEditor::dialogOpened, &window,
                     [this](QWidget *d) { lastDialog = d; });
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void choose(QComboBox *box, const QString &text)
{
    const int wanted = box->findText(text);
    QVERIFY2(wanted >= 0, qPrintable(QStringLiteral("no item \"%1\"").arg(text)));
    box->setFocus();
    for (int guard = 0; box->currentIndex() != wanted && guard < box->count(); ++guard)
        QTest::keyClick(box, box->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(box->currentIndex(), wanted);
}

void toggleItem(QListWidget *list, const QString &text)
{
    const QList<QListWidgetItem *> found = list->findItems(text, Qt::MatchExactly);
    QVERIFY2(found.size() == 1, qPrintable(QStringLiteral("no item \"%1\"").arg(text)));
    list->setFocus();
    list->setCurrentItem(found.first());
    QTest::keyClick(list, Qt::Key_Space);
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString verdictOf(QWidget *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("verdict"))->text();
}

bool accept(QWidget *dialog)
{
    QPointer<QWidget> d = dialog;
    QPushButton *ok = okButton(dialog);
    if (!ok->isEnabled()) {
        qWarning("OK is disabled: %s", qPrintable(verdictOf(dialog)));
        return false;
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    return QTest::qWaitFor([&] { return d.isNull(); });
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRATA_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace strata::test
