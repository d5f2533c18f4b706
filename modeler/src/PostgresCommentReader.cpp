#include "PostgresCommentReader.h"

#include "PostgresNodes.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

using N = PostgresNodes;

class CommentReader
{
public:
    CommentReader(PostgresContext &c, const PostgresStatement &s, const QString &text) : m_c(c), m_s(s), m_text(text) {}

    void onSchema(const QString &name)
    {
        if (name == u"public")
            return m_c.skipped(m_s, Severity::Info, QStringLiteral("the comment of the default schema public is not modelled"));
        if (Schema *schema = m_c.model().findSchema(name))
            schema->comment = m_text;
        else
            missing(QStringLiteral("schema"), name);
    }

    void onType(const PgQuery__TypeName *type, bool domainOnly)
    {
        const QualifiedName name = m_c.referenced(type ? N::strings(type->names, type->n_names) : QStringList());
        if (Domain *d = m_c.model().findDomain(name.schemaId, name.name))
            d->comment = m_text;
        else if (EnumType *e = domainOnly ? nullptr : m_c.model().findEnum(name.schemaId, name.name))
            e->comment = m_text;
        else
            missing(domainOnly ? QStringLiteral("domain") : QStringLiteral("type"), path(name));
    }

    void onRelation(PgQuery__ObjectType kind, const QStringList &parts)
    {
        const QualifiedName name = m_c.referenced(parts);
        QString *comment = nullptr;
        QString kindName = QStringLiteral("view");
        if (kind == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE) {
            kindName = QStringLiteral("sequence");
            if (Sequence *seq = m_c.model().findSequence(name.schemaId, name.name))
                comment = &seq->comment;
        } else if (kind == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX) {
            kindName = QStringLiteral("index");
            if (const auto [table, index] = m_c.model().findIndex(name.schemaId, name.name); table >= 0)
                comment = &m_c.model().table(table).indexes[index].comment;
        } else if (kind == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
            kindName = QStringLiteral("table");
            if (const int table = m_c.model().findTable(name.schemaId, name.name); table >= 0)
                comment = &m_c.model().table(table).comment;
        } else if (View *view = m_c.model().findView(name.schemaId, name.name)) {
            comment = &view->comment;
        }
        if (comment)
            *comment = m_text;
        else
            missing(kindName, path(name));
    }

    void onColumn(const QStringList &parts)
    {
        if (parts.size() < 2)
            return;
        const QualifiedName name = m_c.referenced(parts.mid(0, parts.size() - 1));
        const int table = m_c.model().findTable(name.schemaId, name.name);
        if (table < 0) {
            if (m_c.model().findView(name.schemaId, name.name))
                return m_c.skipped(m_s, Severity::Warning, QStringLiteral("comments on the columns of views are not modelled"));
            return missing(QStringLiteral("table"), path(name));
        }
        for (Column &column : m_c.model().table(table).columns) {
            if (column.name == parts.last()) {
                column.comment = m_text;
                return;
            }
        }
        missing(QStringLiteral("column"), path(name) + u'.' + parts.last());
    }

    void onTableConstraint(const QStringList &parts)
    {
        if (parts.size() < 2)
            return;
        const QualifiedName name = m_c.referenced(parts.mid(0, parts.size() - 1));
        const QString constraint = parts.last();
        const int index = m_c.model().findTable(name.schemaId, name.name);
        if (index < 0)
            return missing(QStringLiteral("table"), path(name));
        Table &t = m_c.model().table(index);
        ForeignKey *pending = m_c.model().pendingForeignKey(index, constraint);
        if (t.primaryKey && t.primaryKey->name == constraint)
            t.primaryKey->comment = m_text;
        else if (pending)
            pending->comment = m_text;
        else if (!setIn(t.uniques, constraint) && !setIn(t.checks, constraint) && !setIn(t.foreignKeys, constraint))
            missing(QStringLiteral("constraint"), constraint + QStringLiteral(" on ") + path(name));
    }

    void onDomainConstraint(const PgQuery__List &list)
    {
        if (list.n_items != 2 || list.items[0]->node_case != PG_QUERY__NODE__NODE_TYPE_NAME)
            return;
        const PgQuery__TypeName &type = *list.items[0]->type_name;
        const QualifiedName name = m_c.referenced(N::strings(type.names, type.n_names));
        const QString constraint = N::string(list.items[1]);
        Domain *d = m_c.model().findDomain(name.schemaId, name.name);
        if (!d || !setIn(d->checks, constraint))
            missing(QStringLiteral("constraint"), constraint + QStringLiteral(" on domain ") + path(name));
    }

private:
    template <typename List>
    bool setIn(List &list, const QString &name)
    {
        for (auto &item : list) {
            if (item.name == name) {
                item.comment = m_text;
                return true;
            }
        }
        return false;
    }

    QString path(const QualifiedName &name) const { return m_c.model().path(name.schemaId, name.name); }

    void missing(const QString &kind, const QString &name)
    {
        m_c.model().report(Severity::Warning, QStringLiteral("import.unresolved"),
                           QStringLiteral("the comment is on %1 %2, which the script does not create: skipped").arg(kind, name),
                           m_s.place());
    }

    PostgresContext &m_c;
    const PostgresStatement &m_s;
    QString m_text;
};

QStringList names(const PgQuery__Node *object)
{
    if (!object)
        return {};
    if (object->node_case == PG_QUERY__NODE__NODE_STRING)
        return {N::string(object)};
    return N::listStrings(object);
}

} // namespace

void PostgresCommentReader::comment(PostgresContext &c, const PostgresStatement &s, const PgQuery__CommentStmt &comment)
{
    CommentReader reader(c, s, N::text(comment.comment));
    const PgQuery__Node *object = comment.object;
    const PgQuery__TypeName *type = object && object->node_case == PG_QUERY__NODE__NODE_TYPE_NAME ? object->type_name : nullptr;
    switch (comment.objtype) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: return reader.onSchema(N::string(object));
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: return reader.onType(type, false);
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: return reader.onType(type, true);
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: return reader.onRelation(comment.objtype, names(object));
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: return reader.onColumn(names(object));
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: return reader.onTableConstraint(names(object));
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT:
        if (object && object->node_case == PG_QUERY__NODE__NODE_LIST)
            reader.onDomainConstraint(*object->list);
        return;
    default: return c.skipped(s, Severity::Warning, QStringLiteral("comments on this kind of object are not modelled"));
    }
}

} // namespace strata::modeler
