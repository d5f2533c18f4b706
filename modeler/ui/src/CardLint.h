// The lint findings of one card, as the card shows them: a badge with the count in the colour of
// the worst, a dot on each column concerned, and every finding in the tool tip.
#pragma once

#include <modeler/Linter.h>

#include <QHash>
#include <QString>

namespace strata::modeler::ui {

struct CardLint
{
    Severity worst = Severity::Info;
    int count = 0;
    QString text; ///< one line per finding
    QHash<QString, Severity> columns; ///< worst finding per column id

    /// The findings grouped by the table or view they concern (findings on enums and the like have no card).
    static QHash<QString, CardLint> byCard(const QList<LintFinding> &findings);
    bool sameAs(const CardLint &other) const { return text == other.text && columns == other.columns; }
};

} // namespace strata::modeler::ui
