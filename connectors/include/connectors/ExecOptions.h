// How a statement runs: its time limit, who may cancel it, and the name its errors point at.
#pragma once

#include <strata/TaskControl.h>

#include <QString>

namespace strata::connectors {

struct ExecOptions
{
    /// The longest a statement may keep the caller waiting on the server, in milliseconds (0: no
    /// limit). Only time spent waiting counts, not the time a caller takes between two fetches.
    /// A statement that runs over is cancelled and fails with code connectors::timeoutCode.
    int timeoutMs = 0;
    /// Cancelling it cancels the running statement (code strata::cancelledCode).
    TaskControl *control = nullptr;
    /// Names the script in error places: a file path, "<command line>", an editor tab's title.
    QString source;
};

} // namespace strata::connectors
