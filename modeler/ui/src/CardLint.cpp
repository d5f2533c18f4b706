#include "CardLint.h"

namespace strata::modeler::ui {

QHash<QString, CardLint> CardLint::byCard(const QList<LintFinding> &findings)
{
    using K = ObjectRef::Kind;
    QHash<QString, CardLint> lint;
    for (const LintFinding &f : findings) {
        const ObjectRef &o = f.object;
        if (o.kind == K::None || o.kind == K::Enum || o.kind == K::Domain || o.kind == K::Sequence || o.kind == K::Schema)
            continue;
        CardLint &l = lint[o.id];
        const Severity s = f.diagnostic.severity;
        l.worst = l.count == 0 ? s : std::max(l.worst, s);
        ++l.count;
        l.text += (l.text.isEmpty() ? QString() : QStringLiteral("\n")) + severityName(s) + QStringLiteral(": ") +
                  (o.isChild() ? f.diagnostic.place.path + QStringLiteral(": ") : QString()) + f.diagnostic.message;
        if (o.kind == K::Column)
            l.columns[o.childId] = l.columns.contains(o.childId) ? std::max(l.columns[o.childId], s) : s;
    }
    return lint;
}

} // namespace strata::modeler::ui
