#include "ViewDependencies.h"

#include <QRegularExpression>

namespace strata::modeler {

bool ViewDependencies::mentions(const View &view, const QString &name)
{
    // A textual look is enough here: a false match only drops and recreates a view once more.
    const QRegularExpression word(QStringLiteral("(^|[^\\w$])\"?%1\"?([^\\w$]|$)").arg(QRegularExpression::escape(name)),
                                  QRegularExpression::CaseInsensitiveOption);
    return word.match(view.definition).hasMatch();
}

QSet<QString> ViewDependencies::toRecreate(const ModelDiff &diff, const QSet<QString> &touchedTables, const SameView &same)
{
    const Model &from = diff.from();
    QStringList names; // names whose views go
    for (const QString &id : touchedTables) {
        if (const Table *t = from.table(id))
            names << t->name;
    }
    QSet<QString> out;
    for (const Change<View> &v : diff.views) {
        if (v.from && (!v.to || !(same ? same(*v.from, *v.to) : diff.sameView(*v.from, *v.to)) || from.schemaName(v.from->schemaId) != diff.to().schemaName(v.to->schemaId)))
            out.insert(v.from->id);
    }
    for (const QString &id : out)
        names << from.view(id)->name;
    // Views over views: until nothing more is added.
    for (bool grew = true; grew;) {
        grew = false;
        for (const View &v : from.views) {
            if (out.contains(v.id))
                continue;
            for (const QString &n : std::as_const(names)) {
                if (mentions(v, n)) {
                    out.insert(v.id);
                    names << v.name;
                    grew = true;
                    break;
                }
            }
        }
    }
    return out;
}

} // namespace strata::modeler
