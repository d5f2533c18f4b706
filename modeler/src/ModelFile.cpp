#include "modeler/ModelFile.h"

#include "ModelJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace strata::modeler {

QByteArray ModelFile::toJson(const Model &model)
{
    return QJsonDocument(modelToJson(model)).toJson(QJsonDocument::Indented);
}

Result<Model> ModelFile::fromJson(const QByteArray &json, const QString &sourceName)
{
    const QString text = QString::fromUtf8(json);
    if (text.trimmed().isEmpty())
        return Error(QStringLiteral("the file is empty; expected a Strata model (a JSON object)"),
                     SourcePlace::atOffset(sourceName, text, 0), QStringLiteral("model.syntax"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError's offset counts UTF-8 bytes; the place counts characters.
        const qsizetype charOffset = QString::fromUtf8(json.left(parseError.offset)).size();
        return Error(QStringLiteral("malformed JSON: %1").arg(parseError.errorString()),
                     SourcePlace::atOffset(sourceName, text, charOffset), QStringLiteral("model.syntax"));
    }
    if (!doc.isObject())
        return Error(QStringLiteral("expected a JSON object at the top of a Strata model file"),
                     SourcePlace::atOffset(sourceName, text, 0), QStringLiteral("model.format"));
    return modelFromJson(doc.object(), text, sourceName);
}

Result<Model> ModelFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot open the model: %1").arg(file.errorString()), SourcePlace::ofSource(path),
                     QStringLiteral("io"));
    return fromJson(file.readAll(), path);
}

Result<void> ModelFile::save(const Model &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("cannot write the model: %1").arg(file.errorString()), SourcePlace::ofSource(path),
                     QStringLiteral("io"));
    file.write(toJson(model));
    if (!file.commit()) // flushes, syncs to disk and renames over the old file; the old one stays on failure
        return Error(QStringLiteral("cannot save the model: %1").arg(file.errorString()), SourcePlace::ofSource(path),
                     QStringLiteral("io"));
    return Result<void>::success();
}

} // namespace strata::modeler
