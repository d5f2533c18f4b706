#include "modeler/Model.h"

#include <algorithm>

namespace strata::modeler {

namespace {

template <typename List>
auto findById(List &list, QStringView id) -> decltype(&list.front())
{
    auto it = std::find_if(list.begin(), list.end(), [&](const auto &o) { return o.id == id; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace

const Schema *Model::schema(QStringView id) const { return findById(schemas, id); }
const Domain *Model::domain(QStringView id) const { return findById(domains, id); }
const EnumType *Model::enumType(QStringView id) const { return findById(enums, id); }
const Sequence *Model::sequence(QStringView id) const { return findById(sequences, id); }
const Table *Model::table(QStringView id) const { return findById(tables, id); }
Table *Model::table(QStringView id) { return findById(tables, id); }
const View *Model::view(QStringView id) const { return findById(views, id); }
Diagram *Model::diagram(QStringView id) { return findById(diagrams, id); }

const Schema *Model::schemaByName(QStringView name) const
{
    auto it = std::find_if(schemas.begin(), schemas.end(), [&](const Schema &s) { return s.name == name; });
    return it == schemas.end() ? nullptr : &*it;
}

const Table *Model::tableByName(QStringView schemaName, QStringView name) const
{
    for (const Table &t : tables) {
        if (t.name == name && this->schemaName(t.schemaId) == schemaName)
            return &t;
    }
    return nullptr;
}

QString Model::schemaName(QStringView schemaId) const
{
    if (schemaId.isEmpty())
        return {};
    const Schema *s = schema(schemaId);
    return s ? s->name : schemaId.toString();
}

QString Model::qualifiedName(QStringView schemaId, QStringView name) const
{
    const QString s = schemaName(schemaId);
    return s.isEmpty() ? name.toString() : s + u'.' + name.toString();
}

QString Model::uniqueId(const QString &base, const QStringList &taken)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        QString candidate = base + u'~' + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QStringList Model::tableIds() const
{
    QStringList ids;
    ids.reserve(tables.size());
    for (const Table &t : tables)
        ids << t.id;
    return ids;
}

QStringList Model::viewIds() const
{
    QStringList ids;
    ids.reserve(views.size());
    for (const View &v : views)
        ids << v.id;
    return ids;
}

} // namespace strata::modeler
