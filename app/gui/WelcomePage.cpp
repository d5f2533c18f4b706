#include "WelcomePage.h"

#include "DocumentController.h"
#include "ModelTransfers.h"
#include "RecentFiles.h"

#include <connectors/ConnectionStore.h>
#include <connectors/ui/ConnectionManager.h>
#include <connectors/ui/SqlWorkbench.h>
#include <modeler/ModelFile.h>
#include <workload/Workload.h>
#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QVBoxLayout>

namespace strata::app {

namespace {

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// "18 tables, 1 view" — what a sample holds, read from the file (a broken one says so).
QString describeSample(const QString &path)
{
    const auto model = modeler::ModelFile::load(path);
    if (!model)
        return model.error().toString();
    QString text = QObject::tr("%n table(s)", nullptr, int(model->tables.size())); // EnglishPlurals
    if (!model->views.empty())
        text += QObject::tr(", %n view(s)", nullptr, int(model->views.size()));
    if (QFileInfo::exists(workload::Workload::besideModel(path)))
        text += QObject::tr(", and a workload to profile");
    return text;
}

} // namespace

WelcomePage::WelcomePage(DocumentController *documents, ModelTransfers *transfers,
                         connectors::ConnectionStore *connections, QWidget *parent)
    : QWidget(parent), m_documents(documents), m_transfers(transfers), m_connections(connections)
{
    setObjectName(QStringLiteral("startPage")); // its mode in ModeLayouts: no docks
    auto *title =
        new QLabel(tr("<h1>Strata</h1><p>Design a schema as a diagram and export its DDL; read and compare "
                      "execution plans; fill the schema with realistic data and profile a workload on it "
                      "— on your laptop, before anything touches production.</p>"));
    title->setWordWrap(true);
    auto *columns = new QHBoxLayout;
    columns->addWidget(buildActions(), 3);
    columns->addSpacing(24);
    columns->addWidget(buildRecent(), 2);
    auto *inner = new QVBoxLayout;
    inner->addWidget(title);
    inner->addSpacing(12);
    inner->addLayout(columns, 1);
    auto *outer = new QHBoxLayout(this); // a readable width, centred, however wide the window
    outer->addStretch(1);
    auto *body = new QWidget;
    body->setLayout(inner);
    body->setMaximumWidth(1000);
    outer->addWidget(body, 6);
    outer->addStretch(1);
    connect(m_documents->recentFiles(), &RecentFiles::changed, this, &WelcomePage::fillRecent);
}

QStringList WelcomePage::sampleModels()
{
    const QStringList folders{QCoreApplication::applicationDirPath() +
                                  QStringLiteral("/../share/strata/samples"),
                              QStringLiteral(STRATA_SAMPLES_DIR)};
    for (const QString &folder : folders) {
        QStringList found;
        for (const QFileInfo &file :
             QDir(folder).entryInfoList({QStringLiteral("*.strata")}, QDir::Files, QDir::Name))
            found << file.absoluteFilePath();
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QString WelcomePage::userCopyOf(const QString &sample)
{
    // Installed samples are read-only, and the data generated for a model goes beside it: the user
    // works on a copy of their own (made once; later edits of it are theirs to keep).
    const QDir copies(connectors::ui::SqlWorkbench::defaultDataDir() + QStringLiteral("/samples")); // beside the tabs and history
    if (!copies.mkpath(QStringLiteral(".")))
        return sample;
    const QFileInfo original(sample);
    for (const QString &from : {sample, workload::Workload::besideModel(sample)}) {
        const QString copy = copies.filePath(QFileInfo(from).fileName());
        if (!QFileInfo::exists(from) || QFileInfo::exists(copy))
            continue;
        if (!QFile::copy(from, copy))
            return sample;
        QFile(copy).setPermissions(QFile(copy).permissions() | QFileDevice::WriteOwner);
    }
    return copies.filePath(original.fileName());
}

QWidget *WelcomePage::buildActions()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Start")));
    auto add = [layout](const QString &name, const QString &text, const QString &description) {
        auto *button = new QCommandLinkButton(text, description);
        button->setObjectName(name);
        layout->addWidget(button);
        return button;
    };
    for (const QString &sample : sampleModels()) {
        QCommandLinkButton *open = add(
            QStringLiteral("openSample"),
            tr("Open the sample model %1").arg(QFileInfo(sample).completeBaseName()), describeSample(sample));
        connect(open, &QAbstractButton::clicked, this,
                [this, sample] { m_documents->open(userCopyOf(sample)); });
    }
    connect(add(QStringLiteral("newModel"), tr("New model"),
                tr("An empty model: draw tables on a diagram (Ctrl+T)")),
            &QAbstractButton::clicked, m_documents, &DocumentController::newModel);
    connect(add(QStringLiteral("openModel"), tr("Open a model…"), tr("A .strata file")),
            &QAbstractButton::clicked, m_documents, &DocumentController::openWithDialog);
    connect(add(QStringLiteral("importSqlScript"), tr("Import a SQL script…"),
                tr("The DDL of a PostgreSQL or SQLite database, e.g. pg_dump --schema-only")),
            &QAbstractButton::clicked, m_transfers, &ModelTransfers::importSqlWithDialog);
    QCommandLinkButton *reverse =
        add(QStringLiteral("reverseDatabase"), tr("Reverse-engineer a database…"),
            tr("Read the schema of a live PostgreSQL or SQLite database into a new model"));
    m_reverseMenu = new QMenu(reverse);
    reverse->setMenu(m_reverseMenu);
    connect(m_reverseMenu, &QMenu::aboutToShow, this, &WelcomePage::fillReverseMenu);
    connect(add(QStringLiteral("querySql"), tr("Query a database"),
                tr("The SQL editor: run statements, explain them, see the results")),
            &QAbstractButton::clicked, this, &WelcomePage::sqlEditorWanted);
    connect(add(QStringLiteral("readPlan"), tr("Read an execution plan"),
                tr("Paste or drop EXPLAIN output of PostgreSQL or SQLite")),
            &QAbstractButton::clicked, this, &WelcomePage::planWanted);
    connect(add(QStringLiteral("profileWorkload"), tr("Profile a workload"),
                tr("Fill the model with realistic synthetic data, run its queries, get latency percentiles "
                   "and index advice")),
            &QAbstractButton::clicked, this, &WelcomePage::workloadWanted);
    layout->addStretch(1);
    return box;
}

QWidget *WelcomePage::buildRecent()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Recent models")));
    m_recent = new QListWidget;
    m_recent->setObjectName(QStringLiteral("recentModels"));
    m_recent->setMaximumHeight(360);
    layout->addWidget(m_recent);
    layout->addStretch(1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const QString path = item->data(Qt::UserRole).toString(); !path.isEmpty())
            m_documents->open(path);
    });
    fillRecent();
    return box;
}

void WelcomePage::fillRecent()
{
    m_recent->clear();
    for (const QString &path : m_documents->recentFiles()->files()) {
        if (!QFileInfo::exists(path))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(
            QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        item->setData(Qt::UserRole, path);
        item->setToolTip(tr("Double-click to open"));
        m_recent->addItem(item);
    }
    if (m_recent->count() == 0) // said, not blank
        m_recent->addItem(tr("Models you open or save appear here."));
}

void WelcomePage::fillReverseMenu()
{
    m_reverseMenu->clear();
    for (const connectors::SavedConnection &connection : m_connections->connections()) {
        if (connection.id == connectors::ConnectionStore::modelEngineId)
            continue; // the open model's own engine holds that same model
        const QString id = connection.id;
        m_reverseMenu->addAction(connection.name, this, [this, id] { m_transfers->reverseEngineer(id); });
    }
    if (!m_reverseMenu->isEmpty())
        m_reverseMenu->addSeparator();
    m_reverseMenu->addAction(tr("Choose or add a connection…"), this, &WelcomePage::reverseWithNewConnection)
        ->setObjectName(QStringLiteral("chooseConnection"));
}

void WelcomePage::reverseWithNewConnection()
{
    connectors::ui::ConnectionManager manager(m_connections, window());
    manager.setWindowTitle(tr("Database to reverse-engineer"));
    connect(&manager, &connectors::ui::ConnectionManager::connectionChosen, m_transfers,
            &ModelTransfers::reverseEngineer);
    manager.exec();
}

} // namespace strata::app
