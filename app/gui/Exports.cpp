#include "Exports.h"

#include <modeler/ui/DdlPreviewDialog.h>
#include <modeler/ui/DiagramExporter.h>
#include <modeler/ui/DiagramScene.h>
#include <modeler/ui/DiagramWorkspace.h>
#include <modeler/ui/ModelDocument.h>

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

namespace strata::app {

using namespace strata::modeler::ui;

Exports::Exports(QWidget *window, ModelDocument *document, DiagramWorkspace *workspace)
    : QObject(window), m_window(window), m_document(document), m_workspace(workspace)
{}

void Exports::exportPicture(bool selectionOnly)
{
    DiagramScene *scene = m_workspace->currentScene();
    if (!scene)
        return;
    if (selectionOnly && scene->selectedItems().isEmpty()) {
        emit message(QStringLiteral("Select the cards to export first"));
        return;
    }
    const QString name = scene->diagram() ? scene->diagram()->name : QStringLiteral("diagram");
    QString filter = QStringLiteral("SVG picture (*.svg)");
    QString path = QFileDialog::getSaveFileName(m_window, selectionOnly ? QStringLiteral("Export the selection") : QStringLiteral("Export the diagram"),
                                                name + QStringLiteral(".svg"),
                                                QStringLiteral("SVG picture (*.svg);;PNG image (*.png);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    if (!DiagramExporter::knowsFormat(path))
        path += filter.contains(QLatin1String("png")) ? QStringLiteral(".png") : filter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".svg");
    auto saved = DiagramExporter::save(*scene, path, selectionOnly ? DiagramExporter::Part::Selection : DiagramExporter::Part::Whole);
    if (!saved) {
        QMessageBox::warning(m_window, QStringLiteral("Export"), saved.error().toString());
        return;
    }
    emit message(QStringLiteral("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void Exports::print()
{
    DiagramScene *scene = m_workspace->currentScene();
    if (!scene)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, m_window);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, !scene->selectedItems().isEmpty());
    if (dialog.exec() != QDialog::Accepted)
        return;
    DiagramExporter::print(*scene, &printer,
                           printer.printRange() == QPrinter::Selection ? DiagramExporter::Part::Selection : DiagramExporter::Part::Whole);
    emit message(QStringLiteral("Sent to the printer"));
}

void Exports::exportDdl()
{
    auto *dialog = new DdlPreviewDialog(m_document->model(), modeler::Dialect::Postgres, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace strata::app
