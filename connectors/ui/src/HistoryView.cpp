#include "connectors/ui/HistoryView.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QtConcurrent>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strata::connectors::ui {

namespace {

// The SQL on one line, without the comment lines before it: what tells entries apart.
QString summaryOf(const QString &sql)
{
    QStringList lines = sql.split(u'\n');
    while (lines.size() > 1 &&
           (lines.first().trimmed().isEmpty() || lines.first().trimmed().startsWith(QLatin1String("--"))))
        lines.removeFirst();
    return lines.join(u' ').simplified();
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    m_search->setPlaceholderText(tr("Search the history"));
    m_search->setClearButtonEnabled(true);
    // The SQL first: in a narrow pane it is what one looks for; the rest is in the tooltip.
    m_list->setHeaderLabels({tr("SQL"), tr("When"), tr("Rows")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, &HistoryView::search);
    connect(&m_watcher, &QFutureWatcher<Result<QList<HistoryEntry>>>::finished, this, [this] {
        show(m_watcher.result());
        if (std::exchange(m_again, false))
            search();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int at = m_list->indexOfTopLevelItem(item);
        if (at >= 0 && at < m_entries.size())
            emit entryActivated(m_entries[at]);
    });
}

HistoryView::~HistoryView()
{
    m_watcher.waitForFinished(); // the search uses the history, which its owner deletes next
}

void HistoryView::setHistory(QueryHistory *history)
{
    m_history = history;
    m_search->setEnabled(history);
    if (!history)
        m_search->setPlaceholderText(tr("The history is not available"));
    refresh();
}

void HistoryView::refresh()
{
    search();
}

void HistoryView::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_debounce.stop();
    search();
}

void HistoryView::search()
{
    if (!m_history)
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    QueryHistory *history = m_history;
    const QString text = m_search->text();
    m_watcher.setFuture(QtConcurrent::run([history, text] { return history->search(text); }));
}

void HistoryView::show(const Result<QList<HistoryEntry>> &found)
{
    m_list->clear();
    m_entries = found ? *found : QList<HistoryEntry>();
    const QDate today = QDate::currentDate();
    for (const HistoryEntry &e : std::as_const(m_entries)) {
        const QString when = e.ranAt.date() == today
                                 ? QLocale().toString(e.ranAt.time(), QLocale::ShortFormat)
                                 : QLocale().toString(e.ranAt, QLocale::ShortFormat);
        auto *item = new QTreeWidgetItem(
            m_list, {summaryOf(e.sql), when, e.rows >= 0 ? QString::number(e.rows) : QString()});
        QString tip = tr("%1, %2 ms\n\n%3").arg(e.connection).arg(e.elapsedMs).arg(e.sql);
        if (!e.error.isEmpty())
            tip += QStringLiteral("\n\n") + e.error;
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, tip);
        if (!e.error.isEmpty())
            item->setForeground(0, QColor(0xc6, 0x28, 0x28));
    }
    emit searched();
}

} // namespace strata::connectors::ui
