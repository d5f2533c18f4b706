// The values sample(table.column) parameters draw from: up to 10,000 values of the column, read once
// from the database by reservoir sampling with a seeded stream (NULLs left out), so that a parameter
// finds real rows, common values as often as the data has them.
#pragma once

#include "workload/Workload.h"

#include <connectors/Session.h>

#include <strata/Diagnostic.h>

#include <QHash>

namespace strata::workload {

class ParameterSamples
{
public:
    static constexpr int maxValues = 10000;

    /// Reads every column the workload samples; a column without values is a note (its
    /// parameter is then NULL), a column that is not there an Error.
    static Result<ParameterSamples> load(const Workload &workload, connectors::Session &session, quint64 seed,
                                         Diagnostics *notes);

    /// The values of a Sample source (empty when the column has none).
    const QVariantList &values(const ParameterSource &source) const;

private:
    static QString key(const ParameterSource &source);
    QHash<QString, QVariantList> m_values;
};

} // namespace strata::workload
