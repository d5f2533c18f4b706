#include "explain/BufferCounts.h"

#include <algorithm>

namespace strata::explain {

BufferCounts &BufferCounts::operator+=(const BufferCounts &o)
{
    sharedHit += o.sharedHit;
    sharedRead += o.sharedRead;
    sharedDirtied += o.sharedDirtied;
    sharedWritten += o.sharedWritten;
    localHit += o.localHit;
    localRead += o.localRead;
    localDirtied += o.localDirtied;
    localWritten += o.localWritten;
    tempRead += o.tempRead;
    tempWritten += o.tempWritten;
    return *this;
}

BufferCounts &BufferCounts::operator-=(const BufferCounts &o)
{
    sharedHit -= o.sharedHit;
    sharedRead -= o.sharedRead;
    sharedDirtied -= o.sharedDirtied;
    sharedWritten -= o.sharedWritten;
    localHit -= o.localHit;
    localRead -= o.localRead;
    localDirtied -= o.localDirtied;
    localWritten -= o.localWritten;
    tempRead -= o.tempRead;
    tempWritten -= o.tempWritten;
    return *this;
}

BufferCounts BufferCounts::clampedAtZero() const
{
    auto z = [](qint64 v) { return std::max<qint64>(v, 0); };
    BufferCounts c;
    c.sharedHit = z(sharedHit);
    c.sharedRead = z(sharedRead);
    c.sharedDirtied = z(sharedDirtied);
    c.sharedWritten = z(sharedWritten);
    c.localHit = z(localHit);
    c.localRead = z(localRead);
    c.localDirtied = z(localDirtied);
    c.localWritten = z(localWritten);
    c.tempRead = z(tempRead);
    c.tempWritten = z(tempWritten);
    return c;
}

} // namespace strata::explain
