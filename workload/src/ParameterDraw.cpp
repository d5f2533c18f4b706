#include "ParameterDraw.h"

#include "ValueText.h"

namespace strata::workload {

using Kind = ParameterSource::Kind;

void ParameterDraw::prepare(const Workload &workload, Counters *counters)
{
    for (const WorkloadStatement &s : workload.statements)
        for (const ParameterSource &p : s.parameters)
            if (p.kind == Kind::Sequence)
                counters->emplace_back(p.arguments.value(0).toLongLong());
}

ParameterDraw::ParameterDraw(const Workload &workload, const ParameterSamples &samples, Counters *counters) : m_samples(samples)
{
    size_t sequence = 0;
    for (const WorkloadStatement &s : workload.statements) {
        std::vector<Source> sources;
        const int count = s.parameters.isEmpty() ? 0 : s.parameters.lastKey();
        for (int n = 1; n <= count; ++n) {
            Source source;
            const auto it = s.parameters.constFind(n);
            if (it != s.parameters.constEnd()) {
                source.source = &*it;
                if (it->kind == Kind::Zipf)
                    source.zipf.emplace(quint64(it->arguments[1].toLongLong() - it->arguments[0].toLongLong() + 1), it->arguments[2].toDouble());
                if (it->kind == Kind::Sequence)
                    source.counter = &(*counters)[sequence++];
            }
            sources.push_back(std::move(source));
        }
        m_sources.push_back(std::move(sources));
    }
}

QVariant ParameterDraw::value(Source &s, SeededRandom &random) const
{
    if (!s.source)
        return {}; // a gap in the numbering ($1, $3): NULL
    const QVariantList &a = s.source->arguments;
    switch (s.source->kind) {
    case Kind::Sample: {
        const QVariantList &values = m_samples.values(*s.source);
        return values.isEmpty() ? QVariant() : values[qsizetype(random.below(quint64(values.size())))];
    }
    case Kind::Uniform:
        if (a[0].typeId() == QMetaType::LongLong && a[1].typeId() == QMetaType::LongLong)
            return qlonglong(random.between(a[0].toLongLong(), a[1].toLongLong()));
        return a[0].toDouble() + random.unit() * (a[1].toDouble() - a[0].toDouble());
    case Kind::Normal: return random.normal(a[0].toDouble(), a[1].toDouble());
    case Kind::Zipf: return qlonglong(a[0].toLongLong() + qint64(s.zipf->sample(random)) - 1);
    case Kind::OneOf: return a[qsizetype(random.below(quint64(a.size())))];
    case Kind::Date: {
        const qint64 from = *text::parseDate(a[0].toString()), to = *text::parseDate(a[1].toString());
        return text::date(random.between(from, to));
    }
    case Kind::Timestamp: {
        const qint64 from = *text::parseTimestamp(a[0].toString()), to = *text::parseTimestamp(a[1].toString());
        return text::timestamp(random.between(from, to), false);
    }
    case Kind::Sequence: return qlonglong(s.counter->fetch_add(1));
    case Kind::Constant: return a.value(0);
    }
    return {};
}

connectors::Row ParameterDraw::draw(int statement, SeededRandom &random)
{
    connectors::Row row;
    for (Source &s : m_sources[size_t(statement)])
        row << value(s, random);
    return row;
}

} // namespace strata::workload
