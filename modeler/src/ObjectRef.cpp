#include "modeler/ObjectRef.h"

#include "modeler/Model.h"

#include <algorithm>

namespace strata::modeler {

QString objectKindName(ObjectRef::Kind kind)
{
    switch (kind) {
    case ObjectRef::Kind::None: return {};
    case ObjectRef::Kind::Schema: return QStringLiteral("schema");
    case ObjectRef::Kind::Table: return QStringLiteral("table");
    case ObjectRef::Kind::Column: return QStringLiteral("column");
    case ObjectRef::Kind::PrimaryKey: return QStringLiteral("primary key");
    case ObjectRef::Kind::Unique: return QStringLiteral("unique constraint");
    case ObjectRef::Kind::Check: return QStringLiteral("check constraint");
    case ObjectRef::Kind::ForeignKey: return QStringLiteral("foreign key");
    case ObjectRef::Kind::Index: return QStringLiteral("index");
    case ObjectRef::Kind::View: return QStringLiteral("view");
    case ObjectRef::Kind::Enum: return QStringLiteral("enum");
    case ObjectRef::Kind::Domain: return QStringLiteral("domain");
    case ObjectRef::Kind::Sequence: return QStringLiteral("sequence");
    }
    return {};
}

namespace {

template <typename List>
QString nameOf(const List &list, const QString &id)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const auto &o) { return o.id == id; });
    return it == list.end() ? id : it->name;
}

QString qualified(const Model &model, const QString &schemaId, const QString &name)
{
    return model.qualifiedName(schemaId, name);
}

} // namespace

QString ObjectRef::path(const Model &model) const
{
    using K = Kind;
    switch (kind) {
    case K::None: return {};
    case K::Schema: return model.schemaName(id);
    case K::View:
        if (const View *v = model.view(id))
            return qualified(model, v->schemaId, v->name);
        return id;
    case K::Enum:
        if (const EnumType *e = model.enumType(id))
            return qualified(model, e->schemaId, e->name);
        return id;
    case K::Domain:
        if (const Domain *d = model.domain(id))
            return qualified(model, d->schemaId, d->name);
        return id;
    case K::Sequence:
        if (const Sequence *s = model.sequence(id))
            return qualified(model, s->schemaId, s->name);
        return id;
    default:
        break;
    }
    const Table *t = model.table(id);
    const QString tablePath = t ? model.qualifiedName(*t) : id;
    if (kind == K::Table || !t)
        return kind == K::Table || childId.isEmpty() ? tablePath : tablePath + u'.' + childId;
    QString child = childId;
    switch (kind) {
    case K::Column: return tablePath + u'.' + nameOf(t->columns, childId);
    case K::PrimaryKey: child = t->primaryKey && !t->primaryKey->name.isEmpty() ? t->primaryKey->name : childId; break;
    case K::Unique: child = nameOf(t->uniques, childId); break;
    case K::Check: child = nameOf(t->checks, childId); break;
    case K::ForeignKey: child = nameOf(t->foreignKeys, childId); break;
    case K::Index: child = nameOf(t->indexes, childId); break;
    default: break;
    }
    return QStringLiteral("%1 (%2 %3)").arg(tablePath, objectKindName(kind), child);
}

} // namespace strata::modeler
