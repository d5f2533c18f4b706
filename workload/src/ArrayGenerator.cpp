#include "ArrayGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace strata::workload {

namespace {

QString pgElement(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    QString text = value.typeId() == QMetaType::Bool ? (value.toBool() ? QStringLiteral("t") : QStringLiteral("f")) : value.toString();
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + text + u'"';
}

} // namespace

ArrayGenerator::ArrayGenerator(std::unique_ptr<ValueGenerator> element, int dimensions, bool json)
    : m_element(std::move(element)), m_dimensions(std::max(dimensions, 1)), m_json(json)
{}

QString ArrayGenerator::literal(SeededRandom &random, int depth, int length) const
{
    QStringList items;
    for (int i = 0; i < length; ++i)
        items << (depth + 1 < m_dimensions ? literal(random, depth + 1, length) : pgElement(m_element->next(random)));
    return u'{' + items.join(u',') + u'}';
}

QVariant ArrayGenerator::next(SeededRandom &random) const
{
    const int length = int(random.below(4)); // 0 to 3 elements (each dimension alike, as PostgreSQL wants)
    if (!m_json)
        return literal(random, 0, length);
    std::function<QJsonArray(int)> build = [&](int depth) {
        QJsonArray a;
        for (int i = 0; i < length; ++i)
            a.append(depth + 1 < m_dimensions ? QJsonValue(build(depth + 1)) : QJsonValue::fromVariant(m_element->next(random)));
        return a;
    };
    return QString::fromUtf8(QJsonDocument(build(0)).toJson(QJsonDocument::Compact));
}

} // namespace strata::workload

