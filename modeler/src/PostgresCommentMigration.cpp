#include "PostgresCommentMigration.h"

#include "modeler/SqlQuoting.h"

namespace strata::modeler {

using K = ObjectRef::Kind;

void PostgresCommentMigration::add(const QString &sql)
{
    if (!sql.isEmpty())
        m_steps << MigrationStep::of(sql);
}

void PostgresCommentMigration::comment(const ObjectRef &ref, const QString &oldComment, const QString &newComment)
{
    if (oldComment == newComment)
        return;
    if (!newComment.isEmpty()) {
        add(m_new->commentOn(ref));
        return;
    }
    // COMMENT ON ... IS NULL: the builder writes a comment's statement only for a comment it has.
    Model marked = m_diff.to();
    const QString mark = QStringLiteral("\x01strata-null\x01");
    auto setIn = [&](auto &list, const QString &id) {
        for (auto &o : list) {
            if (o.id == id)
                o.comment = mark;
        }
    };
    Table *t = marked.table(ref.id);
    switch (ref.kind) {
    case K::Schema: setIn(marked.schemas, ref.id); break;
    case K::Enum: setIn(marked.enums, ref.id); break;
    case K::Domain: setIn(marked.domains, ref.id); break;
    case K::Sequence: setIn(marked.sequences, ref.id); break;
    case K::View: setIn(marked.views, ref.id); break;
    case K::Table: if (t) t->comment = mark; break;
    case K::Column: if (t) setIn(t->columns, ref.childId); break;
    case K::Index: if (t) setIn(t->indexes, ref.childId); break;
    case K::Check: if (t) setIn(t->checks, ref.childId); break;
    case K::Unique: if (t) setIn(t->uniques, ref.childId); break;
    case K::ForeignKey: if (t) setIn(t->foreignKeys, ref.childId); break;
    case K::PrimaryKey: if (t && t->primaryKey) t->primaryKey->comment = mark; break;
    default: break;
    }
    add(DdlBuilder::create(marked, Dialect::Postgres, nullptr)->commentOn(ref).replace(quoteLiteral(mark), QStringLiteral("NULL")));
}

void PostgresCommentMigration::all()
{
    auto commentOf = [](const auto *o) { return o ? o->comment : QString(); };
    auto each = [&](const auto &changes, K kind) {
        for (const auto &c : changes) {
            if (c.to)
                comment(ObjectRef{kind, c.to->id, {}}, commentOf(c.from), c.to->comment);
        }
    };
    each(m_diff.schemas, K::Schema);
    each(m_diff.enums, K::Enum);
    each(m_diff.domains, K::Domain);
    each(m_diff.sequences, K::Sequence);
    for (const Change<View> &v : m_diff.views) {
        if (v.to) // a view made again lost its comment
            comment(ObjectRef{K::View, v.to->id, {}}, v.from && !m_views.contains(v.from->id) ? v.from->comment : QString(), v.to->comment);
    }
    for (const TableChange &t : m_diff.tables) {
        if (!t.to)
            continue;
        comment(ObjectRef::table(t.to->id), commentOf(t.from), t.to->comment);
        auto children = [&](const auto &changes, K kind, const auto &same) {
            for (const auto &c : changes) {
                if (c.to)
                    comment(ObjectRef::child(kind, t.to->id, c.to->id), c.from && same(c) ? c.from->comment : QString(), c.to->comment);
            }
        };
        children(t.columns, K::Column, [&](const Change<Column> &c) { return c.from->generatedExpr.trimmed() == c.to->generatedExpr.trimmed(); });
        children(t.uniques, K::Unique, [&](const Change<KeyConstraint> &c) { return m_diff.sameKey(t, *c.from, *c.to); });
        children(t.checks, K::Check, [&](const Change<CheckConstraint> &c) { return m_diff.sameCheck(*c.from, *c.to); });
        children(t.foreignKeys, K::ForeignKey, [&](const Change<ForeignKey> &c) { return !m_droppedKeys.contains(c.from); });
        children(t.indexes, K::Index, [&](const Change<Index> &c) { return m_diff.sameIndex(t, *c.from, *c.to); });
        if (t.primaryKey.to)
            comment(ObjectRef::child(K::PrimaryKey, t.to->id, t.primaryKey.to->id),
                    t.primaryKey.from && m_diff.sameKey(t, *t.primaryKey.from, *t.primaryKey.to) ? t.primaryKey.from->comment : QString(),
                    t.primaryKey.to->comment);
    }
}

} // namespace strata::modeler
