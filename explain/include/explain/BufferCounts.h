// Block counts of PostgreSQL's BUFFERS option for one node (or a difference of two nodes).
#pragma once

#include <QtGlobal>

namespace strata::explain {

struct BufferCounts
{
    qint64 sharedHit = 0, sharedRead = 0, sharedDirtied = 0, sharedWritten = 0;
    qint64 localHit = 0, localRead = 0, localDirtied = 0, localWritten = 0;
    qint64 tempRead = 0, tempWritten = 0;

    /// Summed over shared, local and temp blocks: what a tuner compares first.
    qint64 hit() const { return sharedHit + localHit; }
    qint64 read() const { return sharedRead + localRead + tempRead; }
    qint64 dirtied() const { return sharedDirtied + localDirtied; }
    qint64 written() const { return sharedWritten + localWritten + tempWritten; }
    qint64 total() const { return hit() + read() + dirtied() + written(); }
    bool isZero() const { return total() == 0; }

    BufferCounts &operator+=(const BufferCounts &o);
    BufferCounts &operator-=(const BufferCounts &o);
    /// Each counter no lower than zero (a difference of rounded parallel counts can dip below).
    BufferCounts clampedAtZero() const;
    bool operator==(const BufferCounts &) const = default;
};

} // namespace strata::explain
