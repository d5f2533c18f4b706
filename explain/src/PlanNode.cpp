#include "explain/PlanNode.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

namespace strata::explain {

namespace {

enum class Key {
    NodeType, RelationName, Schema, Alias, IndexName, CteName, FunctionName, SubplanName, JoinType,
    Strategy, PartialMode, Operation, ScanDirection, Command, CustomProvider, ParentRelationship,
    ParallelAware, AsyncCapable, StartupCost, TotalCost, PlanRows, PlanWidth, ActualStartupTime,
    ActualTotalTime, ActualRows, ActualLoops, RemovedByFilter, RemovedByJoinFilter, RemovedByRecheck,
    HeapFetches, SharedHit, SharedRead, SharedDirtied, SharedWritten, LocalHit, LocalRead,
    LocalDirtied, LocalWritten, TempRead, TempWritten, IoRead, IoWrite, WorkersPlanned,
    WorkersLaunched, SortMethod, SortSpaceType, SortSpaceUsed, HashBatches, OriginalHashBatches,
    HashAggBatches, DiskUsage, PeakMemory, ExactHeapBlocks, LossyHeapBlocks
};

// The fields the analysis reads, sorted once: 10,000-node plans must read fast, and hashing every
// key costs more than walking two sorted lists side by side.
using KeyEntry = std::pair<QStringView, Key>;

const std::vector<KeyEntry> &keyTable()
{
    static const std::vector<KeyEntry> table = [] {
        std::vector<KeyEntry> t = {
            {u"Node Type", Key::NodeType},
            {u"Relation Name", Key::RelationName},
            {u"Schema", Key::Schema},
            {u"Alias", Key::Alias},
            {u"Index Name", Key::IndexName},
            {u"CTE Name", Key::CteName},
            {u"Function Name", Key::FunctionName},
            {u"Subplan Name", Key::SubplanName},
            {u"Join Type", Key::JoinType},
            {u"Strategy", Key::Strategy},
            {u"Partial Mode", Key::PartialMode},
            {u"Operation", Key::Operation},
            {u"Scan Direction", Key::ScanDirection},
            {u"Command", Key::Command},
            {u"Custom Plan Provider", Key::CustomProvider},
            {u"Parent Relationship", Key::ParentRelationship},
            {u"Parallel Aware", Key::ParallelAware},
            {u"Async Capable", Key::AsyncCapable},
            {u"Startup Cost", Key::StartupCost},
            {u"Total Cost", Key::TotalCost},
            {u"Plan Rows", Key::PlanRows},
            {u"Plan Width", Key::PlanWidth},
            {u"Actual Startup Time", Key::ActualStartupTime},
            {u"Actual Total Time", Key::ActualTotalTime},
            {u"Actual Rows", Key::ActualRows},
            {u"Actual Loops", Key::ActualLoops},
            {u"Rows Removed by Filter", Key::RemovedByFilter},
            {u"Rows Removed by Join Filter", Key::RemovedByJoinFilter},
            {u"Rows Removed by Index Recheck", Key::RemovedByRecheck},
            {u"Heap Fetches", Key::HeapFetches},
            {u"Shared Hit Blocks", Key::SharedHit},
            {u"Shared Read Blocks", Key::SharedRead},
            {u"Shared Dirtied Blocks", Key::SharedDirtied},
            {u"Shared Written Blocks", Key::SharedWritten},
            {u"Local Hit Blocks", Key::LocalHit},
            {u"Local Read Blocks", Key::LocalRead},
            {u"Local Dirtied Blocks", Key::LocalDirtied},
            {u"Local Written Blocks", Key::LocalWritten},
            {u"Temp Read Blocks", Key::TempRead},
            {u"Temp Written Blocks", Key::TempWritten},
            {u"I/O Read Time", Key::IoRead},
            {u"Shared I/O Read Time", Key::IoRead},
            {u"Local I/O Read Time", Key::IoRead},
            {u"Temp I/O Read Time", Key::IoRead},
            {u"I/O Write Time", Key::IoWrite},
            {u"Shared I/O Write Time", Key::IoWrite},
            {u"Local I/O Write Time", Key::IoWrite},
            {u"Temp I/O Write Time", Key::IoWrite},
            {u"Workers Planned", Key::WorkersPlanned},
            {u"Workers Launched", Key::WorkersLaunched},
            {u"Sort Method", Key::SortMethod},
            {u"Sort Space Type", Key::SortSpaceType},
            {u"Sort Space Used", Key::SortSpaceUsed},
            {u"Hash Batches", Key::HashBatches},
            {u"Original Hash Batches", Key::OriginalHashBatches},
            {u"HashAgg Batches", Key::HashAggBatches},
            {u"Disk Usage", Key::DiskUsage},
            {u"Peak Memory Usage", Key::PeakMemory},
            {u"Exact Heap Blocks", Key::ExactHeapBlocks},
            {u"Lossy Heap Blocks", Key::LossyHeapBlocks},
        };
        std::sort(t.begin(), t.end(), [](const KeyEntry &a, const KeyEntry &b) { return a.first < b.first; });
        return t;
    }();
    return table;
}

// Numbers may come as strings from hand-edited or foreign JSON ("Sort Space Used": "50").
double number(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString())
        return v.toString().toDouble();
    return 0;
}

QString quoteIfNeeded(const QString &name)
{
    bool plain = !name.isEmpty() && (name[0].isLower() || name[0] == u'_');
    for (QChar c : name)
        plain = plain && (c.isLower() || c.isDigit() || c == u'_' || c == u'$');
    if (plain)
        return name;
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

Relationship relationshipFromName(QStringView name)
{
    if (name == u"Outer")
        return Relationship::Outer;
    if (name == u"Inner")
        return Relationship::Inner;
    if (name == u"Member")
        return Relationship::Member;
    if (name == u"Subquery")
        return Relationship::Subquery;
    if (name == u"InitPlan")
        return Relationship::InitPlan;
    if (name == u"SubPlan")
        return Relationship::SubPlan;
    if (name == u"children" || name == u"child")
        return Relationship::Child;
    return Relationship::None;
}

QString relationshipName(Relationship relationship)
{
    switch (relationship) {
    case Relationship::None: return {};
    case Relationship::Outer: return QStringLiteral("Outer");
    case Relationship::Inner: return QStringLiteral("Inner");
    case Relationship::Member: return QStringLiteral("Member");
    case Relationship::Subquery: return QStringLiteral("Subquery");
    case Relationship::InitPlan: return QStringLiteral("InitPlan");
    case Relationship::SubPlan: return QStringLiteral("SubPlan");
    case Relationship::Child: return QStringLiteral("child");
    }
    return {};
}

void PlanNode::readFields()
{
    // QJsonObject iterates its keys in sorted order, as the table is sorted: one merge-walk over
    // both finds every known key.
    const auto &table = keyTable();
    auto found = table.begin();
    for (auto it = fields.constBegin(); it != fields.constEnd() && found != table.end(); ++it) {
        const QString key = it.key();
        while (found != table.end() && found->first < QStringView(key))
            ++found;
        if (found == table.end() || found->first != key)
            continue;
        const QJsonValue v = it.value();
        switch (found->second) {
        case Key::NodeType: nodeType = v.toString(); break;
        case Key::RelationName: relationName = v.toString(); break;
        case Key::Schema: schema = v.toString(); break;
        case Key::Alias: alias = v.toString(); break;
        case Key::IndexName: indexName = v.toString(); break;
        case Key::CteName: cteName = v.toString(); break;
        case Key::FunctionName: functionName = v.toString(); break;
        case Key::SubplanName: subplanName = v.toString(); break;
        case Key::JoinType: joinType = v.toString(); break;
        case Key::Strategy: strategy = v.toString(); break;
        case Key::PartialMode: partialMode = v.toString(); break;
        case Key::Operation: operation = v.toString(); break;
        case Key::ScanDirection: scanDirection = v.toString(); break;
        case Key::Command: command = v.toString(); break;
        case Key::CustomProvider: customProvider = v.toString(); break;
        case Key::ParentRelationship: relationship = relationshipFromName(v.toString()); break;
        case Key::ParallelAware: parallelAware = v.toBool(); break;
        case Key::AsyncCapable: asyncCapable = v.toBool(); break;
        case Key::StartupCost: startupCost = number(v); hasCosts = true; break;
        case Key::TotalCost: totalCost = number(v); hasCosts = true; break;
        case Key::PlanRows: planRows = number(v); break;
        case Key::PlanWidth: planWidth = number(v); break;
        case Key::ActualStartupTime: actualStartupTime = number(v); hasTimes = true; break;
        case Key::ActualTotalTime: actualTotalTime = number(v); hasTimes = true; break;
        case Key::ActualRows: actualRows = number(v); hasActuals = true; break;
        case Key::ActualLoops: actualLoops = number(v); hasActuals = true; break;
        case Key::RemovedByFilter: rowsRemovedByFilter = number(v); break;
        case Key::RemovedByJoinFilter: rowsRemovedByJoinFilter = number(v); break;
        case Key::RemovedByRecheck: rowsRemovedByIndexRecheck = number(v); break;
        case Key::HeapFetches: heapFetches = number(v); hasHeapFetches = true; break;
        case Key::SharedHit: buffers.sharedHit = qint64(number(v)); hasBuffers = true; break;
        case Key::SharedRead: buffers.sharedRead = qint64(number(v)); hasBuffers = true; break;
        case Key::SharedDirtied: buffers.sharedDirtied = qint64(number(v)); hasBuffers = true; break;
        case Key::SharedWritten: buffers.sharedWritten = qint64(number(v)); hasBuffers = true; break;
        case Key::LocalHit: buffers.localHit = qint64(number(v)); hasBuffers = true; break;
        case Key::LocalRead: buffers.localRead = qint64(number(v)); hasBuffers = true; break;
        case Key::LocalDirtied: buffers.localDirtied = qint64(number(v)); hasBuffers = true; break;
        case Key::LocalWritten: buffers.localWritten = qint64(number(v)); hasBuffers = true; break;
        case Key::TempRead: buffers.tempRead = qint64(number(v)); hasBuffers = true; break;
        case Key::TempWritten: buffers.tempWritten = qint64(number(v)); hasBuffers = true; break;
        case Key::IoRead: ioReadTime += number(v); break;
        case Key::IoWrite: ioWriteTime += number(v); break;
        case Key::WorkersPlanned: workersPlanned = int(number(v)); break;
        case Key::WorkersLaunched: workersLaunched = int(number(v)); break;
        case Key::SortMethod: sortMethod = v.toString(); break;
        case Key::SortSpaceType: sortSpaceType = v.toString(); break;
        case Key::SortSpaceUsed: sortSpaceUsed = number(v); break;
        case Key::HashBatches: hashBatches = number(v); break;
        case Key::OriginalHashBatches: originalHashBatches = number(v); break;
        case Key::HashAggBatches: hashAggBatches = number(v); break;
        case Key::DiskUsage: diskUsage = number(v); break;
        case Key::PeakMemory: peakMemory = number(v); break;
        case Key::ExactHeapBlocks: exactHeapBlocks = number(v); break;
        case Key::LossyHeapBlocks: lossyHeapBlocks = number(v); break;
        }
    }
}

QString PlanNode::label() const
{
    QString name = nodeType;
    if (nodeType == u"Aggregate") {
        if (strategy == u"Sorted")
            name = QStringLiteral("GroupAggregate");
        else if (strategy == u"Hashed")
            name = QStringLiteral("HashAggregate");
        else if (strategy == u"Mixed")
            name = QStringLiteral("MixedAggregate");
        if (partialMode == u"Partial" || partialMode == u"Finalize")
            name = partialMode + u' ' + name;
    } else if (nodeType == u"SetOp") {
        name = strategy == u"Hashed" ? QStringLiteral("HashSetOp") : QStringLiteral("SetOp");
        if (!command.isEmpty())
            name += u' ' + command;
    } else if (nodeType == u"ModifyTable" && !operation.isEmpty()) {
        name = operation;
    } else if (nodeType == u"Foreign Scan" && !operation.isEmpty() && operation != u"Select") {
        name = QStringLiteral("Foreign ") + operation;
    } else if (nodeType == u"Custom Scan" && !customProvider.isEmpty()) {
        name = QStringLiteral("Custom Scan (%1)").arg(customProvider);
    } else if (!joinType.isEmpty() && joinType != u"Inner") {
        const QString base = nodeType.endsWith(u" Join") ? nodeType.chopped(5) : nodeType;
        name = base + u' ' + joinType + QStringLiteral(" Join");
    } else if (scanDirection == u"Backward") {
        name += QStringLiteral(" Backward");
    }
    if (asyncCapable)
        name.prepend(QStringLiteral("Async "));
    if (parallelAware)
        name.prepend(QStringLiteral("Parallel "));
    return name;
}

QString PlanNode::target() const
{
    const QString detail = fields.value(QLatin1String("Detail")).toString(); // SQLite
    if (!detail.isEmpty())
        return detail;
    QString out;
    if (!indexName.isEmpty())
        out = (nodeType == u"Bitmap Index Scan" ? QStringLiteral("on ") : QStringLiteral("using ")) +
              quoteIfNeeded(indexName);
    QString object = relationName;
    if (object.isEmpty())
        object = !cteName.isEmpty() ? cteName : functionName;
    if (object.isEmpty())
        object = fields.value(QLatin1String("Table Function Name")).toString();
    if (object.isEmpty())
        object = fields.value(QLatin1String("Tuplestore Name")).toString();
    if (!object.isEmpty() || !alias.isEmpty()) {
        if (!out.isEmpty())
            out += u' ';
        out += QStringLiteral("on");
        if (!object.isEmpty())
            out += u' ' + (schema.isEmpty() ? QString() : quoteIfNeeded(schema) + u'.') + quoteIfNeeded(object);
        if (!alias.isEmpty() && alias != object)
            out += u' ' + quoteIfNeeded(alias);
    }
    return out;
}

QString PlanNode::title() const
{
    if (fields.contains(QLatin1String("Detail")))
        return target();
    const QString t = target();
    return t.isEmpty() ? label() : label() + u' ' + t;
}

QString PlanNode::cteDefinitionName() const
{
    return isCte() ? subplanName.mid(4) : QString();
}

QString PlanNode::text(const QString &key) const
{
    const QJsonValue v = fields.value(key);
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << (item.isString() ? item.toString() : QString::number(item.toDouble()));
        return parts.join(QStringLiteral(", "));
    }
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

} // namespace strata::explain
