// How a workload's statements scale: the data generated again at each size (--scales 0.1,1,10), the
// workload profiled at each, and each statement's latency fitted to constant / log n / n / n log n /
// n² of the rows of the largest table it reads, with a prediction at a size the user gives and how
// sure the fit is.
#pragma once

#include "workload/CurveFit.h"
#include "workload/Profiler.h"
#include "workload/SynthOptions.h"

#include <modeler/Model.h>

#include <QJsonObject>

namespace strata::workload {

struct StatementScaling
{
    QString name;
    QString table;             ///< the largest table it reads ("" when none is known: all rows count)
    QList<double> rows;        ///< n at each scale
    QList<double> medianMs;    ///< at each scale
    QList<CurveFit> fits;      ///< best first
    double predictedMs = 0, marginMs = 0; ///< at ScalingReport::predictRows (when given)
    QString verdict;           ///< "n log n (likely: Akaike weight 0.94, R² 0.97)"
};

struct ScalingReport
{
    QList<double> scales;
    QList<qint64> totalRows;   ///< rows generated at each scale
    qint64 predictRows = 0;
    QList<StatementScaling> statements;

    /// "3.18 ms ± 0.4 at 5000000 rows", flagged when it is more than ten times beyond the sizes
    /// measured; empty without a prediction.
    QString prediction(const StatementScaling &statement) const;
    QString text() const;
    QString markdown() const;
    QJsonObject json() const;
};

/// Where the data goes at each size: a SQLite file made again each time, or a database whose model
/// tables are replaced.
struct ScalingTarget
{
    bool sqliteFile = true;
    QString path; ///< the SQLite file
    /// Opens a session to the target (after the file is made, for SQLite).
    std::function<Result<std::unique_ptr<connectors::Session>>()> open;
};

class ScalingStudy
{
public:
    static Result<ScalingReport> run(const modeler::Model &model, const Workload &workload, const ScalingTarget &target,
                                     const QList<double> &scales, qint64 predictRows, SynthOptions synth, ProfileOptions profile,
                                     TaskControl *control = nullptr);
};

} // namespace strata::workload
