#include "workload/ui/WorkloadTarget.h"

#include <connectors/ConnectionStore.h>
#include <QFileInfo>

namespace strata::workload::ui {

using namespace strata::connectors;

WorkloadTarget WorkloadTarget::engine(const QString &path)
{
    WorkloadTarget target;
    target.modelEngine = true;
    target.connection.form = ConnectionForm::SqliteFile;
    target.connection.path = path;
    target.connection.name = QStringLiteral("the model's engine (%1)").arg(QFileInfo(path).fileName());
    return target;
}

Result<WorkloadTarget> WorkloadTarget::typed(const QString &text)
{
    auto spec = ConnectionSpec::parse(text.trimmed());
    if (!spec)
        return spec.error();
    WorkloadTarget target;
    if (spec->dialect == Dialect::Sqlite) {
        target.connection.form = ConnectionForm::SqliteFile;
        target.connection.path = spec->target;
    } else {
        const bool uri = spec->target.startsWith(u"postgres://") || spec->target.startsWith(u"postgresql://");
        target.connection.form = uri ? ConnectionForm::Uri : ConnectionForm::Conninfo;
        target.connection.text = spec->target;
    }
    // The connection's own check: a password in the text is refused (it would show in titles).
    if (auto checked = target.connection.spec(); !checked)
        return checked.error();
    return target;
}

QString WorkloadTarget::displayName() const
{
    if (!connection.name.isEmpty())
        return connection.name;
    auto spec = connection.spec();
    return spec ? spec->displayName() : connection.label();
}

Result<std::unique_ptr<Session>> WorkloadTarget::open() const
{
    if (isSqliteFile() && !QFileInfo::exists(connection.path))
        return Error(modelEngine ? QStringLiteral("the model's engine has no data yet: generate data first")
                                 : QStringLiteral("no such SQLite file: %1").arg(connection.path),
                     SourcePlace::ofSource(connection.path));
    return ConnectionStore::open(connection, passwords, prompt);
}

WorkloadTarget WorkloadTarget::withSqlitePath(const QString &path) const
{
    WorkloadTarget scratch = *this;
    scratch.connection.path = path;
    scratch.connection.name = QFileInfo(path).fileName();
    return scratch;
}

} // namespace strata::workload::ui
