#include "modeler/ui/DdlPreviewDialog.h"

#include <modeler/DdlWriter.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

namespace strata::modeler::ui {

DdlPreviewDialog::DdlPreviewDialog(const Model &model, Dialect dialect, QWidget *parent) : QDialog(parent), m_model(model)
{
    setWindowTitle(QStringLiteral("Export DDL"));
    m_dialect = new QComboBox;
    m_dialect->setObjectName(QStringLiteral("dialect"));
    m_dialect->addItem(QStringLiteral("PostgreSQL"), int(Dialect::Postgres));
    m_dialect->addItem(QStringLiteral("SQLite"), int(Dialect::Sqlite));
    m_script = new QPlainTextEdit;
    m_script->setObjectName(QStringLiteral("script"));
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diagnostics = new QListWidget;
    m_diagnostics->setObjectName(QStringLiteral("diagnostics"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_script);
    split->addWidget(m_diagnostics);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(QStringLiteral("&Save…"), QDialogButtonBox::AcceptRole);
    auto *copy = buttons->addButton(QStringLiteral("&Copy"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &DdlPreviewDialog::save);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(script()); });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("Dialect:")));
    top->addWidget(m_dialect);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(820, 640);
    setDialect(dialect);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &DdlPreviewDialog::regenerate);
    regenerate();
}

QString DdlPreviewDialog::script() const
{
    return m_script->toPlainText();
}

Dialect DdlPreviewDialog::dialect() const
{
    return Dialect(m_dialect->currentData().toInt());
}

void DdlPreviewDialog::setDialect(Dialect dialect)
{
    m_dialect->setCurrentIndex(m_dialect->findData(int(dialect)));
}

void DdlPreviewDialog::regenerate()
{
    const DdlScript ddl = DdlWriter::write(m_model, dialect());
    m_diagnostics->clear();
    for (const Diagnostic &d : ddl.diagnostics) {
        auto *item = new QListWidgetItem(d.toString(), m_diagnostics);
        item->setForeground(d.severity == Severity::Error ? QColor(0xc0, 0x26, 0x1a) : QColor(0x9a, 0x5b, 0x00));
    }
    if (ddl.diagnostics.isEmpty())
        new QListWidgetItem(QStringLiteral("Nothing lost: the model fits %1.").arg(m_dialect->currentText()), m_diagnostics);
    const bool broken = hasErrors(ddl.diagnostics);
    // A model with errors gives no script, as strata-cli ddl does.
    m_script->setPlainText(broken ? QString() : ddl.sql);
    m_save->setEnabled(!broken);
}

QString DdlPreviewDialog::saveTo(const QString &path) const
{
    const QByteArray data = script().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void DdlPreviewDialog::save()
{
    const QString suffix = dialect() == Dialect::Postgres ? QStringLiteral("postgres.sql") : QStringLiteral("sqlite.sql");
    const QString name = (m_model.name.isEmpty() ? QStringLiteral("model") : m_model.name) + u'.' + suffix;
    const QString path = QFileDialog::getSaveFileName(this, QStringLiteral("Save DDL"), name, QStringLiteral("SQL scripts (*.sql)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, QStringLiteral("Export DDL"), error);
        return;
    }
    accept();
}

} // namespace strata::modeler::ui
