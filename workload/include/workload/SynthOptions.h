// What a synthetic-data run is asked for: how many rows, from which seed, and who hears about it.
#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace strata::workload {

/// Where one table is, reported while a run goes (from the thread that called Synthesizer::run).
struct TableProgress
{
    enum class State { Waiting, Loading, Done };
    QString table;          ///< qualified name: "shop.orders", "orders"
    State state = State::Waiting;
    qint64 rowsDone = 0;
    qint64 rowsTotal = 0;
    double rowsPerSecond = 0; ///< since the table's first rows were loaded
};

struct SynthOptions
{
    /// Rows per table when --rows does not say (before the scale).
    static constexpr qint64 defaultRows = 1000;

    quint64 seed = 1;
    double scale = 1.0;
    /// Rows of particular tables, by name ("orders" or "shop.orders"); the scale applies to them too.
    QHash<QString, qint64> rows;
    /// Rows per batch handed from the generators to the loader.
    int batchRows = 20000;
    /// Generator threads; 0: one per core.
    int threads = 0;
    /// PostgreSQL: drop the model's tables, views and types first when the database has them.
    bool replace = false;
    /// Run ANALYZE once the data is in, so that plans see realistic statistics.
    bool analyze = true;
    /// Called after each batch loaded and when a table starts or ends.
    std::function<void(const TableProgress &)> onProgress;
};

} // namespace strata::workload
