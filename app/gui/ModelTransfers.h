// Schemas moving between the model and the outside, each off the GUI thread with progress and
// Cancel (TaskRunner) and with what it had to say shown afterwards: File ▸ Import SQL (a script
// becomes a new unsaved model), reverse engineering a whole database into a new model, tables dragged
// from the catalog browser onto a diagram (read from the database and added as one undoable step),
// and the migration that brings a database to the model.
#pragma once

#include <connectors/ui/CatalogSelection.h>
#include <modeler/Dialect.h>

#include <strata/Result.h>

#include <QObject>
#include <QPointF>

class QWidget;

namespace strata::connectors {
class ConnectionStore;
struct SavedConnection;
}
namespace strata::modeler::live {
struct ReverseOptions;
struct ReverseResult;
}

namespace strata::app {

class DocumentController;
class TaskRunner;

class ModelTransfers : public QObject
{
    Q_OBJECT

public:
    ModelTransfers(QWidget *window, DocumentController *documents, connectors::ConnectionStore *store);

    TaskRunner *runner() const { return m_runner; }

    /// Asks for a script and its dialect, then imports it.
    void importSqlWithDialog();
    /// Imports a script in the background and opens the model as a new unsaved one; false when
    /// another job runs.
    bool importSql(const QString &path, modeler::Dialect dialect);
    /// Reads the whole database into a new unsaved model.
    bool reverseEngineer(const QString &connectionId);
    /// Reads the tables from the database and adds them to the model (one undo step), their cards on
    /// the diagram from `at` on.
    bool addTables(const connectors::ui::CatalogSelection &tables, const QString &diagramId, QPointF at);
    /// Reads the database and shows the migration from it to the model. `connectionId` empty: asks
    /// which, offering `suggested` first.
    bool compareWithDatabase(const QString &connectionId, const QString &suggested = {});

signals:
    void message(const QString &text);
    /// The migration script wants to be opened in a SQL editor tab on the connection.
    void sqlWanted(const QString &connectionId, const QString &sql, const QString &title);

private:
    /// Connects (on the worker) and reads the database into a model.
    bool readDatabase(const QString &title, const connectors::SavedConnection &connection,
                      const modeler::live::ReverseOptions &options,
                      std::function<void(Result<modeler::live::ReverseResult>)> done);
    /// Says what went wrong, unless the user cancelled.
    void report(const QString &what, const Error &error);
    void addMerged(const connectors::ui::CatalogSelection &tables, const modeler::live::ReverseResult &read,
                   const QString &diagramId, QPointF at);

    QWidget *m_window;
    DocumentController *m_documents;
    connectors::ConnectionStore *m_store;
    TaskRunner *m_runner;
};

} // namespace strata::app
