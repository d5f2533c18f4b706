// Batches of rows on their way from the generator threads to the one thread that loads them: a
// bounded queue, so that generators wait when the database is slower and memory stays flat. Each
// table's batches arrive in the order its generator made them, followed by its end.
#pragma once

#include <connectors/RowBatch.h>

#include <strata/Error.h>

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <vector>
#include <optional>

namespace strata::workload {

class BatchQueue
{
public:
    struct Item
    {
        int table = -1;
        connectors::RowBatch rows;
        bool end = false;           ///< the table's generator has finished
        std::optional<Error> error; ///< why it stopped, when it failed
    };

    explicit BatchQueue(int capacity) : m_capacity(std::max(capacity, 1)) {}

    /// Waits while the queue is full; false once the queue is closed (the item is dropped).
    bool push(Item item);
    /// Waits up to `timeoutMs` for the next item (so that the caller can look at its cancel flag).
    std::optional<Item> pop(int timeoutMs);
    /// Wakes every waiting producer for good: the run stops.
    void close();
    /// Takes back a batch that was loaded, so that a generator fills its memory again rather than
    /// allocating (and the kernel zeroing) new memory for every batch.
    void recycle(connectors::RowBatch &&batch);
    /// An emptied batch for rows of `columns` values: a recycled one when there is one.
    connectors::RowBatch emptyBatch(int columns);

private:
    QMutex m_mutex;
    QWaitCondition m_notFull, m_notEmpty;
    std::deque<Item> m_items;
    std::vector<connectors::RowBatch> m_spare;
    int m_capacity;
    bool m_closed = false;
};

} // namespace strata::workload
