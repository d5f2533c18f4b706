#include "workload/ui/WorkloadEditor.h"

#include <connectors/ui/SqlEditor.h>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

namespace strata::workload::ui {

namespace {

QToolButton *toolButton(const QString &text, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setAutoRaise(true);
    return b;
}

} // namespace

WorkloadEditor::WorkloadEditor(QWidget *parent)
    : QWidget(parent), m_editor(new connectors::ui::SqlEditor(this)), m_file(new QLabel(this))
{
    m_editor->setObjectName(QStringLiteral("workloadText"));
    m_editor->setDialect(connectors::Dialect::Postgres); // workloads are written with PostgreSQL's $n
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setPath({});
    auto *open = toolButton(tr("Open…"), this);
    auto *save = toolButton(tr("Save"), this);
    auto *saveAs = toolButton(tr("Save as…"), this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_file, 1);
    bar->addWidget(open);
    bar->addWidget(save);
    bar->addWidget(saveAs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_editor, 1);
    connect(open, &QToolButton::clicked, this, &WorkloadEditor::openWithDialog);
    connect(save, &QToolButton::clicked, this, [this] { this->save(false); });
    connect(saveAs, &QToolButton::clicked, this, [this] { this->save(true); });
    connect(m_editor, &connectors::ui::SqlEditor::runStatementRequested, this, &WorkloadEditor::runRequested);
    connect(m_editor, &connectors::ui::SqlEditor::runScriptRequested, this, &WorkloadEditor::runRequested);
}

Result<Workload> WorkloadEditor::workload()
{
    m_editor->clearErrors();
    const QString source = m_path.isEmpty() ? tr("workload") : QFileInfo(m_path).fileName();
    auto parsed = Workload::parse(m_editor->text(), source);
    if (!parsed && parsed.error().place.line > 0)
        m_editor->markErrorAt(parsed.error().place.line, parsed.error().place.column, parsed.error().message);
    return parsed;
}

void WorkloadEditor::setText(const QString &text)
{
    m_editor->setText(text);
}

QString WorkloadEditor::text() const
{
    return m_editor->text();
}

void WorkloadEditor::setPath(const QString &path)
{
    m_path = path;
    m_file->setText(path.isEmpty() ? tr("Workload (not saved)")
                                   : tr("Workload: %1").arg(QFileInfo(path).fileName()));
    m_file->setToolTip(path);
}

Result<void> WorkloadEditor::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read the file: %1").arg(file.errorString()), SourcePlace::ofSource(path));
    m_editor->setText(QString::fromUtf8(file.readAll()));
    setPath(path);
    return Result<void>::success();
}

Result<void> WorkloadEditor::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->text().toUtf8()) < 0 || !file.commit())
        return Error(tr("cannot write the file: %1").arg(file.errorString()), SourcePlace::ofSource(path));
    setPath(path);
    emit message(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return Result<void>::success();
}

void WorkloadEditor::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a workload"), QFileInfo(m_path).path(),
                                                      tr("Workloads (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto opened = openFile(path); !opened)
        QMessageBox::warning(this, tr("Open a workload"), opened.error().toString());
}

void WorkloadEditor::save(bool askForName)
{
    QString path = m_path;
    if (askForName || path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Save the workload"), m_path, tr("Workloads (*.sql)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveTo(path); !saved)
        QMessageBox::warning(this, tr("Save the workload"), saved.error().toString());
}

} // namespace strata::workload::ui
