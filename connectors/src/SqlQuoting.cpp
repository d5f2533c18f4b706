#include "connectors/SqlQuoting.h"

namespace strata::connectors {

QString quoteIdentifier(QStringView name)
{
    return u'"' + name.toString().replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString quoteQualified(QStringView schema, QStringView name)
{
    return schema.isEmpty() ? quoteIdentifier(name) : quoteIdentifier(schema) + u'.' + quoteIdentifier(name);
}

QString quoteLiteral(QStringView text)
{
    return u'\'' + text.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
}

} // namespace strata::connectors
