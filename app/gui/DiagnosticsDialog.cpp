#include "DiagnosticsDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strata::app {

namespace {

QIcon iconOf(Severity severity)
{
    const QStyle::StandardPixmap icon = severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                        : severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                        : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(icon);
}

QString placeOf(const Diagnostic &d)
{
    if (d.place.line > 0)
        return QObject::tr("line %1").arg(d.place.line);
    return d.place.path;
}

} // namespace

DiagnosticsDialog::DiagnosticsDialog(const QString &title, const QString &summary, const Diagnostics &diagnostics, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("diagnosticsDialog"));
    auto *label = new QLabel(summary, this);
    label->setWordWrap(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Where"), tr("What")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    Diagnostics sorted = diagnostics;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.severity > b.severity; });
    for (const Diagnostic &d : std::as_const(sorted)) {
        auto *item = new QTreeWidgetItem(m_list, {placeOf(d), d.message});
        item->setIcon(0, iconOf(d.severity));
        item->setToolTip(1, d.hint.isEmpty() ? d.message : QStringLiteral("%1\n\n%2").arg(d.message, d.hint));
    }
    m_list->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

DiagnosticsDialog *DiagnosticsDialog::showIfAny(QWidget *parent, const QString &title, const QString &summary,
                                                const Diagnostics &diagnostics)
{
    if (diagnostics.isEmpty())
        return nullptr;
    auto *dialog = new DiagnosticsDialog(title, summary, diagnostics, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace strata::app
