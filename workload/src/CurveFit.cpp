#include "workload/CurveFit.h"

#include <cmath>

namespace strata::workload {

QString CurveFit::shapeName(Shape shape)
{
    switch (shape) {
    case Shape::Constant: return QStringLiteral("constant");
    case Shape::Log: return QStringLiteral("log n");
    case Shape::Linear: return QStringLiteral("n");
    case Shape::LogLinear: return QStringLiteral("n log n");
    case Shape::Quadratic: return QStringLiteral("n²");
    }
    return {};
}

double CurveFit::f(Shape shape, double n)
{
    n = std::max(n, 1.0);
    switch (shape) {
    case Shape::Constant: return 0;
    case Shape::Log: return std::log(n);
    case Shape::Linear: return n;
    case Shape::LogLinear: return n * std::log(n);
    case Shape::Quadratic: return n * n;
    }
    return 0;
}

double CurveFit::margin(double n) const
{
    if (points <= 2)
        return 0;
    const int k = shape == Shape::Constant ? 1 : 2;
    const double s2 = rss / double(std::max(points - k, 1));
    const double d = f(shape, n) - meanF;
    const double spread = shape == Shape::Constant || spreadF <= 0 ? 0 : d * d / spreadF;
    return 1.96 * std::sqrt(s2 * (1.0 / points + spread)); // of the fitted mean, not of one execution
}

QList<CurveFit> CurveFit::fitAll(const QList<double> &n, const QList<double> &y)
{
    QList<CurveFit> fits;
    const int count = int(std::min(n.size(), y.size()));
    if (count < 2)
        return fits;
    double meanY = 0;
    for (int i = 0; i < count; ++i)
        meanY += y[i];
    meanY /= count;
    double totalSquares = 0;
    for (int i = 0; i < count; ++i)
        totalSquares += (y[i] - meanY) * (y[i] - meanY);
    for (const Shape shape : {Shape::Constant, Shape::Log, Shape::Linear, Shape::LogLinear, Shape::Quadratic}) {
        CurveFit fit;
        fit.shape = shape;
        fit.points = count;
        double meanF = 0;
        for (int i = 0; i < count; ++i)
            meanF += f(shape, n[i]);
        meanF /= count;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < count; ++i) {
            const double dx = f(shape, n[i]) - meanF;
            sxy += dx * (y[i] - meanY);
            sxx += dx * dx;
        }
        fit.b = shape == Shape::Constant || sxx <= 0 ? 0 : sxy / sxx;
        if (shape != Shape::Constant && (sxx <= 0 || fit.b < 0))
            continue; // the sizes do not tell this shape apart, or latency would fall with more rows
        fit.a = meanY - fit.b * meanF;
        fit.meanF = meanF;
        fit.spreadF = sxx;
        for (int i = 0; i < count; ++i) {
            const double r = y[i] - fit.predict(n[i]);
            fit.rss += r * r;
        }
        const int k = shape == Shape::Constant ? 1 : 2;
        fit.aic = count * std::log(std::max(fit.rss, 1e-300) / count) + 2 * k;
        fit.r2 = totalSquares > 0 ? 1 - fit.rss / totalSquares : 1;
        fits << fit;
    }
    std::sort(fits.begin(), fits.end(), [](const CurveFit &x, const CurveFit &z) { return x.aic < z.aic; });
    double sum = 0;
    for (const CurveFit &fit : std::as_const(fits))
        sum += std::exp(-(fit.aic - fits.first().aic) / 2);
    for (CurveFit &fit : fits)
        fit.weight = std::exp(-(fit.aic - fits.first().aic) / 2) / sum;
    return fits;
}

} // namespace strata::workload
