#include "ModelBuilder.h"

#include <algorithm>

namespace strata::modeler {

namespace {

const QString unresolved = QStringLiteral("import.unresolved");

} // namespace

ModelBuilder::ModelBuilder(Dialect dialect, QString sourceName) : m_dialect(dialect), m_sourceName(std::move(sourceName)) {}

void ModelBuilder::report(Severity severity, const QString &code, const QString &message, const SourcePlace &place,
                          const QString &hint)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.place = place;
    d.hint = hint;
    m_diagnostics << d;
}

QString ModelBuilder::key(const QString &schemaId, const QString &name) const
{
    // SQLite compares names without regard to ASCII case; PostgreSQL's parser already folded them.
    const QString n = m_dialect == Dialect::Sqlite ? name.toLower() : name;
    return schemaId.isEmpty() ? n : schemaId + QChar(0x1f) + n;
}

QString ModelBuilder::freeId(const QString &base, QSet<QString> &taken) const
{
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'~' + QString::number(n);
    taken.insert(id);
    return id;
}

QString ModelBuilder::childId(const QString &name, const QString &fallback, const QStringList &taken)
{
    if (!name.isEmpty() && !taken.contains(name))
        return name;
    const QString base = name.isEmpty() ? fallback : name;
    for (int n = name.isEmpty() ? 1 : 2;; ++n) {
        const QString id = base + u'_' + QString::number(n);
        if (!taken.contains(id))
            return id;
    }
}

const Schema *ModelBuilder::findSchema(const QString &name) const
{
    for (const Schema &s : m_model.schemas) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

Schema *ModelBuilder::findSchema(const QString &name)
{
    return const_cast<Schema *>(std::as_const(*this).findSchema(name));
}

bool ModelBuilder::isDefaultSchema(const QString &schemaName) const
{
    if (schemaName.isEmpty())
        return true;
    return m_dialect == Dialect::Sqlite ? schemaName.compare(u"main", Qt::CaseInsensitive) == 0 : schemaName == u"public";
}

QString ModelBuilder::existingSchemaId(const QString &schemaName) const
{
    if (isDefaultSchema(schemaName))
        return {};
    const Schema *s = findSchema(schemaName);
    return s ? s->id : schemaName;
}

QString ModelBuilder::schemaId(const QString &schemaName, const SourcePlace &place)
{
    if (isDefaultSchema(schemaName))
        return {};
    if (const Schema *s = findSchema(schemaName))
        return s->id;
    report(Severity::Info, QStringLiteral("import.implied"),
           QStringLiteral("schema %1 is used but not created by the script: added").arg(schemaName), place);
    m_model.schemas << Schema{schemaName, schemaName, {}};
    return schemaName;
}

bool ModelBuilder::addSchema(const QString &name, const SourcePlace &place)
{
    if (findSchema(name)) {
        report(Severity::Warning, QStringLiteral("import.duplicate"), QStringLiteral("schema %1 is created twice: the second is skipped").arg(name),
               place);
        return false;
    }
    m_model.schemas << Schema{name, name, {}};
    return true;
}

bool ModelBuilder::duplicate(const QString &what, const QString &schemaId, const QString &name, const SourcePlace &place)
{
    report(Severity::Warning, QStringLiteral("import.duplicate"),
           QStringLiteral("%1 %2 already exists: this one is skipped").arg(what, path(schemaId, name)), place);
    return false;
}

int ModelBuilder::addTable(Table table, const SourcePlace &place)
{
    const QString k = key(table.schemaId, table.name);
    if (m_relations.contains(k)) {
        duplicate(QStringLiteral("a table or view named"), table.schemaId, table.name, place);
        return -1;
    }
    table.id = freeId(path(table.schemaId, table.name), m_relationIds);
    m_relations.insert(k, int(m_model.tables.size()));
    m_model.tables << std::move(table);
    return int(m_model.tables.size()) - 1;
}

int ModelBuilder::findTable(const QString &schemaId, const QString &name) const
{
    const int found = m_relations.value(key(schemaId, name), -1);
    return found >= 0 ? found : -1; // negative values are views
}

int ModelBuilder::addView(View view, const SourcePlace &place)
{
    const QString k = key(view.schemaId, view.name);
    if (m_relations.contains(k)) {
        duplicate(QStringLiteral("a table or view named"), view.schemaId, view.name, place);
        return -1;
    }
    view.id = freeId(path(view.schemaId, view.name), m_relationIds);
    m_relations.insert(k, -1 - int(m_model.views.size()));
    m_model.views << std::move(view);
    return int(m_model.views.size()) - 1;
}

View *ModelBuilder::findView(const QString &schemaId, const QString &name)
{
    const int found = m_relations.value(key(schemaId, name), 0);
    return found < 0 ? &m_model.views[-1 - found] : nullptr;
}

namespace {

template <typename T>
T *findIn(QList<T> &list, const QHash<QString, int> &byName, const QString &key)
{
    const int found = byName.value(key, -1);
    return found >= 0 ? &list[found] : nullptr;
}

} // namespace

template <typename T>
int ModelBuilder::addNamed(QList<T> &list, QHash<QString, int> &byName, QSet<QString> &ids, T object, bool taken,
                           const QString &what, const SourcePlace &place)
{
    if (taken) {
        duplicate(what, object.schemaId, object.name, place);
        return -1;
    }
    object.id = freeId(path(object.schemaId, object.name), ids);
    byName.insert(key(object.schemaId, object.name), int(list.size()));
    list << std::move(object);
    return int(list.size()) - 1;
}

int ModelBuilder::addSequence(Sequence sequence, const SourcePlace &place)
{
    const bool taken = m_sequences.contains(key(sequence.schemaId, sequence.name));
    return addNamed(m_model.sequences, m_sequences, m_sequenceIds, std::move(sequence), taken, QStringLiteral("sequence"), place);
}

Sequence *ModelBuilder::findSequence(const QString &schemaId, const QString &name)
{
    return findIn(m_model.sequences, m_sequences, key(schemaId, name));
}

bool ModelBuilder::addEnum(EnumType enumType, const SourcePlace &place)
{
    const QString k = key(enumType.schemaId, enumType.name);
    const bool taken = m_enums.contains(k) || m_domains.contains(k);
    return addNamed(m_model.enums, m_enums, m_typeIds, std::move(enumType), taken, QStringLiteral("type"), place) >= 0;
}

EnumType *ModelBuilder::findEnum(const QString &schemaId, const QString &name)
{
    return findIn(m_model.enums, m_enums, key(schemaId, name));
}

bool ModelBuilder::addDomain(Domain domain, const SourcePlace &place)
{
    const QString k = key(domain.schemaId, domain.name);
    const bool taken = m_enums.contains(k) || m_domains.contains(k);
    return addNamed(m_model.domains, m_domains, m_typeIds, std::move(domain), taken, QStringLiteral("type"), place) >= 0;
}

Domain *ModelBuilder::findDomain(const QString &schemaId, const QString &name)
{
    return findIn(m_model.domains, m_domains, key(schemaId, name));
}

QString ModelBuilder::typeId(const QString &schemaId, const QString &name) const
{
    const QString k = key(schemaId, name);
    if (const int e = m_enums.value(k, -1); e >= 0)
        return m_model.enums[e].id;
    if (const int d = m_domains.value(k, -1); d >= 0)
        return m_model.domains[d].id;
    return {};
}

bool ModelBuilder::addIndex(int tableIndex, Index index, const SourcePlace &place)
{
    Table &t = m_model.tables[tableIndex];
    const QString k = key(t.schemaId, index.name);
    if (!index.name.isEmpty() && m_indexes.contains(k))
        return duplicate(QStringLiteral("index"), t.schemaId, index.name, place);
    QStringList taken;
    for (const Index &i : t.indexes)
        taken << i.id;
    index.id = childId(index.name, QStringLiteral("index"), taken);
    if (!index.name.isEmpty())
        m_indexes.insert(k, {tableIndex, int(t.indexes.size())});
    t.indexes << std::move(index);
    return true;
}

std::pair<int, int> ModelBuilder::findIndex(const QString &schemaId, const QString &name) const
{
    return m_indexes.value(key(schemaId, name), {-1, -1});
}

QStringList ModelBuilder::columnIds(const Table &table, const QStringList &names, const QString &what, const SourcePlace &place)
{
    QStringList ids;
    for (const QString &n : names) {
        const Column *c = table.columnByName(n);
        if (!c && m_dialect == Dialect::Sqlite) {
            for (const Column &candidate : table.columns) {
                if (candidate.name.compare(n, Qt::CaseInsensitive) == 0)
                    c = &candidate;
            }
        }
        if (!c) {
            SourcePlace p = place;
            p.path = path(table.schemaId, table.name);
            report(Severity::Warning, unresolved,
                   QStringLiteral("%1 names column %2, which %3 does not have: left out").arg(what, n, p.path), p);
            return {};
        }
        ids << c->id;
    }
    return ids;
}

ForeignKey *ModelBuilder::pendingForeignKey(int tableIndex, const QString &name)
{
    for (PendingForeignKey &p : m_foreignKeys) {
        if (p.tableIndex == tableIndex && p.key.name == name)
            return &p.key;
    }
    return nullptr;
}

void ModelBuilder::setSequenceOwner(int sequenceIndex, const QString &tableSchemaId, const QString &table,
                                    const QString &column, const SourcePlace &place)
{
    m_owners << PendingOwner{sequenceIndex, tableSchemaId, table, column, place};
}

void ModelBuilder::resolveForeignKey(const PendingForeignKey &pending)
{
    Table &owner = m_model.tables[pending.tableIndex];
    const QString what = QStringLiteral("foreign key %1").arg(pending.key.name).simplified();
    SourcePlace place = pending.place;
    place.path = path(owner.schemaId, owner.name);
    const int target = findTable(pending.referencedSchemaId, pending.referencedTable);
    if (target < 0) {
        report(Severity::Warning, unresolved,
               QStringLiteral("%1 references table %2, which the script does not create: left out")
                   .arg(what, path(pending.referencedSchemaId, pending.referencedTable)),
               place);
        return;
    }
    const Table &referenced = m_model.tables[target];
    QStringList referencedIds;
    if (pending.referencedColumns.isEmpty()) {
        if (!referenced.primaryKey) {
            report(Severity::Warning, unresolved,
                   QStringLiteral("%1 references the primary key of %2, which has none: left out").arg(what, referenced.id), place);
            return;
        }
        referencedIds = referenced.primaryKey->columnIds;
    } else {
        referencedIds = columnIds(referenced, pending.referencedColumns, what, place);
    }
    ForeignKey key = pending.key;
    if (referencedIds.isEmpty() || key.columnIds.size() != referencedIds.size()) {
        if (!referencedIds.isEmpty())
            report(Severity::Warning, unresolved, QStringLiteral("%1 has %2 columns but references %3: left out")
                                                      .arg(what).arg(key.columnIds.size()).arg(referencedIds.size()), place);
        return;
    }
    QStringList taken;
    for (const ForeignKey &k : owner.foreignKeys)
        taken << k.id;
    key.id = childId(key.name, QStringLiteral("fk"), taken);
    key.referencedTableId = referenced.id;
    key.referencedColumnIds = referencedIds;
    owner.foreignKeys << key;
}

void ModelBuilder::sortDiagnostics()
{
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::pair(a.place.line, a.place.column) < std::pair(b.place.line, b.place.column);
    });
}

void ModelBuilder::resolve()
{
    for (const PendingForeignKey &pending : std::as_const(m_foreignKeys))
        resolveForeignKey(pending);
    m_foreignKeys.clear();
    for (const PendingOwner &o : std::as_const(m_owners)) {
        Sequence &s = m_model.sequences[o.sequenceIndex];
        const int t = findTable(o.schemaId, o.table);
        const Column *c = t >= 0 ? m_model.tables[t].columnByName(o.column) : nullptr;
        if (!c) {
            SourcePlace place = o.place;
            place.path = path(s.schemaId, s.name);
            report(Severity::Warning, unresolved,
                   QStringLiteral("sequence %1 is owned by %2.%3, which the script does not create: no owner")
                       .arg(s.name, path(o.schemaId, o.table), o.column),
                   place);
            continue;
        }
        s.ownedByTableId = m_model.tables[t].id;
        s.ownedByColumnId = c->id;
    }
    m_owners.clear();
}

} // namespace strata::modeler
