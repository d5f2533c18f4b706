// The start page: what a first run (or any start without a model) shows instead of an empty diagram.
// It offers every way in — the bundled samples, a new model, a model file, a SQL script, a live
// database to reverse-engineer, the SQL editor and a plan to read — and the recent models.
#pragma once

#include <QWidget>

class QListWidget;
class QMenu;

namespace strata::connectors {
class ConnectionStore;
}

namespace strata::app {

class DocumentController;
class ModelTransfers;

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(DocumentController *documents, ModelTransfers *transfers,
                connectors::ConnectionStore *connections, QWidget *parent = nullptr);

    /// The bundled sample models: beside an installed strata (share/strata/samples), else the
    /// source tree's resources/samples.
    static QStringList sampleModels();
    /// The user's own copy of a sample (with its workload), made in Strata's data folder (samples/) the
    /// first time: what "Open the sample" opens, so that it can be edited and given data.
    static QString userCopyOf(const QString &sample);
    QListWidget *recentList() const { return m_recent; }
    /// The menu of the "Reverse-engineer" button: saved connections, then "New connection…".
    QMenu *reverseMenu() const { return m_reverseMenu; }

signals:
    void sqlEditorWanted();
    void planWanted();
    void workloadWanted();

private:
    QWidget *buildActions();
    QWidget *buildRecent();
    void fillRecent();
    void fillReverseMenu();
    void reverseWithNewConnection();

    DocumentController *m_documents;
    ModelTransfers *m_transfers;
    connectors::ConnectionStore *m_connections;
    QListWidget *m_recent = nullptr;
    QMenu *m_reverseMenu = nullptr;
};

} // namespace strata::app
