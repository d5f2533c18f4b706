#include "workload/ui/ScalingPage.h"

#include "workload/ui/BackgroundJob.h"
#include "workload/ui/JobBar.h"
#include "workload/ui/ScalingChart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <workload/ProfileReport.h>

namespace strata::workload::ui {

namespace {

// Beside the target's file, so that the data the user generated stays as it is.
QString scratchFileFor(const QString &sqlitePath)
{
    const QFileInfo file(sqlitePath);
    return file.dir().filePath(file.completeBaseName() + QStringLiteral(".scaling.sqlite"));
}

} // namespace

ScalingPage::ScalingPage(QWidget *parent)
    : QWidget(parent), m_scales(new QLineEdit(QStringLiteral("0.25, 0.5, 1, 2"), this)),
      m_predict(new QSpinBox(this)), m_executions(new QSpinBox(this)),
      m_run(new QPushButton(tr("Run scaling study"), this)), m_job(new BackgroundJob(this)),
      m_bar(new JobBar(m_job, this)), m_table(new QTableWidget(this)), m_chart(new ScalingChart(this))
{
    m_run->setObjectName(QStringLiteral("runScaling"));
    m_table->setObjectName(QStringLiteral("scalingTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildOptions());
    layout->addWidget(m_bar);
    layout->addWidget(split, 1);
    connect(m_run, &QPushButton::clicked, this, &ScalingPage::runRequested);
    connect(m_job, &BackgroundJob::started, this, [this] { m_run->setEnabled(false); });
    connect(m_job, &BackgroundJob::finished, this, [this] { m_run->setEnabled(true); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_report.statements.size())
            m_chart->setStatement(m_report.statements[row], m_report.predictRows);
    });
}

ScalingPage::~ScalingPage()
{
    m_job->cancel();
    m_job->waitForFinished();
}

QLayout *ScalingPage::buildOptions()
{
    m_scales->setToolTip(
        tr("Factors of the data part's sizes, at least two: the data is made again at each"));
    m_predict->setRange(0, std::numeric_limits<int>::max());
    m_predict->setValue(1000000);
    m_predict->setGroupSeparatorShown(true);
    m_predict->setSpecialValueText(tr("no prediction"));
    m_predict->setToolTip(
        tr("Predict each statement's latency when the largest table it reads has this many rows"));
    m_executions->setRange(10, 1000000);
    m_executions->setValue(300);
    m_executions->setToolTip(tr("Executions of the workload at each size"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Sizes ×"), this));
    row->addWidget(m_scales);
    row->addWidget(new QLabel(tr("Executions each:"), this));
    row->addWidget(m_executions);
    row->addWidget(new QLabel(tr("Predict at rows:"), this));
    row->addWidget(m_predict);
    row->addStretch();
    row->addWidget(m_run);
    return row;
}

void ScalingPage::setScales(const QString &scales)
{
    m_scales->setText(scales);
}

void ScalingPage::setPredictRows(qint64 rows)
{
    m_predict->setValue(int(std::min<qint64>(rows, std::numeric_limits<int>::max())));
}

void ScalingPage::setExecutions(int executions)
{
    m_executions->setValue(executions);
}

void ScalingPage::showProblem(const QString &text)
{
    m_bar->setMessage(text);
}

Result<QList<double>> ScalingPage::scales() const
{
    QList<double> out;
    for (const QString &part : m_scales->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double f = QLocale::c().toDouble(part.trimmed(), &ok);
        if (!ok || f <= 0)
            return Error(tr("the size “%1” is not a number above 0").arg(part.trimmed()));
        out << f;
    }
    if (out.size() < 2)
        return Error(tr("give two sizes or more, such as 0.25, 0.5, 1, 2"));
    return out;
}

bool ScalingPage::run(const modeler::Model &model, const Workload &workload, const WorkloadTarget &target,
                      SynthOptions synth)
{
    if (m_job->isRunning())
        return false;
    auto factors = scales();
    if (!factors) {
        m_bar->setMessage(factors.error().message);
        return false;
    }
    ProfileOptions profile;
    profile.iterations = m_executions->value();
    profile.seed = synth.seed;
    const qint64 predictRows = m_predict->value();
    const int sizes = int(factors->size());
    m_size = 0;
    m_doneAtSize.clear();
    QPointer<ScalingPage> self(this);
    synth.onProgress = [self, job = m_job, sizes, f = *factors](const TableProgress &p) {
        job->post([self, p, sizes, f] {
            if (self)
                self->trackSize(p, sizes, f);
        });
    };
    const QString scratch = target.isSqliteFile() ? scratchFileFor(target.sqlitePath()) : QString();
    return m_job->run<ScalingReport>(
        [model, workload, target, factors = *factors, predictRows, synth, profile,
         scratch](TaskControl &control) -> Result<ScalingReport> {
            const WorkloadTarget where = target.isSqliteFile() ? target.withSqlitePath(scratch) : target;
            ScalingTarget study{where.isSqliteFile(), where.sqlitePath(), [where] {
                                    return where.open();
                                }};
            auto report =
                ScalingStudy::run(model, workload, study, factors, predictRows, synth, profile, &control);
            if (!scratch.isEmpty())
                QFile::remove(scratch);
            return report;
        },
        [this](const Result<ScalingReport> &report) {
            if (report)
                showReport(*report);
            else
                m_bar->showStopped(report.error(), tr("Cancelled: no curve was fitted"),
                                   tr("The study stopped: %1"));
            emit finished(report.ok());
        });
}

void ScalingPage::trackSize(const TableProgress &progress, int sizes, const QList<double> &factors)
{
    // A table seen done at this size that starts again means the next size has begun.
    if (m_size == 0 ||
        (m_doneAtSize.contains(progress.table) && progress.state != TableProgress::State::Done)) {
        ++m_size;
        m_doneAtSize.clear();
    }
    if (progress.state == TableProgress::State::Done)
        m_doneAtSize.insert(progress.table);
    m_bar->setStepPrefix(tr("Size %1 of %2 (×%3): ").arg(m_size).arg(sizes).arg(factors.value(m_size - 1)));
}

void ScalingPage::showReport(const ScalingReport &report)
{
    m_report = report;
    QStringList titles{tr("Statement"), tr("n: rows of")};
    for (int i = 0; i < report.scales.size(); ++i)
        titles << tr("×%1 median ms").arg(report.scales[i]);
    titles << tr("Grows like") << tr("Prediction");
    m_table->clear();
    m_table->setColumnCount(int(titles.size()));
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setRowCount(int(report.statements.size()));
    for (int r = 0; r < report.statements.size(); ++r) {
        const StatementScaling &s = report.statements[r];
        QStringList cells{s.name, s.table.isEmpty() ? tr("all tables") : s.table};
        for (int i = 0; i < report.scales.size(); ++i)
            cells << ProfileReport::milliseconds(s.medianMs.value(i));
        cells << s.verdict << report.prediction(s);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    QStringList rows;
    for (int i = 0; i < report.scales.size(); ++i)
        rows << tr("×%1: %2 rows").arg(report.scales[i]).arg(QLocale().toString(report.totalRows.value(i)));
    m_bar->showDone(tr("Measured at %1").arg(rows.join(QStringLiteral(", "))));
    if (!report.statements.isEmpty())
        m_table->setCurrentCell(0, 0);
}

} // namespace strata::workload::ui
