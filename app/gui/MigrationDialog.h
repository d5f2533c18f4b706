// "Compare model with database": the migration script that brings the database to the model, shown
// before anything runs, with its risky steps listed above it and what it cannot do below. It can be
// opened in a SQL editor tab on that connection (to read, change and run there), copied or saved.
#pragma once

#include <modeler/MigrationWriter.h>

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace strata::app {

class MigrationDialog : public QDialog
{
    Q_OBJECT

public:
    MigrationDialog(const modeler::Migration &migration, const QString &database, QWidget *parent = nullptr);

    QString script() const;
    QPushButton *openButton() const { return m_open; }
    QListWidget *notes() const { return m_notes; }

signals:
    void openInEditor(const QString &sql);

private:
    void save();

    QPlainTextEdit *m_script;
    QListWidget *m_notes;
    QPushButton *m_open;
};

} // namespace strata::app
