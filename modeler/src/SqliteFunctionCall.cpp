// PostgreSQL function calls in SQLite's spelling; see SqliteFunctionCall.h.
#include "SqliteFunctionCall.h"

#include "PostgresNodes.h"
#include "SqliteDateTime.h"

#include <pg_query.pb-c.h>

#include <QHash>

namespace strata::modeler {

namespace {

using Untranslatable = SqliteExpressionPrinter::Untranslatable;

// PostgreSQL's functions that SQLite has under another name, with the same meaning. position(b IN a)
// reaches the tree as position(a, b), which is instr(a, b).
const QHash<QString, QString> &renamed()
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("char_length"), QStringLiteral("length")},
        {QStringLiteral("character_length"), QStringLiteral("length")},
        {QStringLiteral("strpos"), QStringLiteral("instr")},
        {QStringLiteral("position"), QStringLiteral("instr")},
        {QStringLiteral("substring"), QStringLiteral("substr")},
        {QStringLiteral("btrim"), QStringLiteral("trim")},
        {QStringLiteral("string_agg"), QStringLiteral("group_concat")},
        {QStringLiteral("bool_and"), QStringLiteral("min")}, // SQLite's booleans are 0 and 1
        {QStringLiteral("every"), QStringLiteral("min")},
        {QStringLiteral("bool_or"), QStringLiteral("max")},
    };
    return names;
}

} // namespace

QString SqliteFunctionCall::print(const PgQuery__FuncCall *call) const
{
    QStringList name = PostgresNodes::strings(call->funcname, call->n_funcname);
    if (name.size() == 2 && name.first() == u"pg_catalog")
        name.removeFirst();
    if (name.size() != 1)
        throw Untranslatable{QStringLiteral("the function %1").arg(name.join(u'.'))};
    const QString f = name.first().toLower();
    if (call->agg_within_group)
        throw Untranslatable{QStringLiteral("WITHIN GROUP (%1)").arg(f)};
    if (call->func_variadic)
        throw Untranslatable{QStringLiteral("VARIADIC arguments")};
    if (call->n_agg_order > 0) // SQLite 3.44 has it; Debian 12's 3.40 does not
        throw Untranslatable{QStringLiteral("ORDER BY inside the aggregate %1").arg(f)};
    QString out = rewritten(f, call);
    if (out.isEmpty()) {
        const QString args = call->agg_star ? QStringLiteral("*") : (call->agg_distinct ? QStringLiteral("DISTINCT ") : QString()) + arguments(call);
        out = QStringLiteral("%1(%2)").arg(renamed().value(f, SqliteExpressionPrinter::identifier(name.first())), args);
    } else if (call->agg_star || call->agg_distinct) {
        throw Untranslatable{QStringLiteral("DISTINCT or * in %1").arg(f)};
    }
    if (call->agg_filter)
        out += QStringLiteral(" FILTER (WHERE %1)").arg(m_printer.node(call->agg_filter));
    if (call->over && call->over->name && *call->over->name)
        out += QStringLiteral(" OVER ") + SqliteExpressionPrinter::identifier(PostgresNodes::text(call->over->name));
    else if (call->over)
        out += QStringLiteral(" OVER (%1)").arg(m_printer.windowBody(call->over));
    return out;
}

QString SqliteFunctionCall::rewritten(const QString &f, const PgQuery__FuncCall *call) const
{
    if (f == u"nextval")
        throw Untranslatable{QStringLiteral("sequences (nextval)")};
    if (f == u"random")
        throw Untranslatable{QStringLiteral("random() (SQLite's is a 64-bit integer)")};
    if (call->n_args == 0 && (f == u"now" || f == u"transaction_timestamp" || f == u"statement_timestamp" || f == u"clock_timestamp"))
        return QStringLiteral("CURRENT_TIMESTAMP");
    if (f == u"substring") {
        for (size_t i = 1; i < call->n_args; ++i) {
            if (!SqliteExpressionPrinter::stringConstant(call->args[i]).isNull())
                throw Untranslatable{QStringLiteral("substring with a regular expression")};
        }
    }
    if (f == u"concat" && call->n_args > 0) { // concat() skips NULLs where || gives NULL
        QStringList parts;
        for (size_t i = 0; i < call->n_args; ++i)
            parts << QStringLiteral("coalesce(%1, '')").arg(argument(call, i));
        return u'(' + parts.join(QStringLiteral(" || ")) + u')';
    }
    if (f == u"date_trunc" && call->n_args == 2)
        return SqliteDateTime::truncate(field(call, f), argument(call, 1));
    if ((f == u"date_part" || f == u"extract") && call->n_args == 2)
        return SqliteDateTime::extract(field(call, f), argument(call, 1));
    if (f == u"date_trunc" || f == u"date_part")
        throw Untranslatable{QStringLiteral("%1 with %2 arguments").arg(f).arg(call->n_args)};
    return {};
}

QString SqliteFunctionCall::argument(const PgQuery__FuncCall *call, size_t i) const
{
    return m_printer.node(call->args[i]);
}

QString SqliteFunctionCall::arguments(const PgQuery__FuncCall *call) const
{
    return m_printer.list(call->args, call->n_args);
}

QString SqliteFunctionCall::field(const PgQuery__FuncCall *call, const QString &name)
{
    const QString value = SqliteExpressionPrinter::stringConstant(call->args[0]).toLower();
    if (value.isEmpty())
        throw Untranslatable{QStringLiteral("%1 of a field that is not a constant").arg(name)};
    return value;
}

} // namespace strata::modeler
