#include "CanonicalModel.h"

#include <QHash>

#include <algorithm>

using namespace strata::modeler;

namespace strata::test {

namespace {

template <typename List>
void sortById(List &list)
{
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
}

class Canonicalizer
{
public:
    explicit Canonicalizer(const Model &model) : m_in(model)
    {
        for (const Schema &s : model.schemas)
            m_schemas.insert(s.id, s.name);
        auto qualified = [&](const QString &schemaId, const QString &name) {
            const QString schema = m_schemas.value(schemaId, schemaId);
            return schema.isEmpty() ? name : schema + u'.' + name;
        };
        for (const EnumType &e : model.enums)
            m_types.insert(e.id, qualified(e.schemaId, e.name));
        for (const Domain &d : model.domains)
            m_types.insert(d.id, qualified(d.schemaId, d.name));
        for (const Table &t : model.tables) {
            m_tables.insert(t.id, qualified(t.schemaId, t.name));
            for (const Column &c : t.columns)
                m_columns[t.id].insert(c.id, c.name);
        }
        for (const Sequence &s : model.sequences)
            m_sequences.insert(s.id, qualified(s.schemaId, s.name));
        for (const View &v : model.views)
            m_views.insert(v.id, qualified(v.schemaId, v.name));
    }

    Model run() const
    {
        Model out;
        for (Schema s : m_in.schemas) {
            s.id = s.name;
            out.schemas << s;
        }
        for (EnumType e : m_in.enums) {
            e.id = m_types.value(e.id);
            e.schemaId = schema(e.schemaId);
            out.enums << e;
        }
        for (Domain d : m_in.domains) {
            d.id = m_types.value(d.id);
            d.schemaId = schema(d.schemaId);
            d.baseType = type(d.baseType);
            for (CheckConstraint &c : d.checks)
                c.id = c.name;
            out.domains << d;
        }
        for (Sequence s : m_in.sequences) {
            s.id = m_sequences.value(s.id);
            s.schemaId = schema(s.schemaId);
            s.ownedByColumnId = column(s.ownedByTableId, s.ownedByColumnId);
            s.ownedByTableId = m_tables.value(s.ownedByTableId, s.ownedByTableId);
            out.sequences << s;
        }
        for (const Table &t : m_in.tables)
            out.tables << table(t);
        for (View v : m_in.views) {
            v.id = m_views.value(v.id);
            v.schemaId = schema(v.schemaId);
            out.views << v;
        }
        sortById(out.schemas);
        sortById(out.enums);
        sortById(out.domains);
        sortById(out.sequences);
        sortById(out.tables);
        sortById(out.views);
        return out;
    }

private:
    QString schema(const QString &id) const { return m_schemas.value(id, id); }
    QString column(const QString &tableId, const QString &columnId) const
    {
        return m_columns.value(tableId).value(columnId, columnId);
    }
    QStringList columns(const QString &tableId, const QStringList &ids) const
    {
        QStringList out;
        for (const QString &id : ids)
            out << column(tableId, id);
        return out;
    }
    DataType type(DataType t) const
    {
        if (t.kind == DataType::Kind::Named)
            t.name = m_types.value(t.name, t.name);
        if (t.kind == DataType::Kind::Char && t.length < 0)
            t.length = 1; // SQL's CHARACTER is CHARACTER(1)
        return t;
    }

    Table table(Table t) const
    {
        const QString tableId = t.id;
        t.id = m_tables.value(tableId);
        t.schemaId = schema(t.schemaId);
        t.partitionOfTableId = m_tables.value(t.partitionOfTableId, t.partitionOfTableId);
        for (Column &c : t.columns) {
            c.id = c.name;
            c.type = type(c.type);
            c.synth = {};
            if (c.identityOptions && c.identityOptions->isDefault())
                c.identityOptions.reset();
            if (c.identityOptions)
                c.identityOptions->type = DataType::Kind::BigInt; // an identity's sequence has its column's type
        }
        auto key = [&](KeyConstraint &k) {
            k.id = k.name;
            k.columnIds = columns(tableId, k.columnIds);
            k.includeColumnIds = columns(tableId, k.includeColumnIds);
        };
        if (t.primaryKey)
            key(*t.primaryKey);
        for (KeyConstraint &u : t.uniques)
            key(u);
        for (CheckConstraint &c : t.checks)
            c.id = c.name;
        for (ForeignKey &k : t.foreignKeys) {
            k.id = k.name;
            k.columnIds = columns(tableId, k.columnIds);
            k.referencedColumnIds = columns(k.referencedTableId, k.referencedColumnIds);
            k.referencedTableId = m_tables.value(k.referencedTableId, k.referencedTableId);
        }
        for (Index &i : t.indexes) {
            i.id = i.name;
            if (i.method.compare(u"btree", Qt::CaseInsensitive) == 0)
                i.method.clear();
            for (IndexKey &k : i.keys)
                k.columnId = column(tableId, k.columnId);
            i.includeColumnIds = columns(tableId, i.includeColumnIds);
        }
        sortById(t.uniques);
        sortById(t.checks);
        sortById(t.foreignKeys);
        sortById(t.indexes);
        return t;
    }

    const Model &m_in;
    QHash<QString, QString> m_schemas, m_types, m_tables, m_sequences, m_views;
    QHash<QString, QHash<QString, QString>> m_columns;
};

} // namespace

Model canonicalModel(const Model &model)
{
    return Canonicalizer(model).run();
}

} // namespace strata::test
