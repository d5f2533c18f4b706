// Statements that are one query to PostgreSQL (libpg_query's fingerprint: they differ only in
// constants or parameters), with their executions and time together, the costliest first. Groups of
// several statements are the ones to look at: one index or one rewrite serves them all.
#pragma once

#include <QTreeWidget>
#include <workload/WorkloadProfile.h>

namespace strata::workload::ui {

class FingerprintList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FingerprintList(QWidget *parent = nullptr);

    void setGroups(const QList<FingerprintGroup> &groups);
};

} // namespace strata::workload::ui
