// Export DDL: the model's script for PostgreSQL or SQLite, shown before it is saved, with every
// warning of what the dialect cannot hold; Save writes it atomically, Copy puts it on the clipboard.
#pragma once

#include <modeler/Dialect.h>
#include <modeler/Model.h>

#include <QDialog>

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace strata::modeler::ui {

class DdlPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    DdlPreviewDialog(const Model &model, Dialect dialect, QWidget *parent = nullptr);

    QString script() const;
    Dialect dialect() const;
    void setDialect(Dialect dialect);
    /// Writes the script shown to a file; returns an error message, empty on success.
    QString saveTo(const QString &path) const;

private:
    void regenerate();
    void save();

    Model m_model;
    QComboBox *m_dialect;
    QPlainTextEdit *m_script;
    QListWidget *m_diagnostics;
    QPushButton *m_save;
};

} // namespace strata::modeler::ui
