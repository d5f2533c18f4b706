// Timing for the benchmarks: each step's best wall time and CPU time of the thread over several
// runs (the CPU time is what the targets are checked against: the machine may be shared).
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <ctime>
#include <functional>
#include <map>

namespace strata::test {

inline double threadCpuMs()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Timing
{
    double wall = 1e300, cpu = 1e300;
};

/// Runs `step` and keeps its best time over the runs in `best[name]`.
inline void measure(std::map<QString, Timing> &best, const QString &name, const std::function<void()> &step)
{
    QElapsedTimer wall;
    const double cpu = threadCpuMs();
    wall.start();
    step();
    Timing &t = best[name];
    t.wall = std::min(t.wall, wall.nsecsElapsed() / 1e6);
    t.cpu = std::min(t.cpu, threadCpuMs() - cpu);
}

} // namespace strata::test
