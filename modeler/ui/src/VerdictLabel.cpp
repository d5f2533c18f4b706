#include "VerdictLabel.h"

#include "CardStyle.h"

namespace strata::modeler::ui {

VerdictLabel::VerdictLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setObjectName(QStringLiteral("verdict"));
    setMinimumHeight(fontMetrics().height() * 2);
}

void VerdictLabel::show(const Verdict &verdict)
{
    const QColor colour = verdict.level == Verdict::Level::Error ? style::error : style::warning;
    setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    setText(verdict.message.isEmpty() ? QString() : (verdict.isError() ? QStringLiteral("✖ ") : QStringLiteral("⚠ ")) + verdict.message);
}

void VerdictLabel::mark(QWidget *field, const Verdict &verdict)
{
    if (!field)
        return;
    switch (verdict.level) {
    case Verdict::Level::Ok: field->setStyleSheet({}); break;
    case Verdict::Level::Warning: field->setStyleSheet(QStringLiteral("border: 1px solid %1;").arg(style::warning.name())); break;
    case Verdict::Level::Error: field->setStyleSheet(QStringLiteral("border: 2px solid %1;").arg(style::error.name())); break;
    }
    // The field's own tool tip (what it is for) comes back when nothing is wrong.
    if (!field->property("ownToolTip").isValid())
        field->setProperty("ownToolTip", field->toolTip());
    field->setToolTip(verdict.message.isEmpty() ? field->property("ownToolTip").toString() : verdict.message);
}

} // namespace strata::modeler::ui
