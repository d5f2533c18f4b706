#include "BatchQueue.h"

namespace strata::workload {

bool BatchQueue::push(Item item)
{
    QMutexLocker lock(&m_mutex);
    // A table's end goes in even when the queue is full: it holds no rows, and the loader may be
    // waiting for it to start the next tables.
    while (!m_closed && !item.end && int(m_items.size()) >= m_capacity)
        m_notFull.wait(&m_mutex);
    if (m_closed)
        return false;
    m_items.push_back(std::move(item));
    m_notEmpty.wakeOne();
    return true;
}

std::optional<BatchQueue::Item> BatchQueue::pop(int timeoutMs)
{
    QMutexLocker lock(&m_mutex);
    if (m_items.empty())
        m_notEmpty.wait(&m_mutex, QDeadlineTimer(timeoutMs));
    if (m_items.empty())
        return std::nullopt;
    Item item = std::move(m_items.front());
    m_items.pop_front();
    m_notFull.wakeOne();
    return item;
}

void BatchQueue::close()
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    m_items.clear();
    m_notFull.wakeAll();
}

void BatchQueue::recycle(connectors::RowBatch &&batch)
{
    QMutexLocker lock(&m_mutex);
    if (m_spare.size() < size_t(m_capacity) + 2)
        m_spare.push_back(std::move(batch));
}

connectors::RowBatch BatchQueue::emptyBatch(int columns)
{
    QMutexLocker lock(&m_mutex);
    connectors::RowBatch batch;
    if (!m_spare.empty()) {
        batch = std::move(m_spare.back());
        m_spare.pop_back();
    }
    lock.unlock();
    batch.reset(columns);
    return batch;
}

} // namespace strata::workload
