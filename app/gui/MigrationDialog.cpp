#include "MigrationDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QVBoxLayout>

namespace strata::app {

MigrationDialog::MigrationDialog(const modeler::Migration &migration, const QString &database, QWidget *parent)
    : QDialog(parent), m_script(new QPlainTextEdit(this)), m_notes(new QListWidget(this))
{
    setObjectName(QStringLiteral("migrationDialog"));
    setWindowTitle(tr("Migration of %1").arg(database));
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setText(migration.isEmpty() ? tr("%1 matches the model: there is nothing to change.").arg(database)
                                         : tr("%n statement(s) bring %1 to the model. Nothing has run.", nullptr, int(migration.steps.size()))
                                               .arg(database));
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString &risk : migration.riskSummary())
        new QListWidgetItem(warning, risk, m_notes);
    for (const Diagnostic &d : migration.diagnostics) {
        const QStyle::StandardPixmap icon = d.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                            : d.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                              : QStyle::SP_MessageBoxInformation;
        new QListWidgetItem(style()->standardIcon(icon), d.toString(), m_notes);
    }
    m_notes->setVisible(m_notes->count() > 0);
    m_notes->setMaximumHeight(140);
    m_script->setReadOnly(true);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setPlainText(migration.sql);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("Open in SQL editor"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openInEditor"));
    m_open->setEnabled(!migration.isEmpty());
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit openInEditor(script());
        accept();
    });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(script()); });
    connect(saveButton, &QPushButton::clicked, this, &MigrationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_script, 1);
    layout->addWidget(buttons);
    resize(860, 620);
}

QString MigrationDialog::script() const
{
    return m_script->toPlainText();
}

void MigrationDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save migration"), QStringLiteral("migration.sql"),
                                                      tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(script().toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save migration"), tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace strata::app
