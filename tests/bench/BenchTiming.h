// Timing for the benchmarks: the best of several runs, in CPU time of the thread (what the work
// costs on a machine shared with others) and in wall time.
#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <functional>

namespace strata::bench {

inline double cpuMs()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Timing
{
    double wall = 1e300, cpu = 1e300;
};

/// Runs `step` and keeps its best times in `best`.
inline void measure(Timing &best, const std::function<void()> &step)
{
    QElapsedTimer wall;
    const double cpu = cpuMs();
    wall.start();
    step();
    best.wall = std::min(best.wall, wall.nsecsElapsed() / 1e6);
    best.cpu = std::min(best.cpu, cpuMs() - cpu);
}

} // namespace strata::bench
