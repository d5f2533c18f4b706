// Draws the parameters of one execution of a workload statement from their sources. One per
// worker (its own stream); sequence() counters are shared by all workers, so that the keys an
// INSERT makes never repeat between sessions.
#pragma once

#include "ParameterSamples.h"

#include "workload/SeededRandom.h"
#include "workload/ZipfSampler.h"

#include <atomic>
#include <deque>
#include <optional>
#include <vector>

namespace strata::workload {

class ParameterDraw
{
public:
    /// One counter per sequence() source of the workload, in the order they are met.
    using Counters = std::deque<std::atomic<qint64>>;

    ParameterDraw(const Workload &workload, const ParameterSamples &samples, Counters *counters);
    /// Makes the counters a workload's sequences need, at their starts.
    static void prepare(const Workload &workload, Counters *counters);

    /// $1, $2 ... of statement `statement`, in order.
    connectors::Row draw(int statement, SeededRandom &random);

private:
    struct Source
    {
        const ParameterSource *source = nullptr;
        std::optional<ZipfSampler> zipf;
        std::atomic<qint64> *counter = nullptr;
    };
    QVariant value(Source &s, SeededRandom &random) const;

    const ParameterSamples &m_samples;
    std::vector<std::vector<Source>> m_sources; // per statement, per parameter number - 1
};

} // namespace strata::workload
