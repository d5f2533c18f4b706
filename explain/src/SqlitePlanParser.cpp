#include "explain/SqlitePlanParser.h"

#include <QHash>
#include <QRegularExpression>

namespace strata::explain {

namespace {

using Re = QRegularExpression;

const Re &treeLineRe()
{
    static const Re re(QStringLiteral("^((?:[|` ]  )*)[|`]--(.*)$"));
    return re;
}

const Re &rowLineRe()
{
    // id, parent, notused, detail: as sqlite3 prints them (|), or as a result grid or strata-cli
    // query copies them (tabs, or CSV with the detail quoted when it holds a comma).
    static const Re re(QStringLiteral("^(\\d+)[|\\t,](\\d+)[|\\t,]\\d+[|\\t,](.*)$"));
    return re;
}

const char *const stepWords[] = {"SCAN ", "SEARCH ", "USE TEMP B-TREE", "CO-ROUTINE", "MATERIALIZE",
                                 "COMPOUND QUERY", "SCALAR SUBQUERY", "CORRELATED ", "LIST SUBQUERY",
                                 "MULTI-INDEX OR", "BLOOM FILTER", "LEFT-MOST SUBQUERY", "RIGHT-JOIN"};

} // namespace

bool SqlitePlanParser::looksLikeSqlite(QStringView text)
{
    int looked = 0;
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        if (++looked > 400)
            break;
        const bool marked = line.contains(QLatin1String("--")) || line.contains(u'|') || line.contains(u'\t') || line.contains(u',');
        if (marked && (treeLineRe().match(line).hasMatch() || rowLineRe().match(line).hasMatch()))
            return true;
        for (const char *word : stepWords) {
            if (line.startsWith(QLatin1String(word)))
                return true;
        }
    }
    return false;
}

QJsonObject SqlitePlanParser::fieldsOf(const QString &detail)
{
    QJsonObject f;
    f.insert(QLatin1String("Detail"), detail);
    if (detail == u"SCAN CONSTANT ROW") {
        f.insert(QLatin1String("Node Type"), QStringLiteral("Constant Row"));
        return f;
    }
    static const Re scan(QStringLiteral("^(SCAN|SEARCH)(?: TABLE)? (\\S+)(?: AS (\\S+))?"
                                        "(?: USING (AUTOMATIC )?(PARTIAL )?(COVERING )?INDEX(?: ([^\\s(]\\S*))?"
                                        "| USING INTEGER PRIMARY KEY| VIRTUAL TABLE INDEX (.*))?(?: \\((.*)\\))?$"));
    if (const auto m = scan.match(detail); m.hasMatch()) {
        const bool search = m.captured(1) == u"SEARCH";
        const QString object = m.captured(2);
        const bool subquery = object.startsWith(u'(');
        f.insert(QLatin1String("Node Type"), search ? QStringLiteral("Search") : QStringLiteral("Scan"));
        f.insert(subquery ? QStringLiteral("Subquery") : QStringLiteral("Relation Name"), object);
        f.insert(QLatin1String("Alias"), m.capturedLength(3) ? m.captured(3) : object);
        if (m.capturedLength(7) || detail.contains(QLatin1String(" INDEX"))) {
            if (m.capturedLength(7))
                f.insert(QLatin1String("Index Name"), m.captured(7));
            f.insert(QLatin1String("Covering Index"), m.capturedLength(6) > 0);
            f.insert(QLatin1String("Automatic Index"), m.capturedLength(4) > 0);
        }
        if (detail.contains(QLatin1String("INTEGER PRIMARY KEY")))
            f.insert(QLatin1String("Index Name"), QStringLiteral("INTEGER PRIMARY KEY"));
        if (m.capturedLength(9))
            f.insert(QLatin1String("Index Cond"), m.captured(9));
        return f;
    }
    static const Re btree(QStringLiteral("^USE TEMP B-TREE FOR (.+)$"));
    if (const auto m = btree.match(detail); m.hasMatch()) {
        f.insert(QLatin1String("Node Type"), QStringLiteral("Temp B-Tree"));
        f.insert(QLatin1String("Temp B-Tree For"), m.captured(1));
        return f;
    }
    static const Re compound(QStringLiteral("^(UNION ALL|UNION|EXCEPT|INTERSECT)(?: USING TEMP B-TREE)?$"));
    if (const auto m = compound.match(detail); m.hasMatch()) {
        f.insert(QLatin1String("Node Type"), QStringLiteral("Compound Member"));
        f.insert(QLatin1String("Command"), m.captured(1));
        f.insert(QLatin1String("Temp B-Tree"), detail.endsWith(QLatin1String("B-TREE")));
        return f;
    }
    static const Re named(QStringLiteral("^(MATERIALIZE|CO-ROUTINE) (.+)$"));
    if (const auto m = named.match(detail); m.hasMatch()) {
        f.insert(QLatin1String("Node Type"), m.captured(1) == u"MATERIALIZE" ? QStringLiteral("Materialize") : QStringLiteral("Co-routine"));
        f.insert(QLatin1String("CTE Name"), m.captured(2));
        return f;
    }
    static const Re subquery(QStringLiteral("^(CORRELATED )?(SCALAR|LIST) SUBQUERY(?: (\\d+))?$"));
    if (const auto m = subquery.match(detail); m.hasMatch()) {
        f.insert(QLatin1String("Node Type"), QStringLiteral("%1%2 Subquery")
                                                 .arg(m.capturedLength(1) ? QStringLiteral("Correlated ") : QString(),
                                                      m.captured(2) == u"SCALAR" ? QStringLiteral("Scalar") : QStringLiteral("List")));
        if (m.capturedLength(3))
            f.insert(QLatin1String("Subquery Number"), m.captured(3).toInt());
        return f;
    }
    static const QHash<QString, QString> fixed = {{QStringLiteral("COMPOUND QUERY"), QStringLiteral("Compound Query")},
                                                  {QStringLiteral("LEFT-MOST SUBQUERY"), QStringLiteral("Left-most Subquery")},
                                                  {QStringLiteral("MULTI-INDEX OR"), QStringLiteral("Multi-Index OR")}};
    if (fixed.contains(detail)) {
        f.insert(QLatin1String("Node Type"), fixed.value(detail));
        return f;
    }
    static const Re bloom(QStringLiteral("^BLOOM FILTER ON (\\S+)(?: \\((.*)\\))?$"));
    if (const auto m = bloom.match(detail); m.hasMatch()) {
        f.insert(QLatin1String("Node Type"), QStringLiteral("Bloom Filter"));
        f.insert(QLatin1String("Relation Name"), m.captured(1));
        if (m.capturedLength(2))
            f.insert(QLatin1String("Index Cond"), m.captured(2));
        return f;
    }
    // A step this parser does not know (a newer SQLite): its first word names it, the rest stays.
    const qsizetype space = detail.indexOf(u' ');
    const QString word = space < 0 ? detail : detail.left(space);
    f.insert(QLatin1String("Node Type"), word.left(1) + word.mid(1).toLower());
    return f;
}

Result<Plan> SqlitePlanParser::fromRows(const QList<SqlitePlanRow> &rows, const QString &sourceName)
{
    Plan plan;
    plan.source = PlanSource::SqliteRows;
    plan.sourceName = sourceName;
    QJsonObject root;
    root.insert(QLatin1String("Node Type"), QStringLiteral("Query"));
    root.insert(QLatin1String("Detail"), QStringLiteral("QUERY PLAN"));
    plan.addNode(-1, root);
    // Rows come parent first; the plan's index for each SQLite id, and the ids on the current path.
    QHash<int, int> indexOfId;
    indexOfId.insert(0, 0);
    for (const SqlitePlanRow &row : rows) {
        int parent = indexOfId.value(row.parent, -1);
        if (parent < 0) {
            plan.notes.append({Severity::Warning, QStringLiteral("explain.sqlite-parent"),
                               QStringLiteral("step %1 names parent %2, which comes nowhere before it; shown at the top")
                                   .arg(row.id).arg(row.parent),
                               SourcePlace::ofSource(sourceName), {}});
            parent = 0;
        }
        // Keep preorder: a new step may only hang under a node on the path to the last one added.
        if (parent != plan.size() - 1 && !plan.isWithin(plan.size() - 1, parent))
            parent = 0;
        QJsonObject f = fieldsOf(row.detail);
        f.insert(QLatin1String("SQLite Id"), row.id);
        f.insert(QLatin1String("SQLite Parent"), row.parent);
        indexOfId.insert(row.id, plan.addNode(parent, f));
    }
    return plan;
}

Result<Plan> SqlitePlanParser::parse(QStringView text, const QString &sourceName)
{
    QList<SqlitePlanRow> rows;
    QList<int> idAtDepth; // the step last seen at each depth of the drawn tree
    int nextId = 1;
    int lineNumber = 0;
    for (QStringView line : text.split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (const auto m = treeLineRe().match(line); m.hasMatch()) {
            const int depth = int(m.capturedLength(1) / 3);
            if (depth > idAtDepth.size()) {
                SourcePlace place = SourcePlace::ofSource(sourceName);
                place.line = lineNumber;
                return Error(QStringLiteral("this step is indented deeper than any step above it could hold"), place,
                             QStringLiteral("explain.sqlite"));
            }
            idAtDepth.resize(depth);
            rows.append({nextId, depth == 0 ? 0 : idAtDepth.back(), m.captured(2).trimmed()});
            idAtDepth.append(nextId++);
        } else if (const auto r = rowLineRe().match(line.trimmed()); r.hasMatch()) {
            QString detail = r.captured(3).trimmed();
            if (detail.size() >= 2 && detail.startsWith(u'"') && detail.endsWith(u'"'))
                detail = detail.mid(1, detail.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\"")); // CSV
            rows.append({r.captured(1).toInt(), r.captured(2).toInt(), detail});
        } else if (!line.trimmed().isEmpty() && line.trimmed() != u"QUERY PLAN") {
            // A bare step without tree marks (one-line plans print "QUERY PLAN" then "`--SCAN t").
            const QString detail = line.trimmed().toString();
            if (!rows.isEmpty() || !looksLikeSqlite(detail))
                continue;
            rows.append({nextId++, 0, detail});
        }
    }
    if (rows.isEmpty())
        return Error(QStringLiteral("no SQLite query plan found: expected the output of EXPLAIN QUERY PLAN"),
                     SourcePlace::ofSource(sourceName), QStringLiteral("explain.sqlite"));
    auto plan = fromRows(rows, sourceName);
    if (plan)
        plan->source = PlanSource::SqliteText;
    return plan;
}

} // namespace strata::explain
