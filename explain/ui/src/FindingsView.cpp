#include "explain/ui/FindingsView.h"

#include <explain/Units.h>

#include <QUrl>

namespace strata::explain::ui {

FindingsView::FindingsView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDefaultStyleSheet(QStringLiteral("a { color: #1f6feb; text-decoration: none; } .hint { color: #4b5561; }"
                                                    " .stake { color: #5f6b78; } .warning { color: #b45309; } .info { color: #2563eb; }"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"finding")
            choose(url.path().toInt());
    });
}

void FindingsView::setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis)
{
    m_analysis = std::move(analysis);
    m_count = m_analysis ? int(m_analysis->findings.size()) : 0;
    if (!plan || !m_analysis) {
        clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(m_count ? tr("Findings, most costly first") : tr("Nothing stands out in this plan"));
    int i = 0;
    for (const Finding &f : m_analysis->findings) {
        const bool warning = f.diagnostic.severity != Severity::Info;
        const QString stake = m_analysis->hasTimes ? Units::milliseconds(f.impact) : tr("cost %1").arg(Units::count(f.impact));
        html += QStringLiteral("<p><span class='%1'>%2</span> <a href='finding:%3'><b>%4</b></a> <span class='stake'>(%5)</span><br/>%6<br/>"
                               "<span class='hint'>→ %7</span></p>")
                    .arg(warning ? QStringLiteral("warning") : QStringLiteral("info"), warning ? QStringLiteral("▲") : QStringLiteral("●"))
                    .arg(i++)
                    .arg(f.node >= 0 ? QStringLiteral("#%1").arg(f.node + 1) : tr("plan"), stake, f.diagnostic.message.toHtmlEscaped(),
                         f.diagnostic.hint.toHtmlEscaped());
    }
    setHtml(html);
}

void FindingsView::choose(int finding)
{
    if (m_analysis && finding >= 0 && finding < m_analysis->findings.size() && m_analysis->findings[finding].node >= 0)
        emit nodeSelected(m_analysis->findings[finding].node);
}

} // namespace strata::explain::ui
