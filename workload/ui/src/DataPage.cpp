#include "workload/ui/DataPage.h"

#include "workload/ui/BackgroundJob.h"
#include "workload/ui/JobBar.h"
#include "workload/ui/NotesList.h"
#include "workload/ui/SynthProgressList.h"
#include "workload/ui/TableSizesEditor.h"

#include <connectors/CatalogReader.h>
#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <workload/Synthesizer.h>

namespace strata::workload::ui {

using namespace strata::connectors;

/// What a run came back with, made on the worker.
struct DataPage::Outcome
{
    Result<SynthReport> report = Error(QString());
    QString leftOver; ///< after a failure or cancel: what the target holds now
};

namespace {

// The model's tables that the target holds now, read from its catalog: after a rolled-back run these
// can only be tables an earlier run made.
QString whatIsLeft(const modeler::Model &model, const WorkloadTarget &target)
{
    if (target.isSqliteFile() && !QFileInfo::exists(target.sqlitePath()))
        return QObject::tr("No file was written (%1 does not exist).")
            .arg(QFileInfo(target.sqlitePath()).fileName());
    auto session = target.open();
    auto catalog = session ? CatalogReader::read(**session) : Result<Catalog>((session.error()));
    if (!catalog)
        return QObject::tr("What the target holds could not be read: %1").arg(catalog.error().message);
    QStringList present;
    for (const modeler::Table &t : model.tables) {
        // SQLite has no schemas: synth makes every table in "main". Elsewhere, the default schema
        // is whichever the search path gives.
        const QString schema = target.isSqliteFile() ? QString() : model.schemaName(t.schemaId);
        if (catalog->findTable(schema, t.name, true))
            present << model.qualifiedName(t);
    }
    if (present.isEmpty())
        return QObject::tr("%1 holds none of the model's tables.").arg(target.displayName());
    return QObject::tr("%1 still holds %2 of the model's tables from before this run (%3).")
        .arg(target.displayName())
        .arg(present.size())
        .arg(present.mid(0, 5).join(QStringLiteral(", ")) +
             (present.size() > 5 ? QStringLiteral(", …") : QString()));
}

} // namespace

DataPage::DataPage(QWidget *parent)
    : QWidget(parent), m_sizes(new TableSizesEditor(this)),
      m_replace(new QCheckBox(tr("Replace existing data"), this)),
      m_generate(new QPushButton(tr("Generate data"), this)), m_job(new BackgroundJob(this)),
      m_bar(new JobBar(m_job, this)), m_progress(new SynthProgressList(this)), m_notes(new NotesList(this))
{
    m_generate->setObjectName(QStringLiteral("generateData"));
    m_replace->setChecked(true);
    m_replace->setToolTip(tr(
        "A SQLite file is made again; in PostgreSQL the model's tables, views and types are dropped first"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replace);
    buttons->addStretch();
    buttons->addWidget(m_generate);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_sizes);
    split->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_bar);
    layout->addWidget(m_notes);
    connect(m_generate, &QPushButton::clicked, this, &DataPage::generateRequested);
    connect(m_job, &BackgroundJob::started, this, [this] { m_generate->setEnabled(false); });
    connect(m_job, &BackgroundJob::finished, this, [this] { m_generate->setEnabled(true); });
}

DataPage::~DataPage()
{
    m_job->cancel();
    m_job->waitForFinished();
}

void DataPage::setModel(const modeler::Model &model)
{
    m_sizes->setModel(model);
}

void DataPage::showProblem(const QString &text)
{
    m_bar->setMessage(text);
}

bool DataPage::generate(const modeler::Model &model, const WorkloadTarget &target)
{
    if (m_job->isRunning())
        return false;
    SynthOptions options = m_sizes->options();
    options.replace = m_replace->isChecked();
    m_progress->reset(m_sizes->plannedRows());
    m_notes->clearNotes();
    auto outcome = std::make_shared<Outcome>();
    QPointer<DataPage> self(this);
    options.onProgress = [self, job = m_job](const TableProgress &p) {
        job->post([self, p] {
            if (self)
                self->m_progress->update(p);
        });
    };
    m_job->start(
        [model, target, options, outcome](TaskControl &control) {
            if (target.isSqliteFile()) {
                outcome->report = Synthesizer::toSqliteFile(model, target.sqlitePath(), options, &control);
            } else if (auto session = target.open()) {
                outcome->report = Synthesizer::run(model, **session, options, &control);
            } else {
                outcome->report = session.error();
            }
            if (!outcome->report)
                outcome->leftOver = whatIsLeft(model, target);
        },
        [this, outcome, where = target.displayName(), seed = options.seed] {
            showOutcome(*outcome, where, seed);
        });
    return true;
}

void DataPage::showOutcome(const Outcome &outcome, const QString &where, quint64 seed)
{
    const QLocale locale;
    if (outcome.report) {
        m_report = *outcome.report;
        m_notes->setNotes(m_report.diagnostics);
        m_bar->showDone(tr("Filled %1 (seed %2): %3 tables, %4 rows in %5 s")
                            .arg(where)
                            .arg(seed)
                            .arg(m_report.tables.size())
                            .arg(locale.toString(m_report.totalRows))
                            .arg(QString::number(m_report.seconds, 'f', 1)));
        emit finished(true);
        return;
    }
    const Error &error = outcome.report.error();
    const QString what = error.code == QLatin1String(cancelledCode)
                             ? tr("Cancelled: the run was rolled back.")
                             : tr("Generation failed, and was rolled back: %1")
                                   .arg(error.place.isKnown() ? error.toString() : error.message);
    m_bar->setMessage(what + QLatin1Char(' ') + outcome.leftOver);
    emit finished(false);
}

} // namespace strata::workload::ui
