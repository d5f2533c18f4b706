// The catalog queries of PostgreSQL reverse engineering: one per catalog kind, each for every object
// of the schemas read at once (never one per table). Each takes $1, the schemas to read as text[]
// (NULL: every schema but the system ones).
#pragma once

#include <QString>

namespace strata::modeler::live::PgCatalogQueries {

QString schemas();
/// Enums and domains (with their labels; domain checks come with the constraints).
QString types();
QString sequences();
/// Tables, partitioned tables, views, materialized views and foreign tables.
QString relations();
QString columns();
/// Table and domain constraints.
QString constraints();
/// Indexes that back no constraint, with their keys as JSON.
QString indexes();
/// Objects the model cannot hold: (kind, schema, name, detail).
QString unsupported();

} // namespace strata::modeler::live::PgCatalogQueries
