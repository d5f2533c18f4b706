// What a SQLite CREATE TABLE says that the pragmas do not: constraint names, CHECK and generated
// expressions as written, column collations, deferrable foreign keys, AUTOINCREMENT, WITHOUT ROWID,
// and the "--" comments Strata's DDL writer puts after each line (the table's after its "(").
#pragma once

#include "SqliteTokens.h"

#include <QStringList>

namespace strata::modeler::live {

struct SqliteColumnText
{
    QString name;
    QString collation;
    QString generated; ///< the expression of GENERATED ALWAYS AS (...)
    bool stored = false;
    bool autoincrement = false;
    QString comment;
};

struct SqliteConstraintText
{
    enum class Kind { PrimaryKey, Unique, Check, ForeignKey };
    Kind kind = Kind::Check;
    QString name;
    QStringList columns; ///< key columns; the column itself for a column constraint
    QString expression;  ///< a CHECK's
    QString referencedTable;
    bool deferrable = false;
    bool initiallyDeferred = false;
    QString comment;
};

class SqliteTableText
{
public:
    explicit SqliteTableText(const QString &createTable);

    QList<SqliteColumnText> columns;
    QList<SqliteConstraintText> constraints; ///< in the order written, column constraints where their column is
    bool withoutRowid = false;
    QString comment;

    const SqliteColumnText *column(const QString &name) const;
    /// The constraint of a kind on exactly these columns (names compared without case), or null.
    const SqliteConstraintText *constraint(SqliteConstraintText::Kind kind, const QStringList &columns,
                                           const QString &referencedTable = {}) const;

private:
    void readItem(int begin, int end, const QString &comment);
    void readColumn(int begin, int end, const QString &comment);
    int readTableConstraint(int at, int end, const QString &name, const QString &comment);
    QString between(int open) const; ///< the text inside the parentheses at `open`
    QStringList names(int open) const;
    int foreignKeyTail(int at, int end, SqliteConstraintText &key) const;

    QString m_sql;
    QList<SqliteToken> m_tokens;
};

} // namespace strata::modeler::live
