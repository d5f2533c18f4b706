#include "connectors/ui/OpenTabsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace strata::connectors::ui {

namespace {

Result<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.errorString(), SourcePlace::ofSource(path), QStringLiteral("tabs.read"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        SourcePlace place = SourcePlace::ofSource(path);
        place.path = QStringLiteral("byte %1").arg(parseError.offset);
        return Error(QStringLiteral("the saved tabs cannot be read: %1").arg(parseError.errorString()), place,
                     QStringLiteral("tabs.format"));
    }
    return document.object();
}

} // namespace

Result<QList<SavedTab>> OpenTabsFile::read(const QString &path)
{
    auto object = readObject(path);
    if (!object)
        return object.error();
    QList<SavedTab> tabs;
    for (const QJsonValue &value : object->value(QStringLiteral("tabs")).toArray()) {
        const QJsonObject o = value.toObject();
        SavedTab tab;
        tab.title = o.value(QStringLiteral("title")).toString();
        tab.filePath = o.value(QStringLiteral("file")).toString();
        tab.text = o.value(QStringLiteral("text")).toString();
        tab.modified = o.value(QStringLiteral("modified")).toBool();
        tab.connectionId = o.value(QStringLiteral("connection")).toString();
        tab.cursor = qsizetype(o.value(QStringLiteral("cursor")).toInteger());
        tabs.append(tab);
    }
    return tabs;
}

int OpenTabsFile::currentIn(const QString &path)
{
    auto object = readObject(path);
    return object ? object->value(QStringLiteral("current")).toInt() : 0;
}

Result<void> OpenTabsFile::write(const QString &path, const QList<SavedTab> &tabs, int current)
{
    QJsonArray array;
    for (const SavedTab &tab : tabs) {
        QJsonObject o{{QStringLiteral("title"), tab.title},
                      {QStringLiteral("file"), tab.filePath},
                      {QStringLiteral("modified"), tab.modified},
                      {QStringLiteral("connection"), tab.connectionId},
                      {QStringLiteral("cursor"), qint64(tab.cursor)}};
        if (tab.filePath.isEmpty() || tab.modified)
            o.insert(QStringLiteral("text"), tab.text);
        array.append(o);
    }
    const QJsonObject root{{QStringLiteral("tabs"), array}, {QStringLiteral("current"), current}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Error(QStringLiteral("cannot save the open tabs: %1").arg(file.errorString()),
                     SourcePlace::ofSource(path), QStringLiteral("tabs.write"));
    return Result<void>::success();
}

} // namespace strata::connectors::ui
