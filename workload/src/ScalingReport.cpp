#include "workload/ProfileReport.h"
#include "workload/ScalingStudy.h"

#include <QJsonArray>

namespace strata::workload {

QString ScalingReport::prediction(const StatementScaling &s) const
{
    if (predictRows <= 0 || s.fits.isEmpty())
        return {};
    const double largest = s.rows.isEmpty() ? 0 : *std::max_element(s.rows.begin(), s.rows.end());
    QString out = QStringLiteral("%1 ms ± %2 at %3 rows").arg(ProfileReport::milliseconds(s.predictedMs),
                                                            ProfileReport::milliseconds(s.marginMs)).arg(predictRows);
    if (largest > 0 && double(predictRows) > 10 * largest)
        out += QStringLiteral(" (%1 times beyond the largest size measured: take it as a trend)").arg(qint64(double(predictRows) / largest));
    return out;
}

QString ScalingReport::text() const
{
    QString out = QStringLiteral("Scaling: sizes ×%1\n").arg([&] {
        QStringList s;
        for (int i = 0; i < scales.size(); ++i)
            s << QStringLiteral("%1 (%2 rows)").arg(scales[i]).arg(totalRows.value(i));
        return s.join(QStringLiteral(", ×"));
    }());
    for (const StatementScaling &s : statements) {
        out += u'\n' + s.name + (s.table.isEmpty() ? QString() : QStringLiteral(" (n: rows of %1)").arg(s.table)) + u'\n';
        for (int i = 0; i < s.rows.size(); ++i)
            out += QStringLiteral("  n = %1: median %2 ms\n").arg(qint64(s.rows[i])).arg(ProfileReport::milliseconds(s.medianMs.value(i)));
        out += QStringLiteral("  grows like %1\n").arg(s.verdict);
        if (const QString p = prediction(s); !p.isEmpty())
            out += QStringLiteral("  predicted: %1\n").arg(p);
    }
    return out;
}

QString ScalingReport::markdown() const
{
    QString out = QStringLiteral("## Scaling\n\n| statement | n (rows of) |");
    for (const double scale : scales)
        out += QStringLiteral(" ×%1 median ms |").arg(scale);
    out += QStringLiteral(" grows like | prediction |\n|") + QString(QStringLiteral(" --- |")).repeated(int(scales.size()) + 4) + u'\n';
    for (const StatementScaling &s : statements) {
        out += QStringLiteral("| %1 | %2 |").arg(s.name, s.table.isEmpty() ? QStringLiteral("all tables") : s.table);
        for (int i = 0; i < scales.size(); ++i)
            out += QStringLiteral(" %1 |").arg(ProfileReport::milliseconds(s.medianMs.value(i)));
        out += QStringLiteral(" %1 | %2 |\n").arg(s.verdict, prediction(s));
    }
    return out;
}

QJsonObject ScalingReport::json() const
{
    QJsonArray list;
    for (const StatementScaling &s : statements) {
        QJsonArray fits;
        for (const CurveFit &f : s.fits)
            fits.append(QJsonObject{{u"shape"_qs, CurveFit::shapeName(f.shape)}, {u"a"_qs, f.a}, {u"b"_qs, f.b},
                                    {u"aic"_qs, f.aic}, {u"weight"_qs, f.weight}, {u"r2"_qs, f.r2}});
        QJsonArray rows, medians;
        for (int i = 0; i < s.rows.size(); ++i) {
            rows.append(s.rows[i]);
            medians.append(s.medianMs.value(i));
        }
        QJsonObject o{{u"name"_qs, s.name}, {u"table"_qs, s.table}, {u"rows"_qs, rows}, {u"median_ms"_qs, medians},
                      {u"fits"_qs, fits}, {u"verdict"_qs, s.verdict}};
        if (predictRows > 0)
            o.insert(u"prediction"_qs, QJsonObject{{u"rows"_qs, predictRows}, {u"ms"_qs, s.predictedMs}, {u"margin_ms"_qs, s.marginMs}});
        list.append(o);
    }
    QJsonArray scaleList, totals;
    for (int i = 0; i < scales.size(); ++i) {
        scaleList.append(scales[i]);
        totals.append(totalRows.value(i));
    }
    return QJsonObject{{u"scales"_qs, scaleList}, {u"total_rows"_qs, totals}, {u"statements"_qs, list}};
}

} // namespace strata::workload
