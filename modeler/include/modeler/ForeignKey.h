// A foreign key: columns of one table that reference a key of another (or the same) table.
#pragma once

#include <QString>
#include <QStringList>

namespace strata::modeler {

enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull, SetDefault };
enum class MatchType { Simple, Full };

QString referentialActionSql(ReferentialAction action); // "NO ACTION", "CASCADE", ...

struct ForeignKey
{
    QString id;
    QString name;                    ///< empty: the database picks one
    QStringList columnIds;           ///< in this table, ordered
    QString referencedTableId;
    QStringList referencedColumnIds; ///< in the referenced table, same order and count
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    MatchType match = MatchType::Simple;
    bool deferrable = false;
    bool initiallyDeferred = false;
    QString comment;

    bool operator==(const ForeignKey &) const = default;
};

} // namespace strata::modeler
