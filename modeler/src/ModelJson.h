// The JSON form of a model, shared by ModelFile's writer and reader.
#pragma once

#include "modeler/ModelFile.h"

#include <QJsonObject>

namespace strata::modeler {

QJsonObject modelToJson(const Model &model);
/// `text` is the file's text, used to turn a JSON path into a line and column for errors.
Result<Model> modelFromJson(const QJsonObject &root, QStringView text, const QString &sourceName);

} // namespace strata::modeler
