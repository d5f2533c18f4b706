// The workload file being written: the SQL editor (highlighting, folding, error marks) with Open,
// Save and Save as. Statements sit under "-- name:" headers (docs/workload.md); a file that does not
// parse gets the error marked where the parser points.
#pragma once

#include <QWidget>
#include <workload/Workload.h>

class QLabel;
class QToolButton;

namespace strata::connectors::ui {
class SqlEditor;
}

namespace strata::workload::ui {

class WorkloadEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WorkloadEditor(QWidget *parent = nullptr);

    /// The workload as written; an Error (also marked in the editor) when it does not parse.
    Result<Workload> workload();

    Result<void> openFile(const QString &path);
    Result<void> saveTo(const QString &path);
    QString filePath() const { return m_path; }
    void setText(const QString &text);
    QString text() const;
    connectors::ui::SqlEditor *editor() const { return m_editor; }

signals:
    /// Ctrl+Enter in the editor: run the workload.
    void runRequested();
    void message(const QString &text);

private:
    void openWithDialog();
    void save(bool askForName);
    void setPath(const QString &path);

    connectors::ui::SqlEditor *m_editor;
    QLabel *m_file;
    QString m_path;
};

} // namespace strata::workload::ui
