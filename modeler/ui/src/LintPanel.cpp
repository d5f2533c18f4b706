#include "modeler/ui/LintPanel.h"

#include "CardStyle.h"
#include "modeler/ui/LintMonitor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strata::modeler::ui {

LintPanel::LintPanel(LintMonitor *monitor, QWidget *parent) : QWidget(parent), m_monitor(monitor)
{
    m_dialects = new QComboBox;
    m_dialects->setObjectName(QStringLiteral("lintDialects"));
    m_dialects->addItem(QStringLiteral("PostgreSQL"), 1);
    m_dialects->addItem(QStringLiteral("SQLite"), 2);
    m_dialects->addItem(QStringLiteral("PostgreSQL and SQLite"), 3);
    m_dialects->setToolTip(QStringLiteral("The databases the model is meant for: reserved words, types and expressions are checked for these"));
    m_counts = new QLabel;
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("lintList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({QStringLiteral("Finding"), QStringLiteral("Object"), QStringLiteral("How to fix")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setColumnWidth(0, 360);
    m_list->setColumnWidth(1, 220);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("Check for:")));
    top->addWidget(m_dialects);
    top->addWidget(m_counts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list);
    showDialects(monitor->dialects());
    connect(monitor, &LintMonitor::dialectsChanged, this, &LintPanel::showDialects);
    connect(m_dialects, &QComboBox::activated, this, [this] {
        const int mask = m_dialects->currentData().toInt();
        QList<Dialect> dialects;
        if (mask & 1)
            dialects << Dialect::Postgres;
        if (mask & 2)
            dialects << Dialect::Sqlite;
        m_monitor->setDialects(dialects);
    });
    connect(monitor, &LintMonitor::findingsChanged, this, &LintPanel::show);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int i = item ? m_list->indexOfTopLevelItem(item) : -1;
        if (i >= 0 && i < m_findings.size())
            emit objectSelected(m_findings[i].object);
    });
    show(monitor->findings());
}

void LintPanel::showDialects(const QList<Dialect> &dialects)
{
    const int mask = (dialects.contains(Dialect::Postgres) ? 1 : 0) | (dialects.contains(Dialect::Sqlite) ? 2 : 0);
    m_dialects->setCurrentIndex(std::max(0, m_dialects->findData(mask)));
}

void LintPanel::show(const QList<LintFinding> &findings)
{
    m_findings = findings;
    m_list->clear();
    int errors = 0, warnings = 0;
    QList<QTreeWidgetItem *> items;
    for (const LintFinding &f : findings) {
        const Diagnostic &d = f.diagnostic;
        errors += d.severity == Severity::Error;
        warnings += d.severity == Severity::Warning;
        auto *item = new QTreeWidgetItem({severityName(d.severity) + QStringLiteral(": ") + d.message, d.place.path, d.hint});
        item->setForeground(0, d.severity == Severity::Error ? style::error : d.severity == Severity::Warning ? style::warning : style::info);
        item->setToolTip(0, d.code);
        item->setToolTip(2, d.hint);
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_counts->setText(QStringLiteral("%1 errors, %2 warnings, %3 notes").arg(errors).arg(warnings).arg(findings.size() - errors - warnings));
}

} // namespace strata::modeler::ui
