// What the readers of PostgreSQL statements share while one script is imported: the script, the
// model being built, the schema unqualified names fall into (SET search_path), and how a name, a
// type or a piece of a statement's text is read.
#pragma once

#include "ModelBuilder.h"
#include "PostgresStatement.h"

struct PgQuery__RangeVar;
struct PgQuery__TypeName;
struct PgQuery__CollateClause;
struct PgQuery__Node;

namespace strata::modeler {

/// A name as a script writes it, resolved to a schema of the model.
struct QualifiedName
{
    QString schemaId;
    QString name;
};

class PostgresContext
{
public:
    PostgresContext(const PostgresScript &script, ModelBuilder &model) : m_script(script), m_model(model) {}

    ModelBuilder &model() { return m_model; }
    const PostgresScript &script() const { return m_script; }

    /// SET search_path: the first schema in it is where unqualified names are; public by default.
    void setSearchPath(const QString &value);

    /// A name the statement creates an object by (a schema the script did not create is added).
    QualifiedName created(const PgQuery__RangeVar *relation, const SourcePlace &place);
    QualifiedName created(const QStringList &parts, const SourcePlace &place);
    /// A name the statement refers to; in a schema the model lacks it finds nothing.
    QualifiedName referenced(const PgQuery__RangeVar *relation) const;
    /// From name parts ("shop", "order") or ("order").
    QualifiedName referenced(const QStringList &parts) const;
    /// The model's type for a column or domain; `serial` (may be null) tells whether it was
    /// serial/bigserial/smallserial.
    DataType type(const PgQuery__TypeName *typeName, bool *serial) const;
    /// The collation of a COLLATE clause, without pg_catalog: "C", "en-x-icu".
    static QString collation(const PgQuery__CollateClause *clause);
    static QString collation(PgQuery__Node *const *names, size_t count);

    // Reports about the statement.
    void skipped(const PostgresStatement &statement, Severity severity, const QString &why);
    void unsupported(const SourcePlace &place, const QString &what, const QString &hint = {});

    // Text of expressions, as the script spells them.
    /// After keyword(s) at `from` (e.g. "DEFAULT", "CONSTRAINT x DEFAULT"): the expression up to
    /// `limit` or to the first ',' or ')' outside parentheses.
    QString expressionAfter(const PostgresStatement &statement, int from, int limit, const char *keyword) const;
    /// The inside of the first parenthesised group at or after `from`.
    QString groupText(const PostgresStatement &statement, int from) const;
    /// Text of [begin, end) without blanks or comments at either end.
    QString trimmed(const PostgresStatement &statement, int begin, int end) const;

private:
    const PostgresScript &m_script;
    ModelBuilder &m_model;
    QString m_searchSchema = QStringLiteral("public");
};

} // namespace strata::modeler
