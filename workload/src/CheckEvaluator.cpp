#include "CheckEvaluator.h"

namespace strata::workload {

using namespace strata::connectors;

namespace {

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString selectOf(const QList<CheckEvaluator::ColumnSlot> &columns, const QList<std::pair<QString, QString>> &generated,
                 const QStringList &expressions)
{
    QStringList values;
    for (int i = 0; i < columns.size(); ++i) {
        const QString parameter = QStringLiteral("?%1").arg(i + 1);
        values << (columns[i].affinity == u"BLOB" ? parameter : QStringLiteral("CAST(%1 AS %2)").arg(parameter, columns[i].affinity)) +
                      QStringLiteral(" AS ") + quoted(columns[i].name);
    }
    QStringList tests;
    // As SQLite judges a CHECK: the value as a number, zero breaks it, NULL passes.
    for (const QString &e : expressions)
        tests << QStringLiteral("coalesce(CAST((%1) AS NUMERIC) <> 0, 1)").arg(e);
    QString from = QStringLiteral("(SELECT %1)").arg(values.join(QStringLiteral(", ")));
    if (!generated.isEmpty()) {
        QStringList computed{QStringLiteral("*")};
        for (const auto &[name, expression] : generated)
            computed << QStringLiteral("(%1) AS %2").arg(expression, quoted(name));
        from = QStringLiteral("(SELECT %1 FROM %2)").arg(computed.join(QStringLiteral(", ")), from);
    }
    return QStringLiteral("SELECT %1 FROM %2").arg(tests.join(QStringLiteral(", ")), from);
}

} // namespace

Result<std::unique_ptr<CheckEvaluator>> CheckEvaluator::create(const QList<ColumnSlot> &columns,
                                                                const QList<std::pair<QString, QString>> &generated,
                                                                const QList<Check> &checks, QStringList *refused)
{
    std::unique_ptr<CheckEvaluator> out(new CheckEvaluator);
    auto session = Session::open(ConnectionSpec{connectors::Dialect::Sqlite, QStringLiteral(":memory:"), true});
    if (!session)
        return session.error();
    out->m_session = std::move(*session);
    QStringList expressions;
    for (const Check &check : checks) {
        // Each check alone first, so that one SQLite cannot compile does not take the others with it.
        auto alone = out->m_session->prepare(selectOf(columns, generated, {check.expression}));
        if (!alone) {
            *refused << QStringLiteral("%1 (%2)").arg(check.expression, alone.error().message);
            continue;
        }
        out->m_session->release(*alone);
        out->m_checks << check;
        expressions << check.expression;
    }
    if (out->m_checks.isEmpty())
        return out;
    auto statement = out->m_session->prepare(selectOf(columns, generated, expressions));
    if (!statement)
        return statement.error();
    out->m_statement = *statement;
    return out;
}

CheckEvaluator::~CheckEvaluator()
{
    if (m_session && m_statement.isValid())
        m_session->release(m_statement);
}

Result<int> CheckEvaluator::firstBroken(const Row &row)
{
    if (m_checks.isEmpty())
        return -1;
    auto result = m_session->query(m_statement, row);
    if (!result)
        return result.error();
    const Row &answers = result->rows.value(0);
    for (int i = 0; i < m_checks.size() && i < answers.size(); ++i)
        if (answers[i].toLongLong() == 0)
            return m_checks[i].index;
    return -1;
}

} // namespace strata::workload
