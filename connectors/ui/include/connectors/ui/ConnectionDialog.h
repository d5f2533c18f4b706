// Edits one saved connection: PostgreSQL by host/port/database/user, a conninfo string, a URI or a
// service, with SSL mode and certificate files; or a SQLite file. The password (PostgreSQL) goes to
// the keychain, never to the settings. "Production" makes statements that write ask first. Test
// connects on a pool thread and says what it found.
#pragma once

#include <connectors/PasswordStore.h>
#include <connectors/SavedConnection.h>
#include <optional>
#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QGroupBox;
class QPushButton;

namespace strata::connectors::ui {

class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(PasswordStore *passwords, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setConnection(const SavedConnection &connection);
    /// What the fields say (the id of the connection given to setConnection, or none).
    SavedConnection connection() const;
    /// The password to keep: a value when "save the password" is ticked (empty forgets it).
    std::optional<QString> password() const;
    /// Connects with what the fields say; testFinished() follows.
    void test();
    QString testResult() const;

signals:
    void testFinished(bool ok);

private:
    QWidget *buildPostgresPages();
    QWidget *buildSslGroup();
    QLineEdit *fileField(const QString &placeholder, QWidget **row);
    void formChanged();

    PasswordStore *m_passwords;
    QString m_id;
    QLineEdit *m_name;
    QComboBox *m_form;
    QStackedWidget *m_pages;
    QLineEdit *m_host, *m_database, *m_user, *m_text, *m_service, *m_serviceDatabase, *m_serviceUser, *m_path;
    QSpinBox *m_port;
    QGroupBox *m_ssl;
    QComboBox *m_sslMode;
    QLineEdit *m_sslRootCert, *m_sslCert, *m_sslKey;
    QWidget *m_passwordRow;
    QLineEdit *m_password;
    QCheckBox *m_savePassword, *m_production;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QFutureWatcher<std::pair<bool, QString>> m_testWatcher; // connected, and what to say
    QString m_testText;
};

} // namespace strata::connectors::ui
