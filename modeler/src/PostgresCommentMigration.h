// The part of the PostgreSQL migration that sets comments: COMMENT ON for every object whose comment
// changed, IS NULL for one removed, and again for what the migration dropped and made anew (a view
// made again, a foreign key added again, a constraint or index replaced lost its comment).
#pragma once

#include "modeler/DdlBuilder.h"
#include "modeler/MigrationWriter.h"
#include "modeler/ModelDiff.h"

#include <QSet>

namespace strata::modeler {

class PostgresCommentMigration
{
public:
    /// `recreatedViews`: old view ids dropped and created again; `droppedKeys`: old foreign keys dropped.
    PostgresCommentMigration(const ModelDiff &diff, const DdlBuilder &newBuilder, const QSet<QString> &recreatedViews,
                             const QSet<const ForeignKey *> &droppedKeys, QList<MigrationStep> *steps)
        : m_diff(diff), m_new(&newBuilder), m_views(recreatedViews), m_droppedKeys(droppedKeys), m_steps(*steps)
    {
    }

    void all();

private:
    void comment(const ObjectRef &ref, const QString &oldComment, const QString &newComment);
    void add(const QString &sql);

    const ModelDiff &m_diff;
    const DdlBuilder *m_new;
    const QSet<QString> &m_views;
    const QSet<const ForeignKey *> &m_droppedKeys;
    QList<MigrationStep> &m_steps;
};

} // namespace strata::modeler
