#include "PostgresConstraintReader.h"

#include "PostgresNodes.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

using N = PostgresNodes;

ReferentialAction action(const char *code)
{
    switch (code && *code ? code[0] : 'a') {
    case 'r': return ReferentialAction::Restrict;
    case 'c': return ReferentialAction::Cascade;
    case 'n': return ReferentialAction::SetNull;
    case 'd': return ReferentialAction::SetDefault;
    default: return ReferentialAction::NoAction;
    }
}

template <typename List>
QStringList idsOf(const List &list)
{
    QStringList ids;
    for (const auto &item : list)
        ids << item.id;
    return ids;
}

class ConstraintReader
{
public:
    ConstraintReader(PostgresContext &c, const PostgresStatement &s, int tableIndex, const PgQuery__Constraint &con)
        : m_c(c), m_s(s), m_tableIndex(tableIndex), m_con(con), m_name(N::text(con.conname))
    {
        m_place = s.placeAt(con.location > 0 ? con.location : s.begin);
        const Table &t = table();
        m_place.path = c.model().path(t.schemaId, t.name);
    }

    void key(const QStringList &columnNames, bool primary)
    {
        const QString what = primary ? QStringLiteral("the primary key") : QStringLiteral("unique constraint %1").arg(m_name);
        if (*m_con.indexname) {
            m_c.unsupported(m_place, QStringLiteral("%1 USING INDEX %2 is not imported").arg(what, N::text(m_con.indexname)),
                            QStringLiteral("write the key with its columns"));
            return;
        }
        KeyConstraint k;
        k.name = m_name;
        k.columnIds = columnIds(columnNames.isEmpty() ? N::strings(m_con.keys, m_con.n_keys) : columnNames, what);
        k.includeColumnIds = columnIds(N::strings(m_con.including, m_con.n_including), what);
        if (k.columnIds.isEmpty())
            return;
        k.deferrable = m_con.deferrable || m_con.initdeferred;
        k.initiallyDeferred = m_con.initdeferred;
        k.nullsNotDistinct = m_con.nulls_not_distinct;
        noteIndexOptions(what);
        Table &t = table();
        if (primary) {
            if (t.primaryKey) {
                m_c.model().report(Severity::Warning, QStringLiteral("import.duplicate"),
                                   QStringLiteral("a second primary key is skipped"), m_place);
                return;
            }
            k.id = k.name.isEmpty() ? QStringLiteral("pk") : k.name;
            for (const QString &id : k.columnIds)
                t.column(id)->nullable = false; // a primary key implies NOT NULL
            t.primaryKey = k;
        } else {
            k.id = ModelBuilder::childId(k.name, QStringLiteral("unique"), idsOf(t.uniques));
            t.uniques << k;
        }
    }

    void check()
    {
        CheckConstraint check;
        check.name = m_name;
        check.expression = m_c.groupText(m_s, m_con.location);
        check.noInherit = m_con.is_no_inherit;
        if (m_con.skip_validation)
            m_c.unsupported(m_place, QStringLiteral("NOT VALID: check %1 is modelled as a valid check").arg(m_name));
        Table &t = table();
        check.id = ModelBuilder::childId(check.name, QStringLiteral("check"), idsOf(t.checks));
        t.checks << check;
    }

    void foreignKey(const QStringList &columnNames)
    {
        PendingForeignKey pending;
        pending.tableIndex = m_tableIndex;
        pending.place = m_place;
        ForeignKey &k = pending.key;
        k.name = m_name;
        const QString what = QStringLiteral("foreign key %1").arg(m_name).simplified();
        k.columnIds = columnIds(columnNames.isEmpty() ? N::strings(m_con.fk_attrs, m_con.n_fk_attrs) : columnNames, what);
        if (k.columnIds.isEmpty())
            return;
        k.onDelete = action(m_con.fk_del_action);
        k.onUpdate = action(m_con.fk_upd_action);
        const char match = *m_con.fk_matchtype ? m_con.fk_matchtype[0] : 's';
        k.match = match == 'f' ? MatchType::Full : MatchType::Simple;
        if (match == 'p')
            m_c.unsupported(m_place, QStringLiteral("MATCH PARTIAL of %1 is modelled as MATCH SIMPLE").arg(what));
        if (m_con.n_fk_del_set_cols > 0)
            m_c.unsupported(m_place, QStringLiteral("the column list of ON DELETE SET NULL/DEFAULT of %1 is not modelled").arg(what));
        if (m_con.skip_validation)
            m_c.unsupported(m_place, QStringLiteral("NOT VALID: %1 is modelled as a valid foreign key").arg(what));
        k.deferrable = m_con.deferrable || m_con.initdeferred;
        k.initiallyDeferred = m_con.initdeferred;
        const QualifiedName target = m_c.referenced(m_con.pktable);
        pending.referencedSchemaId = target.schemaId;
        pending.referencedTable = target.name;
        pending.referencedColumns = N::strings(m_con.pk_attrs, m_con.n_pk_attrs);
        m_c.model().addForeignKey(std::move(pending));
    }

private:
    Table &table() { return m_c.model().table(m_tableIndex); }

    QStringList columnIds(const QStringList &names, const QString &what)
    {
        return names.isEmpty() ? QStringList() : m_c.model().columnIds(table(), names, what, m_place);
    }

    void noteIndexOptions(const QString &what)
    {
        if (m_con.n_options > 0 || *m_con.indexspace)
            m_c.unsupported(m_place, QStringLiteral("the storage parameters or tablespace of %1 are not modelled").arg(what));
    }

    PostgresContext &m_c;
    const PostgresStatement &m_s;
    int m_tableIndex;
    const PgQuery__Constraint &m_con;
    QString m_name;
    SourcePlace m_place;
};

} // namespace

void PostgresConstraintReader::add(PostgresContext &c, const PostgresStatement &s, int tableIndex,
                                   const PgQuery__Constraint &con, const QStringList &columnNames)
{
    ConstraintReader reader(c, s, tableIndex, con);
    switch (con.contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY: return reader.key(columnNames, true);
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE: return reader.key(columnNames, false);
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK: return reader.check();
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN: return reader.foreignKey(columnNames);
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
        return c.unsupported(s.placeAt(con.location), QStringLiteral("exclusion constraint %1 is not modelled").arg(N::text(con.conname)).simplified(),
                             QStringLiteral("an exclusion constraint has no counterpart in the model"));
    default:
        return c.unsupported(s.placeAt(con.location), QStringLiteral("a constraint of this kind is not modelled here"));
    }
}

} // namespace strata::modeler
