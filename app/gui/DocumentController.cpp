#include "DocumentController.h"

#include "Autosave.h"
#include "RecentFiles.h"

#include <modeler/ModelFile.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ModelEdits.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace strata::app {

using namespace strata::modeler;

DocumentController::DocumentController(QWidget *window, int autosaveSeconds, QObject *parent)
    : QObject(parent), m_window(window), m_document(new ui::ModelDocument(this)), m_recent(new RecentFiles(this))
{
    if (autosaveSeconds > 0) {
        m_autosave = new Autosave(m_document, autosaveSeconds, Autosave::recoveryDirectory(), this);
        connect(m_autosave, &Autosave::failed, this, &DocumentController::message);
    }
    connect(m_recent, &RecentFiles::chosen, this, [this](const QString &path) { open(path); });
}

DocumentController::~DocumentController() = default;

QString DocumentController::displayName() const
{
    return m_path.isEmpty() ? QStringLiteral("Untitled") : QFileInfo(m_path).fileName();
}

void DocumentController::setPath(const QString &path)
{
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (m_autosave)
        m_autosave->setOriginalPath(m_path);
    emit filePathChanged(m_path);
}

void DocumentController::newModel()
{
    if (!maybeSave())
        return;
    Model model;
    model.name = QStringLiteral("Untitled");
    Diagram main;
    main.id = QStringLiteral("main");
    main.name = QStringLiteral("Main");
    model.diagrams << main;
    m_document->reset(model);
    setPath({});
}

bool DocumentController::open(const QString &path)
{
    if (!maybeSave())
        return false;
    auto model = ModelFile::load(path);
    if (!model) {
        QMessageBox::warning(m_window, QStringLiteral("Open model"), QStringLiteral("Cannot open %1:\n\n%2").arg(path, model.error().toString()));
        m_recent->remove(path);
        return false;
    }
    m_document->reset(*model);
    setPath(path);
    m_recent->add(path);
    ensureDiagram();
    emit message(QStringLiteral("Opened %1: %2 tables").arg(displayName()).arg(m_document->model().tables.size()));
    return true;
}

bool DocumentController::openUnsaved(Model model)
{
    if (!maybeSave())
        return false;
    m_document->reset(std::move(model));
    setPath({});
    m_document->markUnsaved(); // nothing of it is in a file yet
    ensureDiagram();
    return true;
}

void DocumentController::ensureDiagram()
{
    const Model &model = m_document->model();
    if (!model.diagrams.isEmpty() || (model.tables.isEmpty() && model.views.isEmpty()))
        return;
    const QString id = ui::ModelEdits(m_document).addDiagram(QStringLiteral("All tables"), model.tableIds() + model.viewIds());
    emit diagramNeedsLayout(id);
}

bool DocumentController::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, QStringLiteral("Open model"), QFileInfo(m_path).absolutePath(),
                                                      QStringLiteral("Strata models (*.strata);;All files (*)"));
    return !path.isEmpty() && open(path);
}

bool DocumentController::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool DocumentController::saveAs(const QString &chosen)
{
    QString path = !chosen.isEmpty() ? chosen : QFileDialog::getSaveFileName(m_window, QStringLiteral("Save model as"),
                                                m_path.isEmpty() ? QStringLiteral("model.strata") : m_path,
                                                QStringLiteral("Strata models (*.strata)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".strata");
    return saveTo(path);
}

bool DocumentController::saveTo(const QString &path)
{
    // ModelFile writes a temporary file beside the target and renames it: never half a model.
    if (auto saved = ModelFile::save(m_document->model(), path); !saved) {
        QMessageBox::critical(m_window, QStringLiteral("Save model"), saved.error().toString());
        return false;
    }
    m_document->markSaved();
    setPath(path);
    m_recent->add(path);
    emit message(QStringLiteral("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Strata"),
                    QStringLiteral("%1 has unsaved changes. Save them?").arg(displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("saveChangesQuestion"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void DocumentController::offerRecovery()
{
    for (const Autosave::Recovery &r : Autosave::orphans()) {
        const QString what = r.originalPath.isEmpty() ? QStringLiteral("a new model") : QDir::toNativeSeparators(r.originalPath);
        QMessageBox box(QMessageBox::Question, QStringLiteral("Restore unsaved changes"),
                        QStringLiteral("Strata did not close properly. It kept unsaved changes to %1 from %2.\n\nRestore them?")
                            .arg(what, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("restoreQuestion"));
        QPushButton *restore = box.addButton(QStringLiteral("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(QStringLiteral("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(QStringLiteral("Not now"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == discard) {
            Autosave::discard(r);
            continue;
        }
        if (box.clickedButton() != restore)
            continue;
        auto model = Autosave::load(r);
        if (!model) {
            QMessageBox::warning(m_window, QStringLiteral("Restore"), model.error().toString());
            continue;
        }
        if (!maybeSave())
            return;
        m_document->reset(*model);
        setPath(r.originalPath);
        m_document->markUnsaved(); // the restored changes are not in any file yet
        Autosave::discard(r);
        emit message(QStringLiteral("Restored unsaved changes to %1").arg(displayName()));
        return; // one model at a time; others are offered next start
    }
}

} // namespace strata::app
