// Pairs the objects of two models (by id, then by name) and says which pairs differ.
#include "modeler/ModelDiff.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace strata::modeler {

namespace {

// Pairs by id, then the rest by key (an empty key never matches). Dropped objects come first, in
// the old order; then the new list's order, matched or created.
template <typename T>
QList<Change<T>> match(const QList<T> &from, const QList<T> &to, const std::function<QString(const T &, bool isNew)> &key)
{
    QHash<QString, int> newById, newByKey;
    for (int i = 0; i < to.size(); ++i)
        newById.insert(to[i].id, i);
    QList<int> partner(from.size(), -1);
    QList<bool> taken(to.size(), false);
    for (int i = 0; i < from.size(); ++i) {
        const int j = newById.value(from[i].id, -1);
        if (j >= 0 && !taken[j]) {
            partner[i] = j;
            taken[j] = true;
        }
    }
    for (int j = 0; j < to.size(); ++j) {
        const QString k = key(to[j], true);
        if (!taken[j] && !k.isEmpty() && !newByKey.contains(k))
            newByKey.insert(k, j);
    }
    for (int i = 0; i < from.size(); ++i) {
        if (partner[i] >= 0)
            continue;
        const int j = newByKey.value(key(from[i], false), -1);
        if (j >= 0 && !taken[j]) {
            partner[i] = j;
            taken[j] = true;
        }
    }
    QList<Change<T>> out;
    QHash<int, const T *> oldOf;
    for (int i = 0; i < from.size(); ++i) {
        if (partner[i] < 0)
            out.append(Change<T>{&from[i], nullptr});
        else
            oldOf.insert(partner[i], &from[i]);
    }
    for (int j = 0; j < to.size(); ++j)
        out.append(Change<T>{oldOf.value(j, nullptr), &to[j]});
    return out;
}

template <typename T>
std::function<QString(const T &, bool)> qualifiedKey(const Model &from, const Model &to)
{
    return [&](const T &o, bool isNew) { return (isNew ? to : from).qualifiedName(o.schemaId, o.name); };
}

// Named objects by name; unnamed ones by what they say.
template <typename T>
std::function<QString(const T &, bool)> nameOr(const std::function<QString(const T &)> &content)
{
    return [content](const T &o, bool) { return o.name.isEmpty() ? QStringLiteral("\x1f") + content(o) : o.name; };
}

QString normalMethod(const QString &method)
{
    return method.compare(u"btree", Qt::CaseInsensitive) == 0 ? QString() : method.toLower();
}

} // namespace

QString TableChange::newColumnId(const QString &oldColumnId) const
{
    const Column *c = newColumn(oldColumnId);
    return c ? c->id : QString();
}

const Column *TableChange::newColumn(const QString &oldColumnId) const
{
    for (const Change<Column> &c : columns) {
        if (c.from && c.from->id == oldColumnId)
            return c.to;
    }
    return nullptr;
}

const Column *TableChange::oldColumn(const QString &newColumnId) const
{
    for (const Change<Column> &c : columns) {
        if (c.to && c.to->id == newColumnId)
            return c.from;
    }
    return nullptr;
}

ModelDiff ModelDiff::compare(const Model &from, const Model &to)
{
    ModelDiff d(from, to);
    d.schemas = match<Schema>(from.schemas, to.schemas, [](const Schema &s, bool) { return s.name; });
    d.enums = match<EnumType>(from.enums, to.enums, qualifiedKey<EnumType>(from, to));
    d.domains = match<Domain>(from.domains, to.domains, qualifiedKey<Domain>(from, to));
    d.sequences = match<Sequence>(from.sequences, to.sequences, qualifiedKey<Sequence>(from, to));
    d.views = match<View>(from.views, to.views, qualifiedKey<View>(from, to));
    for (const Change<Table> &t : match<Table>(from.tables, to.tables, qualifiedKey<Table>(from, to)))
        d.tables << d.compareTable(t.from, t.to);
    return d;
}

TableChange ModelDiff::compareTable(const Table *from, const Table *to) const
{
    TableChange t{from, to, {}, {}, {}, {}, {}, {}};
    if (!from || !to)
        return t;
    t.columns = match<Column>(from->columns, to->columns, [](const Column &c, bool) { return c.name; });
    if (from->primaryKey)
        t.primaryKey.from = &*from->primaryKey;
    if (to->primaryKey)
        t.primaryKey.to = &*to->primaryKey;
    // Unnamed keys and checks match by content, the old one's columns seen as the new table's.
    auto columnsKey = [&](const QStringList &ids, bool isNew) {
        QStringList names;
        for (const QString &id : ids) {
            const Column *c = isNew ? to->column(id) : t.newColumn(id);
            names << (c ? c->name : QStringLiteral("?"));
        }
        return names.join(u',');
    };
    t.uniques = match<KeyConstraint>(from->uniques, to->uniques, [&](const KeyConstraint &k, bool isNew) {
        return k.name.isEmpty() ? QStringLiteral("\x1f") + columnsKey(k.columnIds, isNew) : k.name;
    });
    t.checks = match<CheckConstraint>(from->checks, to->checks, nameOr<CheckConstraint>([](const CheckConstraint &c) { return c.expression; }));
    t.foreignKeys = match<ForeignKey>(from->foreignKeys, to->foreignKeys, [&](const ForeignKey &k, bool isNew) {
        return k.name.isEmpty() ? QStringLiteral("\x1f") + columnsKey(k.columnIds, isNew) : k.name;
    });
    t.indexes = match<Index>(from->indexes, to->indexes, [](const Index &i, bool) { return i.name; });
    return t;
}

const TableChange *ModelDiff::tableByOldId(const QString &id) const
{
    for (const TableChange &t : tables) {
        if (t.from && t.from->id == id)
            return &t;
    }
    return nullptr;
}

const TableChange *ModelDiff::tableByNewId(const QString &id) const
{
    for (const TableChange &t : tables) {
        if (t.to && t.to->id == id)
            return &t;
    }
    return nullptr;
}

QString ModelDiff::typeKey(const DataType &type, const Model &model) const
{
    DataType t = type;
    if (t.kind == DataType::Kind::Named) {
        if (const EnumType *e = model.enumType(t.name))
            t.name = QStringLiteral("enum ") + model.qualifiedName(e->schemaId, e->name);
        else if (const Domain *d = model.domain(t.name))
            t.name = QStringLiteral("domain ") + model.qualifiedName(d->schemaId, d->name);
    }
    return t.toString() + u'|' + t.name;
}

bool ModelDiff::sameType(const DataType &oldType, const DataType &newType) const
{
    return typeKey(oldType, *m_from) == typeKey(newType, *m_to);
}

bool ModelDiff::sameColumn(const Column &a, const Column &b) const
{
    auto options = [](const Column &c) { return c.identityOptions && !c.identityOptions->isDefault() ? *c.identityOptions : SequenceOptions{}; };
    SequenceOptions oa = options(a), ob = options(b);
    oa.type = ob.type = DataType::Kind::BigInt; // an identity's sequence has its column's type
    return sameType(a.type, b.type) && a.nullable == b.nullable && a.defaultExpr.trimmed() == b.defaultExpr.trimmed() &&
           a.identity == b.identity && oa == ob && a.identitySequenceName == b.identitySequenceName && a.serial == b.serial &&
           a.generatedExpr.trimmed() == b.generatedExpr.trimmed() && a.collation == b.collation;
}

bool ModelDiff::sameKey(const TableChange &table, const KeyConstraint &a, const KeyConstraint &b) const
{
    auto mapped = [&](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            out << table.newColumnId(id);
        return out;
    };
    return mapped(a.columnIds) == b.columnIds && mapped(a.includeColumnIds) == b.includeColumnIds &&
           a.deferrable == b.deferrable && a.initiallyDeferred == b.initiallyDeferred && a.nullsNotDistinct == b.nullsNotDistinct;
}

bool ModelDiff::sameCheck(const CheckConstraint &a, const CheckConstraint &b) const
{
    return a.expression.trimmed() == b.expression.trimmed() && a.noInherit == b.noInherit;
}

bool ModelDiff::sameForeignKey(const TableChange &table, const ForeignKey &a, const ForeignKey &b) const
{
    const TableChange *target = tableByOldId(a.referencedTableId);
    if (!target || !target->to || target->to->id != b.referencedTableId)
        return false;
    QStringList columns, referenced;
    for (const QString &id : a.columnIds)
        columns << table.newColumnId(id);
    for (const QString &id : a.referencedColumnIds)
        referenced << target->newColumnId(id);
    return columns == b.columnIds && referenced == b.referencedColumnIds && a.onDelete == b.onDelete && a.onUpdate == b.onUpdate &&
           a.match == b.match && a.deferrable == b.deferrable && a.initiallyDeferred == b.initiallyDeferred;
}

bool ModelDiff::sameIndex(const TableChange &table, const Index &a, const Index &b) const
{
    Index mapped = a;
    for (IndexKey &k : mapped.keys) {
        if (!k.isExpression())
            k.columnId = table.newColumnId(k.columnId);
        k.expression = k.expression.trimmed();
    }
    for (QString &id : mapped.includeColumnIds)
        id = table.newColumnId(id);
    mapped.id = b.id;
    mapped.name = b.name;
    mapped.comment = b.comment;
    mapped.method = normalMethod(a.method);
    mapped.where = a.where.trimmed();
    Index other = b;
    other.method = normalMethod(b.method);
    other.where = b.where.trimmed();
    for (IndexKey &k : other.keys)
        k.expression = k.expression.trimmed();
    return mapped == other;
}

// Where a definition came from (View::dialect) is left aside: the same text is the same view.
bool ModelDiff::sameView(const View &a, const View &b) const
{
    return a.definition.trimmed() == b.definition.trimmed() && a.columnNames == b.columnNames && a.materialized == b.materialized &&
           a.checkOption.toUpper() == b.checkOption.toUpper();
}

bool ModelDiff::sameDomain(const Domain &a, const Domain &b) const
{
    if (!sameType(a.baseType, b.baseType) || a.notNull != b.notNull || a.defaultExpr != b.defaultExpr || a.collation != b.collation ||
        a.checks.size() != b.checks.size())
        return false;
    for (int i = 0; i < a.checks.size(); ++i) {
        if (a.checks[i].name != b.checks[i].name || !sameCheck(a.checks[i], b.checks[i]))
            return false;
    }
    return true;
}

namespace {

template <typename T>
bool unchanged(const Change<T> &c, const std::function<bool(const T &, const T &)> &same)
{
    return c.isMatched() && c.from->name == c.to->name && c.from->comment == c.to->comment && same(*c.from, *c.to);
}

} // namespace

bool ModelDiff::isEmpty() const
{
    auto all = [](const auto &list, const auto &pred) { return std::all_of(list.begin(), list.end(), pred); };
    const Model &f = *m_from, &t = *m_to;
    bool same = all(schemas, [](const Change<Schema> &c) { return unchanged<Schema>(c, [](auto &, auto &) { return true; }); }) &&
                all(enums, [&](const Change<EnumType> &c) {
                    return unchanged<EnumType>(c, [&](const EnumType &a, const EnumType &b) {
                        return a.values == b.values && f.schemaName(a.schemaId) == t.schemaName(b.schemaId);
                    });
                }) &&
                all(domains, [&](const Change<Domain> &c) {
                    return unchanged<Domain>(c, [&](const Domain &a, const Domain &b) {
                        return sameDomain(a, b) && f.schemaName(a.schemaId) == t.schemaName(b.schemaId);
                    });
                }) &&
                all(sequences, [&](const Change<Sequence> &c) {
                    return unchanged<Sequence>(c, [&](const Sequence &a, const Sequence &b) {
                        return a.options == b.options && f.schemaName(a.schemaId) == t.schemaName(b.schemaId);
                    });
                }) &&
                all(views, [&](const Change<View> &c) {
                    return unchanged<View>(c, [&](const View &a, const View &b) {
                        return sameView(a, b) && f.schemaName(a.schemaId) == t.schemaName(b.schemaId);
                    });
                });
    for (const TableChange &tc : tables) {
        if (!same || !tc.from || !tc.to)
            return false;
        const Table &a = *tc.from, &b = *tc.to;
        same = a.name == b.name && f.schemaName(a.schemaId) == t.schemaName(b.schemaId) && a.comment == b.comment &&
               a.unlogged == b.unlogged && a.withoutRowid == b.withoutRowid && a.partitionKey == b.partitionKey &&
               a.partitionBound == b.partitionBound &&
               all(tc.columns, [&](const Change<Column> &c) {
                   return unchanged<Column>(c, [&](const Column &x, const Column &y) { return sameColumn(x, y); });
               }) &&
               (tc.primaryKey.from == nullptr) == (tc.primaryKey.to == nullptr) &&
               (!tc.primaryKey.from || unchanged<KeyConstraint>(tc.primaryKey, [&](auto &x, auto &y) { return sameKey(tc, x, y); })) &&
               all(tc.uniques, [&](const Change<KeyConstraint> &c) {
                   return unchanged<KeyConstraint>(c, [&](auto &x, auto &y) { return sameKey(tc, x, y); });
               }) &&
               all(tc.checks, [&](const Change<CheckConstraint> &c) {
                   return unchanged<CheckConstraint>(c, [&](auto &x, auto &y) { return sameCheck(x, y); });
               }) &&
               all(tc.foreignKeys, [&](const Change<ForeignKey> &c) {
                   return unchanged<ForeignKey>(c, [&](auto &x, auto &y) { return sameForeignKey(tc, x, y); });
               }) &&
               all(tc.indexes, [&](const Change<Index> &c) {
                   return unchanged<Index>(c, [&](auto &x, auto &y) { return sameIndex(tc, x, y); });
               });
    }
    return same;
}

} // namespace strata::modeler
