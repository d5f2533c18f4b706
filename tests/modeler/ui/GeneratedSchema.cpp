#include "GeneratedSchema.h"

#include <QRandomGenerator>

#include <cmath>

using namespace strata::modeler;
using Kind = DataType::Kind;

namespace strata::test {

namespace {

const char *const words[] = {"account", "order", "invoice", "customer", "product", "shipment", "stock", "price",
                             "region", "store", "employee", "payment", "ledger", "audit", "session", "event"};
const Kind columnKinds[] = {Kind::Text, Kind::VarChar, Kind::Integer, Kind::Numeric, Kind::Boolean, Kind::TimestampTz, Kind::Date, Kind::Jsonb};

Column column(const QString &name, DataType type, bool nullable)
{
    Column c;
    c.id = c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

} // namespace

Model generatedSchema(int tables, int foreignKeys, quint32 seed)
{
    QRandomGenerator random(seed);
    Model m;
    m.name = QStringLiteral("generated %1 tables").arg(tables);
    for (const char *s : {"sales", "stock", "people"})
        m.schemas.append({QString::fromLatin1(s), QString::fromLatin1(s), {}});
    for (int i = 0; i < tables; ++i) {
        Table t;
        t.schemaId = m.schemas[i % m.schemas.size()].id;
        t.name = QStringLiteral("%1_%2").arg(QLatin1String(words[random.bounded(int(std::size(words)))])).arg(i);
        t.id = t.schemaId + u'.' + t.name;
        Column id = column(QStringLiteral("id"), DataType(Kind::BigInt), false);
        id.identity = Identity::ByDefault;
        t.columns << id;
        t.primaryKey = KeyConstraint{t.name + QStringLiteral("_pkey"), t.name + QStringLiteral("_pkey"), {QStringLiteral("id")}, {}, false, false, false, {}};
        const int extra = 2 + random.bounded(12);
        for (int c = 0; c < extra; ++c) {
            DataType type(columnKinds[random.bounded(int(std::size(columnKinds)))]);
            if (type.kind == Kind::VarChar)
                type.length = 80;
            t.columns << column(QStringLiteral("%1_%2").arg(QLatin1String(words[random.bounded(int(std::size(words)))])).arg(c), type, random.bounded(3) == 0);
        }
        m.tables << t;
    }
    // Foreign keys mostly to earlier tables, as schemas grow; some to any table.
    for (int f = 0; f < foreignKeys && tables > 1; ++f) {
        const int from = 1 + random.bounded(tables - 1);
        const int to = random.bounded(4) == 0 ? random.bounded(tables) : random.bounded(from);
        Table &t = m.tables[from];
        const Table &target = m.tables[to];
        const QString col = QStringLiteral("%1_id_%2").arg(target.name).arg(f);
        t.columns << column(col, DataType(Kind::BigInt), random.bounded(2) == 0);
        ForeignKey fk;
        fk.id = fk.name = t.name + u'_' + col + QStringLiteral("_fkey");
        fk.columnIds = {col};
        fk.referencedTableId = target.id;
        fk.referencedColumnIds = {QStringLiteral("id")};
        t.foreignKeys << fk;
    }
    Diagram d;
    d.id = QStringLiteral("all");
    d.name = QStringLiteral("All tables");
    const int perRow = int(std::ceil(std::sqrt(double(tables))));
    for (int i = 0; i < tables; ++i) {
        Placement p;
        p.position = QPointF(40 + (i % perRow) * 330, 40 + (i / perRow) * 420);
        d.placements.insert(m.tables[i].id, p);
    }
    m.diagrams << d;
    return m;
}

} // namespace strata::test
