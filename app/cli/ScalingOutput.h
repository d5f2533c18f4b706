// The scaling options of strata-cli profile (--model, --scales, --predict-rows) and their run: the
// data made again at each size in the --db target, the workload profiled, each statement's growth.
#pragma once

#include "Command.h"
#include "DatabaseTarget.h"

#include <workload/Profiler.h>

namespace strata::cli {

class ScalingOutput
{
public:
    static void configure(QCommandLineParser &parser);
    static bool requested(const QCommandLineParser &parser);
    static int run(const QCommandLineParser &parser, const workload::Workload &workload, const DatabaseTarget &target,
                   const workload::ProfileOptions &profile, Console &console);
};

} // namespace strata::cli
