#include "RandomModel.h"

#include <modeler/SqlQuoting.h>

#include <QRandomGenerator>
#include <QSet>

using namespace strata::modeler;
using Kind = DataType::Kind;

namespace strata::test {

namespace {

// Names a person might give, half of which need quotes in at least one dialect.
const char *const baseNames[] = {
    "item", "account", "amount", "created_at", "note", "label", "price", "qty", "code", "owner_id",
    "Item", "OrderLine", "order line", "select", "order", "user", "group", "table", "say \"hi\"",
    "naïve", "1st", "Ünïcode", "a.b", "it's", "Mixed Case", "from", "check",
};

const char *const postgresTypes[] = {
    "boolean", "smallint", "integer", "bigint", "numeric", "numeric(10,2)", "numeric(8)", "real", "double",
    "char", "char(3)", "varchar", "varchar(40)", "text", "binary", "date", "time", "time(3)", "timetz",
    "timestamp", "timestamp(0)", "timestamptz", "timestamptz(6)", "interval", "uuid", "json", "jsonb", "xml",
    "inet", "cidr", "macaddr", "money", "bit(8)", "varbit", "varbit(16)", "integer[]", "text[]",
    "numeric(6,2)[]", "tsvector", "point",
};

// The SQLite declared types that read back as the same model type.
const char *const sqliteTypes[] = {
    "boolean", "smallint", "integer", "bigint", "numeric", "numeric(10,2)", "real", "double", "char(3)",
    "varchar(40)", "text", "binary", "date", "time", "timestamp", "timestamp(3)",
};

class Generator
{
public:
    Generator(quint32 seed, Dialect dialect) : m_random(seed), m_dialect(dialect) {}

    Model model()
    {
        Model m;
        m.name = QStringLiteral("Random");
        if (postgres()) {
            for (int i = chance(50) ? 1 + below(2) : 0; i > 0; --i) {
                const QString n = uniqueName(m_global);
                m.schemas << Schema{n, n, comment()};
            }
            for (int i = below(3); i > 0; --i)
                m.enums << enumType(m);
            if (chance(50))
                m.domains << domain(m);
        }
        const int tables = 2 + below(5);
        for (int i = 0; i < tables; ++i)
            m.tables << table(m);
        for (Table &t : m.tables)
            addForeignKeys(m, t);
        for (Table &t : m.tables) {
            // A permanent table may not reference an unlogged one.
            for (const ForeignKey &k : t.foreignKeys)
                m.table(k.referencedTableId)->unlogged = false;
        }
        for (Table &t : m.tables)
            addIndexes(t);
        if (postgres()) {
            if (chance(40))
                addPartitions(m);
            for (int i = below(3); i > 0; --i)
                m.sequences << sequence(m);
        }
        for (int i = below(3); i > 0; --i)
            m.views << view(m);
        return m;
    }

private:
    bool postgres() const { return m_dialect == Dialect::Postgres; }
    int below(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, size_t N>
    const T &pick(const T (&items)[N]) { return items[below(int(N))]; }
    template <typename T>
    const T &pick(const QList<T> &items) { return items[below(int(items.size()))]; }

    // Unique within `taken`, ignoring case (SQLite compares names so).
    QString uniqueName(QSet<QString> &taken)
    {
        const QString base = QString::fromUtf8(pick(baseNames));
        QString name = base;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = base + u'_' + QString::number(n);
        taken.insert(name.toLower());
        return name;
    }

    QString comment()
    {
        if (!postgres() || !chance(30))
            return {};
        return pick<QString>({QStringLiteral("Said once"), QStringLiteral("It's \"quoted\""), QStringLiteral("Two\nlines")});
    }

    QString schemaOf(const Model &m)
    {
        return m.schemas.isEmpty() || chance(30) ? QString() : m.schemas[below(int(m.schemas.size()))].id;
    }

    QString sql(const QString &name) const { return quoteIdentifier(name, m_dialect); }

    EnumType enumType(const Model &m)
    {
        EnumType e;
        e.schemaId = schemaOf(m);
        e.name = uniqueName(m_global);
        e.id = m.qualifiedName(e.schemaId, e.name);
        e.values = {QStringLiteral("new"), QStringLiteral("it's done"), QStringLiteral("Ünïcode \"x\"")};
        e.values = e.values.mid(0, 1 + below(3));
        e.comment = comment();
        return e;
    }

    Domain domain(const Model &m)
    {
        Domain d;
        d.schemaId = schemaOf(m);
        d.name = uniqueName(m_global);
        d.id = m.qualifiedName(d.schemaId, d.name);
        d.baseType = DataType(Kind::Integer);
        d.notNull = chance(50);
        if (chance(50))
            d.defaultExpr = QStringLiteral("1");
        d.checks << CheckConstraint{d.name + QStringLiteral("_check"), d.name + QStringLiteral("_check"),
                                    QStringLiteral("VALUE > 0"), false, comment()};
        d.comment = comment();
        return d;
    }

    DataType type(const Model &m)
    {
        if (postgres() && !m.enums.isEmpty() && chance(10))
            return DataType::named(pick(m.enums).id);
        if (postgres() && !m.domains.isEmpty() && chance(5))
            return DataType::named(pick(m.domains).id);
        const QString spelling = QString::fromLatin1(postgres() ? pick(postgresTypes) : pick(sqliteTypes));
        return DataType::parse(spelling).value();
    }

    // A default a person writes for the type, in SQL both dialects read back as written.
    QString defaultFor(const DataType &t)
    {
        if (t.isArray() || !chance(30))
            return {};
        if (t.isInteger())
            return pick<QString>({QStringLiteral("0"), QStringLiteral("42"), QStringLiteral("-1")});
        if (t.kind == Kind::Numeric || t.kind == Kind::Real || t.kind == Kind::Double)
            return QStringLiteral("1.5");
        if (t.kind == Kind::Text || t.kind == Kind::VarChar)
            return pick<QString>({QStringLiteral("'x'"), QStringLiteral("'it''s'")});
        if (t.kind == Kind::Boolean)
            return pick<QString>({QStringLiteral("true"), QStringLiteral("false")});
        if (t.kind == Kind::Date)
            return QStringLiteral("CURRENT_DATE");
        if (t.kind == Kind::Timestamp || t.kind == Kind::TimestampTz)
            return QStringLiteral("CURRENT_TIMESTAMP");
        return {};
    }

    // Types with a b-tree operator class: the only ones keys and indexes may use.
    static bool indexable(const DataType &t)
    {
        return !(t.kind == Kind::Json || t.kind == Kind::Xml || (t.kind == Kind::Named && t.name == u"point"));
    }

    Table table(const Model &m)
    {
        Table t;
        t.schemaId = schemaOf(m);
        t.name = uniqueName(m_global);
        t.id = m.qualifiedName(t.schemaId, t.name);
        QSet<QString> columnNames;
        const int columns = 1 + below(6);
        for (int i = 0; i < columns; ++i) {
            Column c;
            c.name = c.id = uniqueName(columnNames);
            c.type = type(m);
            c.nullable = chance(60);
            c.defaultExpr = defaultFor(c.type);
            c.comment = comment();
            t.columns << c;
        }
        m_columnNames.insert(t.id, columnNames);
        addPrimaryKey(t);
        addGeneratedAndCollations(t);
        addConstraints(t);
        t.comment = comment();
        if (postgres() && chance(10))
            t.unlogged = true;
        if (!postgres() && t.primaryKey && chance(20) && t.primaryKey->columnIds.size() > 1)
            t.withoutRowid = true;
        return t;
    }

    void addPrimaryKey(Table &t)
    {
        QStringList keyable;
        for (const Column &c : t.columns) {
            if (indexable(c.type) && !c.type.isArray())
                keyable << c.id;
        }
        if (keyable.isEmpty() || chance(15)) {
            // A key column of its own, as most tables have.
            Column id;
            id.name = id.id = uniqueName(m_columnNames[t.id]);
            id.type = DataType(chance(50) || !postgres() ? Kind::Integer : Kind::BigInt);
            t.columns.prepend(id);
            keyable.prepend(id.id);
        }
        KeyConstraint pk;
        pk.columnIds = keyable.mid(0, chance(30) && keyable.size() > 1 ? 2 : 1);
        pk.name = pk.id = uniqueName(m_global);
        pk.comment = comment();
        for (const QString &id : pk.columnIds) {
            Column *c = t.column(id);
            c->nullable = false;
            c->defaultExpr.clear();
        }
        Column *first = t.column(pk.columnIds.first());
        const bool numbered = pk.columnIds.size() == 1 && first->type.isInteger() && chance(50);
        if (numbered && postgres())
            number(*first);
        else if (numbered && first->type.kind == Kind::Integer)
            first->identity = Identity::ByDefault; // INTEGER PRIMARY KEY AUTOINCREMENT
        t.primaryKey = pk;
    }

    // Serial, or an identity with some options (PostgreSQL).
    void number(Column &c)
    {
        if (chance(30)) {
            c.serial = true;
            return;
        }
        c.identity = chance(50) ? Identity::Always : Identity::ByDefault;
        if (chance(50)) {
            SequenceOptions o;
            o.start = 1 + below(1000);
            o.increment = 1 + below(10);
            o.cache = 1 + below(20);
            o.cycle = chance(30);
            if (chance(30))
                o.maxValue = c.type.kind == Kind::SmallInt ? 30000 : 100000;
            c.identityOptions = o;
        }
        if (chance(30))
            c.identitySequenceName = uniqueName(m_global);
    }

    void addGeneratedAndCollations(Table &t)
    {
        for (Column &c : t.columns) {
            if ((c.type.kind == Kind::Text || c.type.kind == Kind::VarChar) && !c.type.isArray() && chance(20))
                c.collation = postgres() ? pick<QString>({QStringLiteral("C"), QStringLiteral("POSIX")}) : QStringLiteral("NOCASE");
        }
        for (const Column &c : QList<Column>(t.columns)) {
            if (c.type.kind == Kind::Integer && !c.type.isArray() && chance(25)) {
                Column g;
                g.name = g.id = uniqueName(m_columnNames[t.id]);
                g.type = DataType(Kind::BigInt);
                g.generatedExpr = sql(c.name) + QStringLiteral(" * 2");
                t.columns << g;
                break;
            }
        }
    }

    void addConstraints(Table &t)
    {
        QList<const Column *> plain;
        for (const Column &c : t.columns) {
            if (indexable(c.type) && !c.type.isArray() && !t.isPrimaryKeyColumn(c.id))
                plain << &c;
        }
        if (!plain.isEmpty() && chance(40)) {
            KeyConstraint u;
            u.name = u.id = uniqueName(m_global);
            u.columnIds = {pick(plain)->id};
            if (postgres()) {
                u.nullsNotDistinct = chance(30);
                u.deferrable = chance(20);
                u.initiallyDeferred = u.deferrable && chance(50);
                if (chance(20))
                    u.includeColumnIds = {t.primaryKey->columnIds.first()};
            }
            u.comment = comment();
            t.uniques << u;
        }
        for (const Column &c : t.columns) {
            if (c.type.isArray() || !chance(25))
                continue;
            QString expression;
            if (c.type.isInteger() || c.type.kind == Kind::Numeric || c.type.kind == Kind::Real || c.type.kind == Kind::Double)
                expression = sql(c.name) + QStringLiteral(" > 0");
            else if (c.type.kind == Kind::Text || c.type.kind == Kind::VarChar)
                expression = QStringLiteral("length(%1) > 0").arg(sql(c.name));
            else
                continue;
            CheckConstraint check{{}, uniqueName(m_global), expression, postgres() && chance(20), comment()};
            check.id = check.name;
            t.checks << check;
        }
    }

    // Foreign keys onto any table's primary key (itself, earlier or later ones: cycles), composite
    // when the key is, on new columns of the key's types.
    void addForeignKeys(Model &m, Table &t)
    {
        for (int i = below(3); i > 0; --i) {
            const Table &target = pick(m.tables);
            if (!target.primaryKey || !target.partitionKey.isEmpty())
                continue;
            ForeignKey k;
            k.name = k.id = uniqueName(m_global);
            k.referencedTableId = target.id;
            k.referencedColumnIds = target.primaryKey->columnIds;
            const QList<Column> targetKey = [&] {
                QList<Column> out;
                for (const QString &id : target.primaryKey->columnIds)
                    out << *target.column(id);
                return out;
            }();
            for (const Column &keyColumn : targetKey) {
                Column c;
                c.name = c.id = uniqueName(m_columnNames[t.id]);
                c.type = keyColumn.type;
                k.columnIds << c.id;
                t.columns << c;
            }
            const ReferentialAction actions[] = {ReferentialAction::NoAction, ReferentialAction::Restrict, ReferentialAction::Cascade,
                                                 ReferentialAction::SetNull, ReferentialAction::SetDefault};
            k.onDelete = pick(actions);
            k.onUpdate = pick(actions);
            k.deferrable = chance(20);
            k.initiallyDeferred = k.deferrable && chance(50);
            if (postgres() && chance(20))
                k.match = MatchType::Full;
            k.comment = comment();
            t.foreignKeys << k;
        }
    }

    void addIndexes(Table &t)
    {
        for (int i = below(3); i > 0; --i) {
            Index index;
            index.name = index.id = uniqueName(m_global);
            const Column &c = pick(t.columns);
            if (!indexable(c.type))
                continue;
            IndexKey key;
            if ((c.type.kind == Kind::Text || c.type.kind == Kind::VarChar) && !c.type.isArray() && chance(30))
                key.expression = QStringLiteral("lower(%1)").arg(sql(c.name));
            else
                key.columnId = c.id;
            key.descending = chance(30);
            if (postgres() && chance(20))
                key.nulls = chance(50) ? NullsOrder::First : NullsOrder::Last;
            index.keys << key;
            index.unique = chance(25);
            if (chance(25))
                index.where = QStringLiteral("%1 IS NOT NULL").arg(sql(c.name));
            if (postgres() && !index.unique && key.columnId.size() && c.type.isInteger() && !c.type.isArray() && chance(20)) {
                index.method = QStringLiteral("hash");
                index.keys[0].descending = false;
                index.keys[0].nulls = NullsOrder::Default;
            }
            index.comment = comment();
            t.indexes << index;
        }
    }

    // A table partitioned by range of an integer column, with a partition of the same columns.
    void addPartitions(Model &m)
    {
        Table parent;
        parent.name = uniqueName(m_global);
        parent.id = parent.name;
        Column key;
        key.name = key.id = QStringLiteral("Part Key");
        key.type = DataType(Kind::Integer);
        key.nullable = false;
        Column value;
        value.name = value.id = QStringLiteral("value");
        value.type = DataType(Kind::Text);
        parent.columns << key << value;
        parent.partitionKey = QStringLiteral("RANGE (%1)").arg(sql(key.name));
        Table part = parent;
        part.partitionKey.clear();
        part.name = uniqueName(m_global);
        part.id = part.name;
        part.partitionOfTableId = parent.id;
        part.partitionBound = QStringLiteral("FOR VALUES FROM (0) TO (100)");
        m.tables << parent << part;
    }

    Sequence sequence(const Model &m)
    {
        Sequence s;
        s.schemaId = schemaOf(m);
        s.name = uniqueName(m_global);
        s.id = m.qualifiedName(s.schemaId, s.name);
        s.options.type = pick<Kind>({Kind::SmallInt, Kind::Integer, Kind::BigInt});
        s.options.start = 1 + below(50);
        s.options.increment = chance(20) ? -1 : 1 + below(5);
        if (s.options.increment < 0) {
            s.options.maxValue = 1000;
            s.options.start = 1000;
        }
        s.options.cycle = chance(30);
        // OWNED BY needs the table in the sequence's schema.
        for (const Table &t : m.tables) {
            if (t.schemaId == s.schemaId && t.partitionKey.isEmpty() && chance(50)) {
                s.ownedByTableId = t.id;
                s.ownedByColumnId = t.columns.first().id;
                break;
            }
        }
        s.comment = comment();
        return s;
    }

    View view(const Model &m)
    {
        const Table &t = pick(m.tables);
        View v;
        v.schemaId = schemaOf(m);
        v.name = uniqueName(m_global);
        v.id = m.qualifiedName(v.schemaId, v.name);
        v.definition = QStringLiteral("SELECT %1 FROM %2")
                           .arg(sql(t.columns.first().name), postgres() ? quoteQualified(m.schemaName(t.schemaId), t.name, m_dialect)
                                                                        : sql(t.name));
        if (chance(30))
            v.columnNames = {QStringLiteral("First Column")};
        v.materialized = postgres() && chance(20);
        v.comment = comment();
        v.dialect = m_dialect; // written in the SQL of the database it is made for, as an import reads it
        return v;
    }

    QRandomGenerator m_random;
    Dialect m_dialect;
    QSet<QString> m_global; ///< names of schemas, types, relations, indexes and constraints
    QHash<QString, QSet<QString>> m_columnNames; ///< per table id
};

} // namespace

Model randomModel(quint32 seed, Dialect dialect)
{
    return Generator(seed, dialect).model();
}

quint32 firstSeed()
{
    return qEnvironmentVariableIsSet("STRATA_SEED") ? qEnvironmentVariable("STRATA_SEED").toUInt()
                                                    : QRandomGenerator::global()->generate();
}

int seedCount(int usual)
{
    return qEnvironmentVariableIsSet("STRATA_SEED") ? 1 : usual;
}

} // namespace strata::test
