#include "PostgresSerials.h"

#include <QRegularExpression>

namespace strata::modeler {

namespace {

// "shop.order_id_seq" or "\"Audit Log\".\"Ticket Numbers\"": the parts as PostgreSQL reads them.
QStringList nameParts(const QString &text)
{
    QStringList parts;
    QString part;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch == u'"') {
            if (quoted && i + 1 < text.size() && text[i + 1] == u'"') {
                part += u'"';
                ++i;
            } else {
                quoted = !quoted;
                wasQuoted = true;
            }
        } else if (ch == u'.' && !quoted) {
            parts << (wasQuoted ? part : part.toLower());
            part.clear();
            wasQuoted = false;
        } else {
            part += ch;
        }
    }
    parts << (wasQuoted ? part : part.toLower());
    return parts;
}

// The sequence a default of nextval('name'::regclass) draws from, as "schemaId\x1fname"; empty
// when the default is anything else.
QString nextvalKey(const ModelBuilder &builder, const QString &defaultExpr)
{
    if (!defaultExpr.startsWith(QStringLiteral("nextval(")))
        return {};
    static const QRegularExpression nextval(QStringLiteral("^nextval\\('((?:[^']|'')+)'(?:::regclass)?\\)$"));
    const QRegularExpressionMatch m = nextval.match(defaultExpr);
    if (!m.hasMatch())
        return {};
    const QStringList parts = nameParts(m.captured(1).replace(QStringLiteral("''"), QStringLiteral("'")));
    const QString schemaId = parts.size() >= 2 ? builder.existingSchemaId(parts[parts.size() - 2]) : QString();
    return schemaId + QChar(0x1f) + parts.last();
}

bool serialShaped(const Table &table, const Column &column, const Sequence &sequence)
{
    return column.type.isInteger() && !column.type.isArray() && column.identity == Identity::None &&
           column.generatedExpr.isEmpty() && sequence.comment.isEmpty() && sequence.schemaId == table.schemaId &&
           sequence.name == table.name + u'_' + column.name + QStringLiteral("_seq") && sequence.options.isDefault();
}

} // namespace

void PostgresSerials::detect(ModelBuilder &builder)
{
    Model &model = builder.model();
    QHash<QString, int> tables;
    QHash<QString, int> uses; // how many defaults draw from each sequence
    for (int i = 0; i < model.tables.size(); ++i) {
        tables.insert(model.tables[i].id, i);
        for (const Column &c : model.tables[i].columns) {
            if (const QString key = nextvalKey(builder, c.defaultExpr); !key.isEmpty())
                ++uses[key];
        }
    }
    QList<Sequence> kept;
    for (const Sequence &s : std::as_const(model.sequences)) {
        const int t = tables.value(s.ownedByTableId, -1);
        Column *column = t >= 0 ? model.tables[t].column(s.ownedByColumnId) : nullptr;
        const QString key = s.schemaId + QChar(0x1f) + s.name;
        if (column && serialShaped(model.tables[t], *column, s) && nextvalKey(builder, column->defaultExpr) == key &&
            uses.value(key) == 1) {
            column->serial = true;
            column->defaultExpr.clear();
            continue;
        }
        kept << s;
    }
    model.sequences = kept;
}

} // namespace strata::modeler
