#include "workload/ui/TargetBar.h"

#include <connectors/ConnectionStore.h>
#include <connectors/ui/ConnectionManager.h>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStandardItemModel>
#include <QToolButton>

namespace strata::workload::ui {

using namespace strata::connectors;

namespace {

const QString engineItem = QStringLiteral("engine");
const QString typedItem = QStringLiteral("typed");

} // namespace

TargetBar::TargetBar(QWidget *parent)
    : QWidget(parent), m_choice(new QComboBox(this)), m_text(new QLineEdit(this)),
      m_manage(new QToolButton(this))
{
    m_choice->setObjectName(QStringLiteral("workloadTarget"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text->setPlaceholderText(tr("postgresql://user@host/db, host=… dbname=…, service=…, or a SQLite file"));
    m_text->setClearButtonEnabled(true);
    m_manage->setText(tr("Connections…"));
    m_manage->setToolTip(tr("Add or edit saved connections"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Target:"), this));
    layout->addWidget(m_choice);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_manage);
    layout->addStretch();
    reload();
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        emit changed();
    });
    connect(m_text, &QLineEdit::textChanged, this, &TargetBar::changed);
    connect(m_manage, &QToolButton::clicked, this, [this] {
        if (!m_store)
            return;
        auto *manager = new connectors::ui::ConnectionManager(m_store, this);
        manager->setAttribute(Qt::WA_DeleteOnClose);
        connect(manager, &connectors::ui::ConnectionManager::connectionChosen, this, &TargetBar::chooseSaved);
        manager->open();
    });
}

void TargetBar::setEnginePath(const QString &path)
{
    m_enginePath = path;
    reload();
}

void TargetBar::setConnectionStore(ConnectionStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &ConnectionStore::changed, this, &TargetBar::reload);
    reload();
}

void TargetBar::reload()
{
    QString current = m_choice->currentData().toString();
    if (current == typedItem && m_text->text().trimmed().isEmpty())
        current = engineItem; // nothing was typed: the engine, now that there may be one
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    m_choice->addItem(m_enginePath.isEmpty()
                          ? tr("Model engine (no model file)")
                          : tr("Model engine (%1)").arg(QFileInfo(m_enginePath).fileName()),
                      engineItem);
    m_choice->setItemData(0, m_enginePath, Qt::ToolTipRole);
    if (m_enginePath.isEmpty())
        qobject_cast<QStandardItemModel *>(m_choice->model())->item(0)->setEnabled(false);
    if (m_store)
        for (const SavedConnection &c : m_store->connections())
            if (c.id != ConnectionStore::modelEngineId) // the engine is ours, listed first
                m_choice->addItem(c.label(), QStringLiteral("saved:") + c.id);
    m_choice->addItem(tr("Connection string…"), typedItem);
    const int index = m_choice->findData(current);
    m_choice->setCurrentIndex(index >= 0 && !(index == 0 && m_enginePath.isEmpty()) ? index
                              : m_enginePath.isEmpty()                              ? m_choice->count() - 1
                                                                                    : 0);
    m_manage->setVisible(m_store != nullptr);
    updateFields();
    emit changed();
}

void TargetBar::updateFields()
{
    m_text->setVisible(m_choice->currentData().toString() == typedItem);
}

void TargetBar::chooseEngine()
{
    m_choice->setCurrentIndex(m_choice->findData(engineItem));
}

void TargetBar::chooseConnectionString(const QString &text)
{
    m_text->setText(text);
    m_choice->setCurrentIndex(m_choice->findData(typedItem));
}

void TargetBar::chooseSaved(const QString &connectionId)
{
    if (connectionId == ConnectionStore::modelEngineId)
        return chooseEngine();
    const int index = m_choice->findData(QStringLiteral("saved:") + connectionId);
    if (index >= 0)
        m_choice->setCurrentIndex(index);
}

Result<WorkloadTarget> TargetBar::target() const
{
    const QString chosen = m_choice->currentData().toString();
    Result<WorkloadTarget> target = Error(tr("choose a target"));
    if (chosen == engineItem) {
        if (m_enginePath.isEmpty())
            return Error(tr("the model has no engine file: save the model first, or choose a connection"));
        target = WorkloadTarget::engine(m_enginePath);
    } else if (chosen == typedItem) {
        if (m_text->text().trimmed().isEmpty())
            return Error(tr("type a connection string or a SQLite file"));
        target = WorkloadTarget::typed(m_text->text());
    } else if (const auto saved = m_store ? m_store->find(chosen.mid(6)) : std::nullopt) {
        WorkloadTarget t;
        t.connection = *saved;
        target = t;
    }
    if (target) {
        target->passwords = m_store ? m_store->passwords() : nullptr;
        target->prompt = prompt();
    }
    return target;
}

Connector::Prompt TargetBar::prompt() const
{
    // Runs on the worker's thread: the dialog opens on the GUI thread and the worker waits for it.
    QPointer<QWidget> self(const_cast<TargetBar *>(this));
    return [self](const PasswordRequest &request) -> std::optional<QString> {
        std::optional<QString> answer;
        if (!self)
            return answer;
        QMetaObject::invokeMethod(
            self,
            [&] {
                bool ok = false;
                const QString label = request.reason.isEmpty()
                                          ? tr("Password for %1:").arg(request.identity)
                                          : tr("%1\nPassword for %2:").arg(request.reason, request.identity);
                const QString password =
                    QInputDialog::getText(self, tr("Password"), label, QLineEdit::Password, {}, &ok);
                if (ok)
                    answer = password;
            },
            Qt::BlockingQueuedConnection);
        return answer;
    };
}

} // namespace strata::workload::ui
