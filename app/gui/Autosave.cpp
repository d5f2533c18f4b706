#include "Autosave.h"

#include <modeler/ModelFile.h>
#include <modeler/ui/ModelDocument.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

namespace strata::app {

namespace {

QString notePath(const QString &base)
{
    return base + QStringLiteral(".json");
}

QString lockPath(const QString &base)
{
    return base + QStringLiteral(".lock");
}

} // namespace

Autosave::Autosave(modeler::ui::ModelDocument *document, int intervalSeconds, const QString &directory, QObject *parent)
    : QObject(parent), m_document(document), m_directory(directory)
{
    QDir().mkpath(directory);
    m_base = QDir(directory).filePath(QStringLiteral("session-%1-%2")
                                          .arg(QCoreApplication::applicationPid())
                                          .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    // Held while this Strata runs: a copy whose lock has no living owner is one left by a crash.
    m_lock = std::make_unique<QLockFile>(lockPath(m_base));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        emit failed(QStringLiteral("Cannot lock %1: autosave copies may be offered twice").arg(lockPath(m_base)));
    m_timer.setInterval(std::max(1, intervalSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_dirtySinceWrite) {
            if (auto written = writeNow(); !written)
                emit failed(written.error().message);
        }
    });
    m_timer.start();
    auto changed = [this] { m_dirtySinceWrite = true; };
    connect(document, &modeler::ui::ModelDocument::changed, this, changed);
    connect(document, &modeler::ui::ModelDocument::modelReset, this, changed);
    connect(document, &modeler::ui::ModelDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            clear(); // saved: nothing left to recover
        else
            m_dirtySinceWrite = true;
    });
}

Autosave::~Autosave()
{
    clear();
    m_lock->unlock();
}

QString Autosave::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Strata/recovery");
}

Result<void> Autosave::writeNow()
{
    m_dirtySinceWrite = false;
    if (!m_document->isModified()) {
        clear();
        return Result<void>::success();
    }
    if (auto saved = modeler::ModelFile::save(m_document->model(), modelPath()); !saved)
        return saved.error();
    QJsonObject note;
    note.insert(QStringLiteral("original"), m_originalPath);
    note.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QByteArray json = QJsonDocument(note).toJson();
    QSaveFile file(notePath(m_base));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error(QStringLiteral("cannot write %1: %2").arg(notePath(m_base), file.errorString()));
    return Result<void>::success();
}

void Autosave::clear()
{
    QFile::remove(modelPath());
    QFile::remove(notePath(m_base));
}

QList<Autosave::Recovery> Autosave::orphans(const QString &directory)
{
    QList<Recovery> out;
    const QDir dir(directory);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("session-*.json")}, QDir::Files)) {
        const QString base = info.absoluteFilePath().chopped(5);
        if (!QFile::exists(base + QStringLiteral(".strata")))
            continue;
        // A lock we can take has no living owner (QLockFile checks the process in it).
        QLockFile lock(lockPath(base));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
        out.append({base + QStringLiteral(".strata"), note.value(QStringLiteral("original")).toString(),
                    QDateTime::fromString(note.value(QStringLiteral("savedAt")).toString(), Qt::ISODate)});
    }
    std::sort(out.begin(), out.end(), [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return out;
}

Result<modeler::Model> Autosave::load(const Recovery &recovery)
{
    return modeler::ModelFile::load(recovery.modelPath);
}

void Autosave::discard(const Recovery &recovery)
{
    const QString base = recovery.modelPath.chopped(7);
    QFile::remove(recovery.modelPath);
    QFile::remove(notePath(base));
    QFile::remove(lockPath(base));
}

} // namespace strata::app
