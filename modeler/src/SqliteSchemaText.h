// What SQLite's catalog pragmas do not say about a table, an index or a view, read from the CREATE
// statement SQLite keeps in sqlite_schema: constraint names, CHECK expressions, generated-column
// expressions, deferrable foreign keys, the comments Strata's SQLite DDL writes inside CREATE TABLE,
// index key expressions and predicates, a view's column list and query. SQLite has no public parser,
// so this reads the statement's tokens (SqlLexer) with SQLite's grammar for these clauses.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace strata::modeler {

class SqliteSchemaText
{
public:
    struct Constraint
    {
        enum class Kind { PrimaryKey, Unique, Check, ForeignKey };
        Kind kind = Kind::Check;
        QString name;
        QStringList columns;           ///< for a column constraint, that column
        QString expression;            ///< CHECK
        QString referencedTable;       ///< FOREIGN KEY / REFERENCES
        QStringList referencedColumns;
        bool deferrable = false;
        bool initiallyDeferred = false;
        QString comment;               ///< of a table constraint
    };
    struct Column
    {
        QString name;
        QString generated;             ///< GENERATED ALWAYS AS (expression)
        bool generatedVirtual = false;
        QString comment;
    };
    struct Table
    {
        QString comment;
        QList<Column> columns;
        QList<Constraint> constraints; ///< column and table constraints, in the order written
    };
    struct IndexKey
    {
        QString expression; ///< empty for a plain column key
    };
    struct Index
    {
        QList<IndexKey> keys;
        QString where;
    };
    struct View
    {
        QStringList columnNames;
        QString query;
    };

    static Table table(const QByteArray &sql);
    static Index index(const QByteArray &sql);
    static View view(const QByteArray &sql);
};

} // namespace strata::modeler
