// Fits how a statement's latency grows with the rows of its data: y = a + b·f(n) for f one of
// constant, log n, n, n log n and n², each by least squares, ranked by Akaike's information
// criterion; the Akaike weight of the best says how sure the choice is. Hand-written: five
// two-parameter regressions, where a statistics library would bring far more than it is used for.
#pragma once

#include <QList>
#include <QString>

namespace strata::workload {

struct CurveFit
{
    enum class Shape { Constant, Log, Linear, LogLinear, Quadratic };

    Shape shape = Shape::Constant;
    double a = 0, b = 0;    ///< y = a + b·f(n)
    double rss = 0;         ///< residual sum of squares
    double aic = 0;
    double weight = 0;      ///< Akaike weight among the shapes that fit (0..1)
    double r2 = 0;          ///< share of the variance explained
    int points = 0;
    double meanF = 0, spreadF = 0; ///< mean of f(n) over the points and the sum of squares about it

    static QString shapeName(Shape shape); ///< "constant", "log n", "n", "n log n", "n²"
    static double f(Shape shape, double n);
    /// The fitted latency at n rows, and the half-width of its 95% confidence interval.
    double predict(double n) const { return a + b * f(shape, n); }
    double margin(double n) const;

    /// Every shape fitted to the points (n, y), best first; shapes whose latency would fall as the
    /// data grows are left out. Needs points at two sizes at least.
    static QList<CurveFit> fitAll(const QList<double> &n, const QList<double> &y);
};

} // namespace strata::workload
