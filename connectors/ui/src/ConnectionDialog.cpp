#include "connectors/ui/ConnectionDialog.h"

#include <connectors/ConnectionStore.h>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QtConcurrent>
#include <QToolButton>

namespace strata::connectors::ui {

namespace {

enum Page { FieldsPage, TextPage, ServicePage, SqlitePage };

Page pageOf(ConnectionForm form)
{
    switch (form) {
    case ConnectionForm::Fields:
        return FieldsPage;
    case ConnectionForm::Conninfo:
    case ConnectionForm::Uri:
        return TextPage;
    case ConnectionForm::Service:
        return ServicePage;
    case ConnectionForm::SqliteFile:
        return SqlitePage;
    }
    return FieldsPage;
}

// Runs on a pool thread: never touches a widget.
std::pair<bool, QString> tryConnection(const SavedConnection &connection, const QString &password,
                                       PasswordStore *passwords)
{
    Result<std::unique_ptr<Session>> session = Error(QStringLiteral("not tried"));
    if (password.isEmpty()) {
        session = ConnectionStore::open(connection, passwords, {});
    } else {
        auto spec = connection.spec();
        session = spec ? Session::open(*spec, password) : Result<std::unique_ptr<Session>>(spec.error());
    }
    if (!session)
        return {false, session.error().toString()};
    const QString engine =
        (*session)->dialect() == Dialect::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    return {true, QObject::tr("Connected to %1 %2 as %3")
                      .arg(engine, (*session)->serverVersion(), (*session)->displayName())};
}

} // namespace

ConnectionDialog::ConnectionDialog(PasswordStore *passwords, QWidget *parent)
    : QDialog(parent), m_passwords(passwords), m_name(new QLineEdit(this)), m_form(new QComboBox(this)),
      m_password(new QLineEdit(this)),
      m_savePassword(new QCheckBox(tr("Keep it in the system keychain"), this)),
      m_production(new QCheckBox(tr("Production: ask before statements that write"), this)),
      m_testButton(new QPushButton(tr("Test"), this)), m_testResult(new QLabel(this))
{
    setWindowTitle(tr("Connection"));
    setMinimumWidth(560);
    m_form->addItems({tr("PostgreSQL: host and database"), tr("PostgreSQL: connection string"),
                      tr("PostgreSQL: URI"), tr("PostgreSQL: service"), tr("SQLite file")});
    m_name->setPlaceholderText(tr("shown in the tabs and the history"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to use ~/.pgpass, PGPASSWORD or the keychain"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_form);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buildPostgresPages());
    layout->addWidget(buildSslGroup());
    m_passwordRow = new QWidget(this);
    auto *passwordForm = new QFormLayout(m_passwordRow);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(tr("Password"), m_password);
    passwordForm->addRow(QString(), m_savePassword);
    layout->addWidget(m_passwordRow);
    layout->addWidget(m_production);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &QComboBox::currentIndexChanged, this, &ConnectionDialog::formChanged);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(&m_testWatcher, &QFutureWatcher<std::pair<bool, QString>>::finished, this, [this] {
        const auto [ok, text] = m_testWatcher.result();
        m_testText = text;
        m_testResult->setText(text);
        m_testResult->setStyleSheet(ok ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
        m_testButton->setEnabled(true);
        emit testFinished(ok);
    });
    formChanged();
}

ConnectionDialog::~ConnectionDialog()
{
    m_testWatcher.waitForFinished();
}

QWidget *ConnectionDialog::buildPostgresPages()
{
    // One stacked widget: the pages for fields, text (conninfo or URI), service and SQLite file.
    auto *pages = new QStackedWidget(this);
    auto *fields = new QWidget(pages);
    auto *f = new QFormLayout(fields);
    m_host = new QLineEdit(fields);
    m_host->setPlaceholderText(tr("localhost, or a socket folder"));
    m_port = new QSpinBox(fields);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database = new QLineEdit(fields);
    m_user = new QLineEdit(fields);
    f->addRow(tr("Host"), m_host);
    f->addRow(tr("Port"), m_port);
    f->addRow(tr("Database"), m_database);
    f->addRow(tr("User"), m_user);
    auto *text = new QWidget(pages);
    auto *t = new QFormLayout(text);
    m_text = new QLineEdit(text);
    t->addRow(tr("Connect to"), m_text);
    auto *service = new QWidget(pages);
    auto *s = new QFormLayout(service);
    m_service = new QLineEdit(service);
    m_service->setPlaceholderText(tr("a name from pg_service.conf"));
    m_serviceDatabase = new QLineEdit(service);
    m_serviceDatabase->setPlaceholderText(tr("the service's"));
    m_serviceUser = new QLineEdit(service);
    m_serviceUser->setPlaceholderText(tr("the service's"));
    s->addRow(tr("Service"), m_service);
    s->addRow(tr("Database"), m_serviceDatabase);
    s->addRow(tr("User"), m_serviceUser);
    auto *sqlite = new QWidget(pages);
    auto *q = new QFormLayout(sqlite);
    QWidget *pathRow = nullptr;
    m_path = fileField(tr("a .db, .sqlite or .sqlite3 file"), &pathRow);
    q->addRow(tr("File"), pathRow);
    for (QWidget *page : {fields, text, service, sqlite})
        pages->addWidget(page);
    m_pages = pages;
    return pages;
}

QWidget *ConnectionDialog::buildSslGroup()
{
    m_ssl = new QGroupBox(tr("SSL"), this);
    auto *form = new QFormLayout(m_ssl);
    m_sslMode = new QComboBox(m_ssl);
    m_sslMode->addItem(tr("libpq's default (prefer)"), QString());
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QLatin1String(mode), QLatin1String(mode));
    QWidget *root = nullptr, *cert = nullptr, *key = nullptr;
    m_sslRootCert = fileField(tr("root certificate (sslrootcert)"), &root);
    m_sslCert = fileField(tr("client certificate (sslcert)"), &cert);
    m_sslKey = fileField(tr("client key (sslkey)"), &key);
    form->addRow(tr("Mode"), m_sslMode);
    form->addRow(tr("Root certificate"), root);
    form->addRow(tr("Certificate"), cert);
    form->addRow(tr("Key"), key);
    return m_ssl;
}

QLineEdit *ConnectionDialog::fileField(const QString &placeholder, QWidget **row)
{
    *row = new QWidget(this);
    auto *layout = new QHBoxLayout(*row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(*row);
    edit->setPlaceholderText(placeholder);
    auto *browse = new QToolButton(*row);
    browse->setText(QStringLiteral("…"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return edit;
}

void ConnectionDialog::formChanged()
{
    const auto form = ConnectionForm(m_form->currentIndex());
    m_pages->setCurrentIndex(pageOf(form));
    m_text->setPlaceholderText(form == ConnectionForm::Uri
                                   ? QStringLiteral("postgresql://alice@db.example.com/shop")
                                   : QStringLiteral("host=db.example.com dbname=shop user=alice"));
    const bool postgres = form != ConnectionForm::SqliteFile;
    m_ssl->setVisible(postgres);
    m_passwordRow->setVisible(postgres);
}

void ConnectionDialog::setConnection(const SavedConnection &c)
{
    m_id = c.id;
    m_name->setText(c.name);
    m_form->setCurrentIndex(int(c.form));
    m_host->setText(c.host);
    m_port->setValue(c.port);
    m_database->setText(c.form == ConnectionForm::Fields ? c.database : QString());
    m_user->setText(c.form == ConnectionForm::Fields ? c.user : QString());
    m_text->setText(c.text);
    m_service->setText(c.service);
    m_serviceDatabase->setText(c.form == ConnectionForm::Service ? c.database : QString());
    m_serviceUser->setText(c.form == ConnectionForm::Service ? c.user : QString());
    m_path->setText(c.path);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(c.sslMode)));
    m_sslRootCert->setText(c.sslRootCert);
    m_sslCert->setText(c.sslCert);
    m_sslKey->setText(c.sslKey);
    m_production->setChecked(c.production);
    m_testText.clear();
    m_testResult->clear(); // a test of what was shown before says nothing about this one
    formChanged();
}

SavedConnection ConnectionDialog::connection() const
{
    SavedConnection c;
    c.id = m_id;
    c.name = m_name->text().trimmed();
    c.form = ConnectionForm(m_form->currentIndex());
    switch (c.form) {
    case ConnectionForm::Fields:
        c.host = m_host->text().trimmed();
        c.port = m_port->value();
        c.database = m_database->text().trimmed();
        c.user = m_user->text().trimmed();
        break;
    case ConnectionForm::Conninfo:
    case ConnectionForm::Uri:
        c.text = m_text->text().trimmed();
        break;
    case ConnectionForm::Service:
        c.service = m_service->text().trimmed();
        c.database = m_serviceDatabase->text().trimmed();
        c.user = m_serviceUser->text().trimmed();
        break;
    case ConnectionForm::SqliteFile:
        c.path = m_path->text().trimmed();
        break;
    }
    if (c.form != ConnectionForm::SqliteFile) {
        c.sslMode = m_sslMode->currentData().toString();
        c.sslRootCert = m_sslRootCert->text().trimmed();
        c.sslCert = m_sslCert->text().trimmed();
        c.sslKey = m_sslKey->text().trimmed();
    }
    c.production = m_production->isChecked();
    return c;
}

std::optional<QString> ConnectionDialog::password() const
{
    if (!m_savePassword->isChecked() || ConnectionForm(m_form->currentIndex()) == ConnectionForm::SqliteFile)
        return std::nullopt;
    return m_password->text();
}

void ConnectionDialog::test()
{
    if (m_testWatcher.isRunning())
        return;
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet({});
    m_testResult->setText(tr("Connecting…"));
    const SavedConnection c = connection();
    const QString password = m_password->text();
    PasswordStore *passwords = m_passwords;
    m_testWatcher.setFuture(
        QtConcurrent::run([c, password, passwords] { return tryConnection(c, password, passwords); }));
}

QString ConnectionDialog::testResult() const
{
    return m_testText;
}

} // namespace strata::connectors::ui
