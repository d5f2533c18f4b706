// How one table is generated: its row count, the columns written, each column's generator, the
// foreign keys that take values from parent rows, the unique keys and how each is kept unique, the
// checks met by ordering columns or verified row by row. Built by SynthPlanner, run by TableGenerator.
#pragma once

#include "ColumnGenerator.h"

#include <modeler/Table.h>

#include <vector>

namespace strata::workload {

/// A foreign key seen from the child: which columns it fills from which parent row.
struct ForeignKeyLink
{
    int foreignKey = -1;         ///< index in Table::foreignKeys
    int parent = -1;             ///< index of the parent table in the plan
    QList<int> columns;          ///< positions in this table's rows
    QList<int> parentColumns;    ///< positions in the parent's rows
    bool selfReference = false;  ///< parents are earlier rows of the same table
    bool deferred = false;       ///< closes a cycle: the parent is generated after this table
    bool nullable = false;       ///< every column may be NULL
    double nullRate = 0;
    double skew = 0;             ///< 0: children spread evenly over parents; else Zipf with this skew
    bool inKey = false;          ///< a unique key picks its parent rows
    bool uniquePick = false;     ///< the link alone is a unique key it cannot be built into: each parent once
    bool leftNull = false;       ///< deferred, and part of a wider unique key: setting it later could repeat a key
};

/// One part of a unique key: a column of its own, or a whole foreign key (a parent row).
struct KeyAxis
{
    int column = -1; ///< a plain column; -1 for a link
    int link = -1;   ///< a ForeignKeyLink; -1 for a column
    quint64 size = 0;
};

struct UniqueKey
{
    enum class Method {
        Permuted,  ///< key number i of a permutation of every combination: never repeats, never stalls
        PerParent, ///< children of a parent row picked by the link's fan-out, numbered or permuted within it
        Checked    ///< drawn, remembered, and drawn again on a repeat (a bounded number of times)
    };
    QString name;
    QList<int> columns;
    QList<KeyAxis> axes;
    Method method = Method::Checked;
    bool numbered = false;       ///< PerParent: the last axis counts 1, 2, 3 within the parent (line numbers)
    bool nullsDistinct = true;   ///< rows with a NULL in the key never collide
    quint64 combinations = 0;    ///< how many different keys the axes make (saturated)
};

struct TablePlan
{
    const modeler::Table *table = nullptr;
    QString label;              ///< qualified name, for messages
    QString schema;             ///< schema name ("" for the default), for loading
    qint64 rows = 0;
    QList<const modeler::Column *> columns; ///< the columns written, in row order
    QStringList columnNames;
    std::vector<ColumnGenerator> generators; ///< one per written column (foreign key columns ignore theirs)
    QList<int> linkOf;          ///< per written column: the link that fills it, or -1
    QList<ForeignKeyLink> links;
    QList<UniqueKey> keys;
    QList<std::pair<int, int>> orderings; ///< (greater, lesser) column positions
    QList<bool> orderingStrict;
    QList<int> evaluatedChecks;   ///< indexes into Table::checks verified row by row
    QList<QList<int>> checkColumns; ///< per entry of evaluatedChecks: the positions it reads
    QStringList checkExpressions;   ///< per entry of evaluatedChecks: the check in SQLite's spelling
    QList<std::pair<QString, QString>> generatedColumns; ///< (name, expression in SQLite's spelling) that checks read
    QList<int> keptColumns;       ///< positions children read: stored for them
    QList<int> identifyingColumns; ///< a key that names a row (for the UPDATEs of deferred links); empty: rowid
    quint64 seed = 0;
    QList<int> dependsOn;         ///< parent tables that must be generated first
};

} // namespace strata::workload
