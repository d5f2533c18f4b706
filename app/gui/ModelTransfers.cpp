#include "ModelTransfers.h"

#include "DiagnosticsDialog.h"
#include "DocumentController.h"
#include "MigrationDialog.h"
#include "TaskRunner.h"

#include <connectors/ConnectionStore.h>
#include <connectors/ui/PasswordPrompt.h>
#include <modeler/MigrationWriter.h>
#include <modeler/ModelMerge.h>
#include <modeler/SqlImporter.h>
#include <modeler/live/LiveModelReader.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ObjectCommand.h>
#include <modeler/ui/PlacementCommand.h>

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace strata::app {

using namespace strata::modeler;
using connectors::ConnectionStore;
using connectors::SavedConnection;
using connectors::ui::CatalogSelection;
using live::ReverseOptions;
using live::ReverseResult;

namespace {

Dialect dialectOf(const SavedConnection &connection)
{
    return connection.dialect() == connectors::Dialect::Sqlite ? Dialect::Sqlite : Dialect::Postgres;
}

/// Cards of added tables: rows of four from where they were dropped.
QPointF cardPosition(QPointF at, int index)
{
    return at + QPointF((index % 4) * 300.0, (index / 4) * 260.0);
}

/// One undo step that adds what a merge brought, and places the tables on the diagram.
QUndoCommand *addCommand(ui::ModelDocument *document, const MergedTables &merged, const QString &text, const QString &diagramId, QPointF at)
{
    auto *command = new QUndoCommand(text);
    for (const Schema &s : merged.schemas)
        new ui::ObjectCommand<Schema>(document, std::nullopt, s, text, command);
    for (const EnumType &e : merged.enums)
        new ui::ObjectCommand<EnumType>(document, std::nullopt, e, text, command);
    for (const Domain &d : merged.domains)
        new ui::ObjectCommand<Domain>(document, std::nullopt, d, text, command);
    for (const Sequence &s : merged.sequences)
        new ui::ObjectCommand<Sequence>(document, std::nullopt, s, text, command);
    ui::PlacementCommand::Placements before, after;
    for (int i = 0; i < merged.tables.size(); ++i) {
        new ui::ObjectCommand<Table>(document, std::nullopt, merged.tables[i], text, command);
        before.insert(merged.tables[i].id, std::nullopt);
        after.insert(merged.tables[i].id, Placement{cardPosition(at, i), false, {}});
    }
    const QList<Diagram> &diagrams = document->model().diagrams;
    if (std::any_of(diagrams.begin(), diagrams.end(), [&](const Diagram &d) { return d.id == diagramId; }))
        new ui::PlacementCommand(document, diagramId, before, after, text, command);
    return command;
}

} // namespace

ModelTransfers::ModelTransfers(QWidget *window, DocumentController *documents, ConnectionStore *store)
    : QObject(window), m_window(window), m_documents(documents), m_store(store), m_runner(new TaskRunner(window))
{
}

void ModelTransfers::report(const QString &what, const Error &error)
{
    if (error.code == QLatin1String(cancelledCode)) {
        emit message(tr("%1: cancelled").arg(what));
        return;
    }
    QMessageBox::warning(m_window, what, error.toString());
}

void ModelTransfers::importSqlWithDialog()
{
    const QString postgres = tr("PostgreSQL scripts (*.sql)"), sqlite = tr("SQLite scripts (*.sql)");
    QString filter = postgres;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import SQL"), {}, QStringList{postgres, sqlite, tr("All files (*)")}.join(QStringLiteral(";;")),
                                                      &filter);
    if (!path.isEmpty())
        importSql(path, filter == sqlite ? Dialect::Sqlite : Dialect::Postgres);
}

bool ModelTransfers::importSql(const QString &path, Dialect dialect)
{
    const QString name = QFileInfo(path).fileName();
    auto work = [path, dialect, name](TaskControl &control) -> Result<ImportedScript> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(file.errorString(), SourcePlace::ofSource(path), QStringLiteral("file.read"));
        return SqlImporter::import(file.readAll(), dialect, name, &control);
    };
    auto done = [this, path, name](Result<ImportedScript> imported) {
        if (!imported)
            return report(tr("Import of %1").arg(name), imported.error());
        Model model = std::move(imported->model);
        if (model.name.isEmpty())
            model.name = QFileInfo(path).completeBaseName();
        const qsizetype tables = model.tables.size();
        if (!m_documents->openUnsaved(std::move(model)))
            return;
        const QString summary = tr("Imported %1: %n table(s). The model is not saved yet.", nullptr, int(tables)).arg(name);
        emit message(summary);
        DiagnosticsDialog::showIfAny(m_window, tr("Import of %1").arg(name), summary, imported->diagnostics);
    };
    return m_runner->run<ImportedScript>(tr("Importing %1…").arg(name), work, done);
}

bool ModelTransfers::readDatabase(const QString &title, const SavedConnection &connection, const ReverseOptions &options,
                                  std::function<void(Result<ReverseResult>)> done)
{
    QWidget *window = m_window;
    const connectors::Connector::Prompt prompt = connectors::ui::PasswordPrompt::fromWorker(
        window, [window](const connectors::PasswordRequest &request) { return connectors::ui::PasswordPrompt::ask(window, request); });
    auto work = [connection, options, prompt, passwords = m_store->passwords(), make = m_store->engineMaker()](TaskControl &control) {
        control.report(0, 0, tr("Connecting to %1…").arg(connection.label()));
        auto session = ConnectionStore::open(connection, passwords, prompt, nullptr, make);
        if (!session)
            return Result<ReverseResult>(session.error());
        return live::LiveModelReader::read(**session, options, &control);
    };
    return m_runner->run<ReverseResult>(title, work, std::move(done));
}

bool ModelTransfers::reverseEngineer(const QString &connectionId)
{
    const auto connection = m_store->find(connectionId);
    if (!connection)
        return false;
    ReverseOptions options;
    options.modelName = connection->label();
    const QString label = connection->label();
    return readDatabase(tr("Reverse-engineering %1…").arg(label), *connection, options, [this, label](Result<ReverseResult> read) {
        if (!read)
            return report(tr("Reverse engineering of %1").arg(label), read.error());
        const qsizetype tables = read->model.tables.size();
        if (!m_documents->openUnsaved(std::move(read->model)))
            return;
        const QString summary = tr("Read %1 into a new model: %n table(s). The model is not saved yet.", nullptr, int(tables)).arg(label);
        emit message(summary);
        DiagnosticsDialog::showIfAny(m_window, tr("Reverse engineering of %1").arg(label), summary, read->diagnostics);
    });
}

bool ModelTransfers::addTables(const CatalogSelection &tables, const QString &diagramId, QPointF at)
{
    const auto connection = m_store->find(tables.connectionId);
    if (!connection || tables.tables.isEmpty())
        return false;
    // The whole database (which takes about a second for thousands of tables): the tables' foreign
    // keys may reference any schema, and the merge decides which of them the model can keep.
    return readDatabase(tr("Reading %n table(s) from %1…", nullptr, int(tables.tables.size())).arg(connection->label()), *connection, {},
                        [this, tables, diagramId, at, label = connection->label()](Result<ReverseResult> read) {
                            if (!read)
                                return report(tr("Tables from %1").arg(label), read.error());
                            addMerged(tables, *read, diagramId, at);
                        });
}

void ModelTransfers::addMerged(const CatalogSelection &tables, const ReverseResult &read, const QString &diagramId, QPointF at)
{
    const auto connection = m_store->find(tables.connectionId);
    const QString label = connection ? connection->label() : tables.connectionId;
    QStringList ids, missing;
    for (const auto &table : tables.tables) {
        // The model names the default schema (public, SQLite's main) by no name at all.
        const bool defaultSchema = table.schema == u"public" || (connection && connection->dialect() == connectors::Dialect::Sqlite);
        if (const Table *found = read.model.tableByName(defaultSchema ? QString() : table.schema, table.name))
            ids << found->id;
        else
            missing << table.name;
    }
    ui::ModelDocument *document = m_documents->document();
    const MergedTables merged = ModelMerge::tablesInto(document->model(), read.model, ids);
    Diagnostics notes = merged.diagnostics;
    for (const QString &name : std::as_const(missing))
        notes << Diagnostic{Severity::Info, QStringLiteral("merge.not-table"),
                            tr("%1 is not a table (views come with a whole database: reverse-engineer it)").arg(name), {}, {}};
    if (!merged.isEmpty()) {
        const QString text = merged.tables.size() == 1 ? tr("Add table %1 from %2").arg(merged.tables.first().name, label)
                                                       : tr("Add %n tables from %1", nullptr, int(merged.tables.size())).arg(label);
        document->push(addCommand(document, merged, text, diagramId, at));
        emit message(text);
    }
    const bool quiet = std::all_of(notes.begin(), notes.end(), [](const Diagnostic &d) { return d.severity == Severity::Info; });
    if (merged.isEmpty() || !quiet)
        DiagnosticsDialog::showIfAny(m_window, tr("Tables from %1").arg(label),
                                     merged.isEmpty() ? tr("Nothing was added.") : tr("Added %n table(s).", nullptr, int(merged.tables.size())),
                                     notes);
}

bool ModelTransfers::compareWithDatabase(const QString &connectionId, const QString &suggested)
{
    QString id = connectionId;
    if (id.isEmpty()) {
        QStringList labels, ids;
        for (const SavedConnection &c : m_store->connections()) {
            labels << c.label();
            ids << c.id;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(m_window, tr("Compare model with database"), tr("The database to bring to the model:"),
                                                     labels, qMax(0, ids.indexOf(suggested)), false, &ok);
        if (!ok || chosen.isEmpty())
            return false;
        id = ids.value(labels.indexOf(chosen));
    }
    const auto connection = m_store->find(id);
    if (!connection)
        return false;
    // Only the model's schemas: what else the database holds is not the model's business.
    ReverseOptions options;
    const Model &model = m_documents->document()->model();
    options.schemas << QStringLiteral("public");
    for (const Schema &schema : model.schemas)
        options.schemas << schema.name;
    const QString label = connection->label();
    const Dialect dialect = dialectOf(*connection);
    return readDatabase(tr("Reading %1…").arg(label), *connection, options, [this, id, label, dialect](Result<ReverseResult> read) {
        if (!read)
            return report(tr("Compare with %1").arg(label), read.error());
        const Migration migration = MigrationWriter::write(read->model, m_documents->document()->model(), dialect);
        auto *dialog = new MigrationDialog(migration, label, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &MigrationDialog::openInEditor, this,
                [this, id, label](const QString &sql) { emit sqlWanted(id, sql, tr("Migration of %1").arg(label)); });
        dialog->show();
    });
}

} // namespace strata::app
