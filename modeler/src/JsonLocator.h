// Finds where a value sits in JSON text, given its path, so that an error found after parsing
// (a wrong type, a missing key) can name a line and column. QJsonDocument keeps no positions.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace strata::modeler {

/// One step of a path: an object key (QString) or an array index (int).
using JsonPathStep = QVariant;
using JsonPath = QList<JsonPathStep>;

/// "model.tables[3].columns[0].type"
QString jsonPathToString(const JsonPath &path);

/// The offset of the value at `path` in syntactically valid JSON `text`; the offset of the deepest
/// step that exists when the path does not fully exist (a missing key points at its object).
qsizetype jsonOffsetOf(QStringView text, const JsonPath &path);

} // namespace strata::modeler
