#include "modeler/Dialect.h"

namespace strata::modeler {

QString dialectName(Dialect dialect)
{
    return dialect == Dialect::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

std::optional<Dialect> parseDialect(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n == u"postgres" || n == u"postgresql" || n == u"pg")
        return Dialect::Postgres;
    if (n == u"sqlite" || n == u"sqlite3")
        return Dialect::Sqlite;
    return std::nullopt;
}

} // namespace strata::modeler
