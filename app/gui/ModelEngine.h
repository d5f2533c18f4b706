// The open model's embedded engine: a SQLite database beside the model file (shop.strata gives
// shop.sqlite; an untitled model gets one in a temporary folder), offered first in the connections
// list. The file is made the first time a session opens it, from the model's SQLite DDL at that
// moment, on the thread that opens it; afterwards it is a database like any other, which "Compare
// model with database" brings up to date.
#pragma once

#include <strata/Result.h>

#include <modeler/Model.h>

#include <QMutex>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace strata::connectors {
class ConnectionStore;
}

namespace strata::app {

class DocumentController;

class ModelEngine : public QObject
{
    Q_OBJECT

public:
    ModelEngine(DocumentController *documents, connectors::ConnectionStore *store, QObject *parent = nullptr);

    QString path() const { return m_path; }
    /// Writes the model's tables, indexes and views into a new SQLite file at `path`, whole or not at
    /// all (built beside it and renamed). Safe from any thread.
    static Result<void> create(const modeler::Model &model, const QString &path);

private:
    /// The model as it is now, for the thread that makes the file (models share their data: cheap).
    struct Snapshot
    {
        QMutex mutex;
        modeler::Model model;
    };

    void offer();

    DocumentController *m_documents;
    connectors::ConnectionStore *m_store;
    std::shared_ptr<Snapshot> m_snapshot = std::make_shared<Snapshot>();
    std::unique_ptr<QTemporaryDir> m_scratch; // for untitled models' engines
    int m_untitled = 0;
    QString m_path;
};

} // namespace strata::app
