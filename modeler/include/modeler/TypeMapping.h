// Maps the model's neutral DataType to and from each dialect's spelling. The table is documented in
// docs/type-mapping.md; a type a dialect lacks is mapped to its nearest equivalent with a warning,
// never dropped.
#pragma once

#include "modeler/DataType.h"
#include "modeler/Model.h"

#include <strata/Diagnostic.h>

namespace strata::modeler {

/// A type as one dialect spells it, with a warning when the dialect cannot keep its meaning.
struct DialectType
{
    QString sql;     ///< e.g. "character varying(80)", "TEXT"
    QString warning; ///< empty when nothing is lost
};

class TypeMapping
{
public:
    /// PostgreSQL spelling as pg_dump writes it. A Named type that is an enum or domain of `model` is
    /// written as its quoted qualified name; any other Named type is written as it is held.
    static DialectType toPostgres(const DataType &type, const Model &model);
    /// SQLite spelling: a declared type whose affinity keeps the values. Enums become TEXT (the DDL
    /// writer adds the CHECK), domains their base type.
    static DialectType toSqlite(const DataType &type, const Model &model);

    /// From PostgreSQL's parse tree (TypeName): the name parts ("pg_catalog","int4" or
    /// "public","mood"), the numeric modifiers and the array depth. `enumOrDomainId` is the model id
    /// when the name is one of the model's enums or domains (the caller knows); otherwise the type is
    /// kept as its SQL text. serial/bigserial/smallserial give their integer kind.
    static DataType fromPostgres(const QStringList &nameParts, const QList<int> &typmods, int arrayDims,
                                 const QString &enumOrDomainId = {});
    /// From a type as PostgreSQL's format_type() prints it: "character varying(100)[]",
    /// "timestamp(3) with time zone", "public.mpaa_rating".
    static DataType fromPostgresText(QStringView text, const QString &enumOrDomainId = {});
    /// True for serial, bigserial, smallserial (and serial2/4/8), which PostgreSQL turns into an
    /// integer column fed by an owned sequence.
    static bool isSerialName(QStringView name);

    /// From a SQLite declared type. A name SQLite does not know is mapped by its affinity (SQLite's
    /// rules, section 3.1 of its datatype documentation) and `warning` says what it was.
    static DataType fromSqlite(QStringView declaredType, QString *warning = nullptr);
};

} // namespace strata::modeler
