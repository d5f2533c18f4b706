// What index advice found: the indexes worth creating, each measured on the data (the speedup of
// every statement it helps, the cost it adds to each inserted row, its size, the CREATE INDEX to
// run), the candidates that did not help and why, and the existing indexes no statement used.
#pragma once

#include <strata/Diagnostic.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace strata::workload {

struct IndexCandidate
{
    QString schema, table;
    QStringList columns;     ///< key columns in order
    QStringList descending;  ///< the key columns in descending order
    QStringList include;     ///< PostgreSQL INCLUDE columns (SQLite: appended to the key instead)
    QString reason;          ///< "equality on customer_id, then ORDER BY placed_at"
    QStringList statements;  ///< the statements it was made for

    bool operator==(const IndexCandidate &) const = default;
};

/// One statement before and after an index (median ms of several rounds).
struct StatementEffect
{
    QString statement;
    double beforeMs = 0, afterMs = 0;
    bool usesIndex = false; ///< its plan names the index
    double speedup() const { return afterMs > 0 ? beforeMs / afterMs : 0; }
};

struct IndexVerdict
{
    IndexCandidate candidate;
    QString name;
    QString createSql;        ///< with quoted identifiers where needed
    bool kept = false;
    QString why;              ///< why it was not kept
    QList<StatementEffect> effects;
    double writeCostUs = 0;   ///< added to each inserted row (measured on a scratch copy)
    double writeBaseUs = 0;   ///< an inserted row without the index
    qint64 sizeBytes = 0;
    double buildMs = 0;
};

struct UnusedIndex
{
    QString name, table;
    QString note;             ///< "enforces a UNIQUE constraint: keep it"
};

struct IndexAdvice
{
    QString database, engine;
    int rounds = 0;
    double threshold = 0;     ///< the least relative gain counted as help
    QList<IndexVerdict> kept, rejected;
    QList<StatementEffect> combined; ///< every statement with all kept indexes at once
    QList<UnusedIndex> unused;
    Diagnostics notes;

    QString text() const;
    QString markdown() const;
    QJsonObject json() const;
};

} // namespace strata::workload
