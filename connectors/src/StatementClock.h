// The time a statement keeps its caller waiting, and its time limit (ExecOptions::timeoutMs). Only
// the time inside waits counts: a caller that fetches slowly does not make a statement time out.
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <chrono>

namespace strata::connectors {

class StatementClock
{
public:
    using Clock = std::chrono::steady_clock;

    explicit StatementClock(int timeoutMs = 0) : m_limit(std::chrono::milliseconds(timeoutMs)) {}

    void start() { m_since = Clock::now(); m_running = true; }
    void stop()
    {
        if (m_running)
            m_spent += Clock::now() - m_since;
        m_running = false;
    }
    /// Time spent so far, the running wait included.
    Clock::duration spent() const { return m_spent + (m_running ? Clock::now() - m_since : Clock::duration{}); }
    qint64 spentUs() const { return std::chrono::duration_cast<std::chrono::microseconds>(spent()).count(); }
    bool hasLimit() const { return m_limit.count() > 0; }
    bool expired() const { return hasLimit() && spent() >= m_limit; }
    int limitMs() const { return int(std::chrono::duration_cast<std::chrono::milliseconds>(m_limit).count()); }
    /// How long the next wait may last before the flags are looked at again: at most `sliceMs`.
    int nextWaitMs(int sliceMs) const
    {
        if (!hasLimit())
            return sliceMs;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(m_limit - spent()).count();
        return int(std::clamp<qint64>(left + 1, 0, sliceMs));
    }

private:
    Clock::duration m_limit;
    Clock::duration m_spent{};
    Clock::time_point m_since;
    bool m_running = false;
};

} // namespace strata::connectors
