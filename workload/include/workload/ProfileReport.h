// A workload profile as a terminal table, as Markdown (for a pull request or a wiki) and as JSON
// (for scripts and the IDE).
#pragma once

#include "workload/WorkloadProfile.h"

#include <QJsonObject>

namespace strata::workload {

class ProfileReport
{
public:
    static QString text(const WorkloadProfile &profile);
    static QString markdown(const WorkloadProfile &profile);
    static QJsonObject json(const WorkloadProfile &profile);
    /// A latency in ms with the digits it deserves: "0.042", "3.18", "154.2".
    static QString milliseconds(double value);
};

} // namespace strata::workload
