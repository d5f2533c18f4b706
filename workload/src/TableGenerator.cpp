#include "TableGenerator.h"

#include "KeyPlanner.h"
#include "ValueShape.h"

namespace strata::workload {

using connectors::Row;

namespace {

QString affinityOf(const ColumnGenerator &g, const modeler::Column &c)
{
    if (c.type.isArray())
        return QStringLiteral("TEXT");
    switch (c.type.kind) {
    case modeler::DataType::Kind::Boolean:
    case modeler::DataType::Kind::SmallInt:
    case modeler::DataType::Kind::Integer:
    case modeler::DataType::Kind::BigInt: return QStringLiteral("INTEGER");
    case modeler::DataType::Kind::Real:
    case modeler::DataType::Kind::Double: return QStringLiteral("REAL");
    case modeler::DataType::Kind::Numeric:
    case modeler::DataType::Kind::Money: return QStringLiteral("NUMERIC");
    case modeler::DataType::Kind::Binary: return QStringLiteral("BLOB");
    default: return g.numeric ? QStringLiteral("NUMERIC") : QStringLiteral("TEXT");
    }
}

} // namespace

TableGenerator::TableGenerator(const std::vector<TablePlan> &tables, int index, std::vector<KeptValues> &kept)
    : m_tables(tables), m_plan(tables[size_t(index)]), m_kept(kept)
{
    const TablePlan &p = m_plan;
    for (const modeler::Column *c : p.columns)
        m_columnRandom.push_back(SeededRandom::stream(p.seed, QString(QStringLiteral("column:") + c->id)));
    for (const ForeignKeyLink &l : p.links) {
        m_linkRandom.push_back(SeededRandom::stream(p.seed, QString(QStringLiteral("link:") + p.table->foreignKeys[l.foreignKey].id)));
        const qint64 parents = tables[size_t(l.parent)].rows;
        m_linkZipf.emplace_back();
        m_linkOrder.emplace_back();
        if (l.skew > 0 && !l.selfReference && parents > 0) {
            m_linkZipf.back().emplace(quint64(parents), l.skew);
            m_linkOrder.back().emplace(quint64(parents), SeededRandom::derive(tables[size_t(l.parent)].seed, QStringLiteral("fan-out")));
        }
        m_deferredKeys.emplace_back();
        if (!l.deferred || l.nullable)
            continue;
        const TablePlan &parent = tables[size_t(l.parent)];
        for (const UniqueKey &k : parent.keys)
            if (KeyPlanner::pureKey(parent, k.columns) && k.columns.size() == l.parentColumns.size() &&
                std::all_of(k.columns.begin(), k.columns.end(), [&](int c) { return l.parentColumns.contains(c); }))
                m_deferredKeys.back() = std::make_unique<UniqueKeyBuilder>(
                    parent, k, SeededRandom::derive(parent.seed, QString(QStringLiteral("key:") + k.name)), tables);
    }
    m_free = QList<bool>(p.columns.size(), true);
    for (int c = 0; c < p.columns.size(); ++c)
        m_free[c] = p.linkOf[c] < 0;
    for (const UniqueKey &k : p.keys) {
        const bool built = k.method != UniqueKey::Method::Checked;
        m_builders.push_back(built ? std::make_unique<UniqueKeyBuilder>(p, k, SeededRandom::derive(p.seed, QString(QStringLiteral("key:") + k.name)), tables)
                                   : nullptr);
        m_seen.emplace_back();
        if (built)
            for (const int c : k.columns)
                m_free[c] = false;
    }
    // Columns no key, ordering, check or child reads: their generator writes into the batch itself.
    m_direct = QList<bool>(p.columns.size(), false);
    for (int c = 0; c < p.columns.size(); ++c) {
        const ColumnGenerator &g = p.generators[size_t(c)];
        bool read = !m_free[c] || !g.generator || !g.rule.isEmpty() || g.distinct > 0 || p.keptColumns.contains(c);
        for (const auto &[greater, lesser] : p.orderings)
            read = read || greater == c || lesser == c;
        for (const QList<int> &reads : p.checkColumns)
            read = read || reads.contains(c);
        for (const UniqueKey &k : p.keys)
            read = read || k.columns.contains(c);
        m_direct[c] = !read;
    }
    m_parentRow = QList<qint64>(p.links.size(), -1);
    m_uniquePicks = QList<qint64>(p.links.size(), 0);
}

TableGenerator::~TableGenerator() = default;

Error TableGenerator::failure(const QString &what) const
{
    Error e(what, {}, QStringLiteral("synth.unsatisfiable"));
    e.place.path = m_plan.label;
    e.hint = QStringLiteral("give the columns recipes whose values meet the table's checks and keys");
    return e;
}

Result<void> TableGenerator::run(int batchRows, const Deliver &deliver,
                                 const std::function<connectors::RowBatch(int columns)> &emptyBatch)
{
    const TablePlan &p = m_plan;
    m_kept[size_t(&p - m_tables.data())].prepare(p.keptColumns, p.rows);
    if (!p.evaluatedChecks.isEmpty()) {
        QList<CheckEvaluator::ColumnSlot> columnSlots;
        for (int c = 0; c < p.columns.size(); ++c)
            columnSlots << CheckEvaluator::ColumnSlot{p.columnNames[c], affinityOf(p.generators[size_t(c)], *p.columns[c])};
        QList<CheckEvaluator::Check> checks;
        for (int i = 0; i < p.evaluatedChecks.size(); ++i)
            checks << CheckEvaluator::Check{i, p.checkExpressions[i]};
        QStringList refused;
        auto evaluator = CheckEvaluator::create(columnSlots, p.generatedColumns, checks, &refused);
        if (!evaluator)
            return evaluator.error();
        m_checks = std::move(*evaluator);
    }
    const qsizetype values = qsizetype(batchRows) * p.columns.size();
    qsizetype bytes = 0; // of the last batch: the next one is made as large at once
    connectors::RowBatch batch = emptyBatch(int(p.columns.size()));
    batch.reserve(values, bytes);
    KeptValues &kept = m_kept[size_t(&p - m_tables.data())];
    Row row(p.columns.size());
    for (qint64 i = 0; i < p.rows; ++i) {
        if (auto made = makeRow(i, row); !made)
            return made.error();
        for (const int c : p.keptColumns)
            kept.set(c, i, row[c]);
        for (int c = 0; c < row.size(); ++c) { // made into text here, on the thread that made it
            if (!m_direct[c]) {
                batch.append(row[c]);
                continue;
            }
            const ColumnGenerator &g = p.generators[size_t(c)];
            SeededRandom &random = m_columnRandom[size_t(c)];
            if (g.nullRate > 0 && random.chance(g.nullRate)) // as ColumnGenerator::draw does
                batch.appendNull();
            else
                g.generator->write(random, i, batch);
        }
        if (batch.rows() >= batchRows) {
            bytes = std::max(bytes, batch.byteSize() + batch.byteSize() / 8);
            if (!deliver(std::move(batch)))
                return Error(QStringLiteral("the run was cancelled"), {}, QLatin1String(cancelledCode));
            batch = emptyBatch(int(p.columns.size()));
            batch.reserve(values, bytes);
        }
    }
    if (!batch.isEmpty() && !deliver(std::move(batch)))
        return Error(QStringLiteral("the run was cancelled"), {}, QLatin1String(cancelledCode));
    return Result<void>::success();
}

Result<void> TableGenerator::fillPlain(qint64 index, Row &row, int c)
{
    const ColumnGenerator &g = m_plan.generators[size_t(c)];
    if (!g.generator) {
        row[c] = QVariant();
        return Result<void>::success();
    }
    std::optional<QVariant> v = g.draw(m_columnRandom[size_t(c)], index);
    if (!v)
        return failure(QStringLiteral("no value of the column %1 (%2) meets its checks after %3 tries")
                           .arg(m_plan.columnNames[c], g.description).arg(ColumnGenerator::maxAttempts));
    row[c] = std::move(*v);
    return Result<void>::success();
}

void TableGenerator::pickParent(qint64 index, Row &row, int linkIndex)
{
    const ForeignKeyLink &link = m_plan.links[linkIndex];
    SeededRandom &random = m_linkRandom[size_t(linkIndex)];
    const TablePlan &parent = m_tables[size_t(link.parent)];
    const qint64 parents = link.selfReference ? index : parent.rows;
    const auto setNull = [&] {
        for (const int c : link.columns)
            row[c] = QVariant();
        m_parentRow[linkIndex] = -1;
    };
    if (link.nullable && (parents == 0 || link.leftNull || (link.nullRate > 0 && random.chance(link.nullRate))))
        return setNull();
    if (parents == 0) { // a NOT NULL self-reference of the first row: the row itself
        for (int c = 0; c < link.columns.size(); ++c)
            row[link.columns[c]] = row[link.parentColumns[c]];
        return;
    }
    // Children spread over parents evenly, or by Zipf over a fixed shuffle of the parents.
    qint64 r = m_linkZipf[size_t(linkIndex)] ? qint64((*m_linkOrder[size_t(linkIndex)])(m_linkZipf[size_t(linkIndex)]->sample(random) - 1))
                                             : qint64(random.below(quint64(parents)));
    if (link.uniquePick) { // each parent row once, in a shuffled order; NULL when they are used up
        if (!m_linkOrder[size_t(linkIndex)])
            m_linkOrder[size_t(linkIndex)].emplace(quint64(parents), SeededRandom::derive(parent.seed, QStringLiteral("one-to-one")));
        if (m_uniquePicks[size_t(linkIndex)] >= parents)
            return setNull();
        r = qint64((*m_linkOrder[size_t(linkIndex)])(quint64(m_uniquePicks[size_t(linkIndex)]++)));
    }
    m_parentRow[linkIndex] = r;
    if (link.deferred && link.nullable) { // the parent is not generated yet: NULL now, UPDATE later
        PendingUpdate update{{}, linkIndex, r};
        for (const int c : m_plan.identifyingColumns)
            update.identity << row[c];
        if (m_plan.identifyingColumns.isEmpty())
            update.identity << qlonglong(index + 1); // SQLite's rowid of the index-th row of a fresh table
        m_pending << update;
        return setNull();
    }
    if (link.deferred) {
        const Row values = m_deferredKeys[size_t(linkIndex)]->pureValues(r);
        const UniqueKey *key = nullptr;
        for (const UniqueKey &k : parent.keys)
            if (KeyPlanner::pureKey(parent, k.columns) && std::all_of(k.columns.begin(), k.columns.end(), [&](int c) { return link.parentColumns.contains(c); }))
                key = &k;
        for (int c = 0; c < link.columns.size(); ++c)
            row[link.columns[c]] = values.value(key ? key->columns.indexOf(link.parentColumns[c]) : c);
        return;
    }
    const KeptValues &kept = m_kept[size_t(link.parent)];
    for (int c = 0; c < link.columns.size(); ++c)
        row[link.columns[c]] = kept.value(link.parentColumns[c], r);
}

void TableGenerator::fillLinks(qint64 index, Row &row, bool selfReferences)
{
    for (int l = 0; l < m_plan.links.size(); ++l)
        if (!m_plan.links[l].inKey && m_plan.links[l].selfReference == selfReferences)
            pickParent(index, row, l);
}

Result<void> TableGenerator::redraw(qint64 index, Row &row, const QList<int> &columns)
{
    bool any = false;
    QList<int> refilled;
    for (const int c : columns) {
        const auto built = std::find_if(m_plan.keys.begin(), m_plan.keys.end(), [&](const UniqueKey &k) {
            return k.method != UniqueKey::Method::Checked && k.columns.contains(c);
        });
        if (built != m_plan.keys.end()) { // a key's column: the row takes the key's next value
            const int k = int(built - m_plan.keys.begin());
            if (refilled.contains(k))
                continue;
            refilled << k;
            if (!m_builders[size_t(k)]->fill(row, m_parentRow, m_kept))
                return failure(QStringLiteral("the key %1 has no value left").arg(built->name));
            any = true;
        } else if (m_plan.linkOf[c] >= 0 && !m_plan.links[m_plan.linkOf[c]].inKey) {
            pickParent(index, row, m_plan.linkOf[c]);
            any = true;
        } else if (m_free[c]) {
            if (auto filled = fillPlain(index, row, c); !filled)
                return filled;
            any = true;
        }
    }
    if (!any)
        return failure(QStringLiteral("its columns %1 are set by its keys and cannot be drawn again").arg(
            [&] {
                QStringList names;
                for (const int c : columns)
                    names << m_plan.columnNames[c];
                return names.join(u", ");
            }()));
    return Result<void>::success();
}

QString TableGenerator::keyText(const UniqueKey &key, const Row &row) const
{
    QString text;
    for (const int c : key.columns) {
        if (row[c].isNull() && key.nullsDistinct)
            return {}; // a key with a NULL in it never collides
        text += row[c].toString() + QChar(0x1f);
    }
    return text;
}

Result<QString> TableGenerator::brokenRule(const Row &row, QList<int> *columns)
{
    const TablePlan &p = m_plan;
    for (int i = 0; i < p.orderings.size(); ++i) {
        const auto [greater, lesser] = p.orderings[i];
        if (row[greater].isNull() || row[lesser].isNull())
            continue;
        const bool numeric = p.generators[size_t(greater)].numeric;
        const int order = numeric ? (row[greater].toDouble() < row[lesser].toDouble() ? -1 : row[greater].toDouble() > row[lesser].toDouble())
                                  : row[greater].toString().compare(row[lesser].toString());
        if (order < 0 || (order == 0 && p.orderingStrict[i])) {
            *columns = {greater, lesser};
            return QStringLiteral("%1 %2 %3").arg(p.columnNames[greater], p.orderingStrict[i] ? QStringLiteral(">") : QStringLiteral(">="),
                                                  p.columnNames[lesser]);
        }
    }
    for (int k = 0; k < p.keys.size(); ++k) {
        if (m_builders[size_t(k)])
            continue;
        const QString text = keyText(p.keys[k], row);
        if (!text.isEmpty() && m_seen[size_t(k)].contains(text)) {
            *columns = p.keys[k].columns;
            return QStringLiteral("the key %1 (a value repeats)").arg(p.keys[k].name);
        }
    }
    if (m_checks) {
        auto broken = m_checks->firstBroken(row);
        if (!broken)
            return broken.error();
        if (*broken >= 0) {
            *columns = p.checkColumns[*broken];
            return QStringLiteral("the check %1").arg(p.table->checks[p.evaluatedChecks[*broken]].name);
        }
    }
    return QString();
}

Result<void> TableGenerator::makeRow(qint64 index, Row &row)
{
    const TablePlan &p = m_plan;
    for (size_t k = 0; k < m_builders.size(); ++k)
        if (m_builders[k] && !m_builders[k]->fill(row, m_parentRow, m_kept))
            return failure(QStringLiteral("the key %1 has no value left for row %2").arg(p.keys[int(k)].name).arg(index + 1));
    for (int c = 0; c < p.columns.size(); ++c)
        if (m_free[c] && !m_direct[c])
            if (auto filled = fillPlain(index, row, c); !filled)
                return filled;
    fillLinks(index, row, false);
    fillLinks(index, row, true); // after the rest: a row may reference its own key
    for (int attempt = 0;; ++attempt) {
        QList<int> columns;
        auto broken = brokenRule(row, &columns);
        if (!broken)
            return broken.error();
        if (broken->isEmpty())
            break;
        // An ordering of two drawn values is met by swapping them; anything else by drawing again.
        if (columns.size() == 2 && p.orderings.contains(std::pair{columns[0], columns[1]}) && m_free[columns[0]] && m_free[columns[1]] &&
            row[columns[0]] != row[columns[1]] && attempt == 0) {
            std::swap(row[columns[0]], row[columns[1]]);
            continue;
        }
        if (attempt >= ColumnGenerator::maxAttempts)
            return failure(QStringLiteral("no row met %1 after %2 tries").arg(*broken).arg(ColumnGenerator::maxAttempts));
        if (auto drawn = redraw(index, row, columns); !drawn)
            return failure(QStringLiteral("%1 cannot be met: %2").arg(*broken, drawn.error().message));
    }
    for (int k = 0; k < p.keys.size(); ++k)
        if (!m_builders[size_t(k)])
            if (const QString text = keyText(p.keys[k], row); !text.isEmpty())
                m_seen[size_t(k)].insert(text);
    return Result<void>::success();
}

} // namespace strata::workload
