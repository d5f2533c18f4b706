#include "ParameterSamples.h"

#include "workload/SeededRandom.h"

namespace strata::workload {

QString ParameterSamples::key(const ParameterSource &source)
{
    return source.schema + u'\x1f' + source.table + u'\x1f' + source.column;
}

const QVariantList &ParameterSamples::values(const ParameterSource &source) const
{
    static const QVariantList none;
    const auto it = m_values.constFind(key(source));
    return it == m_values.constEnd() ? none : *it;
}

Result<ParameterSamples> ParameterSamples::load(const Workload &workload, connectors::Session &session, quint64 seed,
                                                Diagnostics *notes)
{
    ParameterSamples out;
    for (const WorkloadStatement &s : workload.statements) {
        for (const ParameterSource &p : s.parameters) {
            if (p.kind != ParameterSource::Kind::Sample || out.m_values.contains(key(p)))
                continue;
            const QString table = (p.schema.isEmpty() ? QString() : session.quoteIdentifier(p.schema) + u'.') + session.quoteIdentifier(p.table);
            const QString column = session.quoteIdentifier(p.column);
            auto cursor = session.run(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL").arg(column, table));
            auto more = cursor ? (*cursor)->nextResult() : Result<bool>(cursor.error());
            if (!more) {
                Error e = more.error();
                e.message = QStringLiteral("%1 cannot be sampled: %2").arg(p.text, e.message);
                e.place = p.place;
                return e;
            }
            // Reservoir sampling (algorithm R): every row as likely to be kept, in one pass.
            SeededRandom random = SeededRandom::stream(seed, key(p));
            QVariantList kept;
            qint64 seen = 0;
            for (auto batch = (*cursor)->fetch(4096); batch && !batch->isEmpty(); batch = (*cursor)->fetch(4096)) {
                for (const connectors::Row &row : std::as_const(*batch)) {
                    if (kept.size() < maxValues)
                        kept << row.value(0);
                    else if (const quint64 slot = random.below(quint64(seen + 1)); slot < quint64(maxValues))
                        kept[qsizetype(slot)] = row.value(0);
                    ++seen;
                }
            }
            if (kept.isEmpty() && notes) {
                Diagnostic d{Severity::Warning, QStringLiteral("workload.empty-sample"),
                             QStringLiteral("%1 has no values: the parameter is NULL").arg(p.text), p.place,
                             QStringLiteral("fill the table first (strata-cli synth)")};
                notes->append(d);
            }
            out.m_values.insert(key(p), kept);
        }
    }
    return out;
}

} // namespace strata::workload
