#include "ModelEngine.h"

#include "DocumentController.h"

#include <connectors/ConnectionStore.h>
#include <connectors/Session.h>
#include <modeler/DdlWriter.h>
#include <modeler/ui/ModelDocument.h>
#include <workload/Synthesizer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace strata::app {

namespace {

Result<void> runAll(connectors::Cursor &cursor)
{
    while (true) {
        auto more = cursor.nextResult();
        if (!more)
            return more.error();
        if (!*more)
            return Result<void>::success();
    }
}

} // namespace

ModelEngine::ModelEngine(DocumentController *documents, connectors::ConnectionStore *store, QObject *parent)
    : QObject(parent), m_documents(documents), m_store(store)
{
    modeler::ui::ModelDocument *document = documents->document();
    auto keep = [this, document] {
        QMutexLocker lock(&m_snapshot->mutex);
        m_snapshot->model = document->model();
    };
    connect(document, &modeler::ui::ModelDocument::changed, this, keep);
    connect(document, &modeler::ui::ModelDocument::modelReset, this, keep);
    connect(documents, &DocumentController::filePathChanged, this, &ModelEngine::offer);
    keep();
    offer();
}

void ModelEngine::offer()
{
    const QString modelPath = m_documents->filePath();
    if (modelPath.isEmpty()) {
        if (!m_scratch)
            m_scratch = std::make_unique<QTemporaryDir>();
        m_path = m_scratch->filePath(QStringLiteral("untitled-%1.sqlite").arg(++m_untitled));
    } else {
        m_path = workload::Synthesizer::defaultSqlitePath(QFileInfo(modelPath).absoluteFilePath()); // where synth puts it too
    }
    const QString label = tr("%1 (embedded SQLite)").arg(m_documents->displayName());
    m_store->setModelEngine(m_path, label, [snapshot = m_snapshot](const QString &path) {
        modeler::Model model;
        {
            QMutexLocker lock(&snapshot->mutex);
            model = snapshot->model;
        }
        return create(model, path);
    });
}

Result<void> ModelEngine::create(const modeler::Model &model, const QString &path)
{
    // Two tabs may connect at once: one makes the file, the other finds it made.
    static QMutex making;
    QMutexLocker lock(&making);
    if (QFileInfo::exists(path))
        return Result<void>::success();
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    const modeler::DdlScript ddl = modeler::DdlWriter::write(model, modeler::Dialect::Sqlite);
    Result<void> loaded = Result<void>::success();
    {
        auto session = connectors::Session::open({connectors::Dialect::Sqlite, partial, true});
        if (!session)
            return session.error();
        auto cursor = (*session)->run(ddl.sql);
        loaded = cursor ? runAll(**cursor) : Result<void>(cursor.error());
    } // the file is closed before it is renamed or removed
    if (!loaded) {
        QFile::remove(partial);
        return Error(QStringLiteral("the model's schema does not load into SQLite: %1").arg(loaded.error().message));
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error(QStringLiteral("cannot make %1").arg(QDir::toNativeSeparators(path)), SourcePlace::ofSource(path));
    }
    return Result<void>::success();
}

} // namespace strata::app
