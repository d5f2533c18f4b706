#include "StatementTimer.h"

#include <QElapsedTimer>

namespace strata::workload {

namespace {

constexpr int parameterSets = 32;
constexpr int minimumRuns = 5, maximumRuns = 500;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

StatementTimer::StatementTimer(const Workload &workload, connectors::Session &session, ParameterDraw &draw, quint64 seed, int rounds,
                               double roundMs)
    : m_workload(workload), m_session(session), m_rounds(std::max(rounds, 1)), m_roundMs(roundMs),
      m_prepared(size_t(workload.statements.size())), m_params(size_t(workload.statements.size()))
{
    SeededRandom random = SeededRandom::stream(seed, u"index advice");
    for (int i = 0; i < workload.statements.size(); ++i)
        for (int k = 0; k < parameterSets; ++k)
            m_params[size_t(i)].push_back(draw.draw(i, random));
}

StatementTimer::~StatementTimer()
{
    for (const connectors::PreparedStatement &p : m_prepared)
        if (p.isValid())
            m_session.release(p);
}

Result<double> StatementTimer::roundMedian(int statement)
{
    if (!m_prepared[size_t(statement)].isValid()) {
        auto prepared = m_session.prepare(m_workload.statements[statement].sqlFor(m_session.dialect() == connectors::Dialect::Sqlite));
        if (!prepared)
            return prepared.error();
        m_prepared[size_t(statement)] = *prepared;
    }
    QList<double> times;
    QElapsedTimer round;
    round.start();
    for (int run = 0; run < maximumRuns && (run < minimumRuns || double(round.nsecsElapsed()) / 1e6 < m_roundMs); ++run) {
        QElapsedTimer clock;
        clock.start();
        auto result = m_session.query(m_prepared[size_t(statement)], m_params[size_t(statement)][size_t(run % parameterSets)]);
        if (!result)
            return result.error();
        times << double(clock.nsecsElapsed()) / 1e6;
    }
    return median(times);
}

Result<QList<StatementTimer::Measurement>> StatementTimer::measure(const QList<int> &which, TaskControl *control)
{
    QList<QList<double>> rounds(which.size());
    for (int r = 0; r < m_rounds; ++r) {
        for (int k = 0; k < which.size(); ++k) { // statements take turns: a slow moment of the machine hits all
            if (TaskControl::cancelled(control))
                return Error(QStringLiteral("the advice was cancelled"), {}, QLatin1String(cancelledCode));
            auto m = roundMedian(which[k]);
            if (!m) {
                Error e = m.error();
                e.message = QStringLiteral("%1: %2").arg(m_workload.statements[which[k]].name, e.message);
                return e;
            }
            rounds[k] << *m;
        }
    }
    QList<Measurement> out;
    for (const QList<double> &r : std::as_const(rounds)) {
        out << Measurement{median(r), *std::min_element(r.begin(), r.end()), *std::max_element(r.begin(), r.end())};
    }
    return out;
}

} // namespace strata::workload
