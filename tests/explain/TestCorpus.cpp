// The PEV2 fixtures (../shared/corpus/pev2-plans): each plan must parse and contain what its
// expectation file says. The expectations were written for PEV2's parser; where PEV2 names things
// differently from PostgreSQL's own JSON, we follow PostgreSQL and translate here:
//  - "Nested Loop Join" is PostgreSQL's "Nested Loop" (with its "Join Type");
//  - "GroupAggregate", "HashAggregate", "Merge", "Subquery Scan x": the names text EXPLAIN prints,
//    matched against PlanNode::label() (JSON says "Aggregate" + "Strategy", "ModifyTable", ...);
//  - relation and index names as text prints them (schema-qualified, quoted) match the unquoted
//    "Relation Name" + "Schema";
//  - "Output" as one string matches the list PostgreSQL gives;
//  - "Temp Hit Blocks" and "Temp Dirtied Blocks" do not exist in PostgreSQL and are skipped;
//  - numbers given as strings ("Sort Space Used": "50") compare as numbers;
//  - "*..." keys are PEV2's computed I/O figures, checked against our own.
#include "TestPlans.h"

#include <CaseFiles.h>

#include <explain/PlanAnalysis.h>
#include <explain/PlanReader.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace strata;
using namespace strata::explain;

namespace {

const QString corpus = QStringLiteral(STRATA_CORPUS_DIR "/pev2-plans/");

bool numbersMatch(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}) ||
           (std::fabs(a) > 1e15 && std::fabs(a - b) <= 1e-12 * std::fabs(a) * 10); // 64-bit ids through doubles
}

QString unquoted(const QString &name)
{
    QString out = name;
    return out.remove(u'"');
}

QString valueMismatch(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.isDouble() || (expected.isString() && actual.isDouble())) {
        const double e = expected.isDouble() ? expected.toDouble() : expected.toString().toDouble();
        if (actual.isDouble() && numbersMatch(e, actual.toDouble()))
            return {};
    } else if (expected.isString() && actual.isArray()) {
        QStringList items;
        for (const QJsonValue &v : actual.toArray())
            items << v.toString();
        if (items.join(QStringLiteral(", ")) == expected.toString())
            return {};
    } else if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString d = valueMismatch(it.value(), a.value(it.key()), path + u'.' + it.key());
            if (!d.isEmpty())
                return d;
        }
        return {};
    } else if (expected.isArray() && actual.isArray() && expected.toArray().size() == actual.toArray().size()) {
        for (qsizetype i = 0; i < expected.toArray().size(); ++i) {
            const QString d = valueMismatch(expected.toArray()[i], actual.toArray()[i], path + QStringLiteral("[%1]").arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    } else if (expected == actual) {
        return {};
    }
    return QStringLiteral("%1: expected %2, got %3")
        .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
             QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)));
}

bool nodeTypeMatches(const QString &expected, const PlanNode &n)
{
    if (expected == n.nodeType || expected == n.label())
        return true;
    if (expected == u"Nested Loop Join")
        return n.nodeType == u"Nested Loop";
    return expected == n.label() + u' ' + n.alias; // "Subquery Scan x" of PostgreSQL before 9.0
}

QString nodeMismatch(const QJsonObject &expected, const Plan &plan, int index, const QString &path)
{
    const PlanNode &n = plan.nodes[index];
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue e = it.value();
        if (key == u"Temp Hit Blocks" || key == u"Temp Dirtied Blocks")
            continue;
        if (key == u"Plans") {
            const QJsonArray children = e.toArray();
            if (children.size() != n.children.size())
                return QStringLiteral("%1: %2 children expected, got %3").arg(path).arg(children.size()).arg(n.children.size());
            for (qsizetype i = 0; i < children.size(); ++i) {
                const QString d = nodeMismatch(children[i].toObject(), plan, n.children[i], path + QStringLiteral(".Plans[%1]").arg(i));
                if (!d.isEmpty())
                    return d;
            }
            continue;
        }
        if (key == u"Node Type") {
            if (!nodeTypeMatches(e.toString(), n))
                return QStringLiteral("%1: node type %2, got %3 (%4)").arg(path, e.toString(), n.nodeType, n.label());
            continue;
        }
        if (key == u"Relation Name" && e.toString().contains(u'.')) {
            if (unquoted(e.toString()) != n.schema + u'.' + n.relationName)
                return QStringLiteral("%1: relation %2, got %3.%4").arg(path, e.toString(), n.schema, n.relationName);
            continue;
        }
        if (key == u"Index Name" || key == u"Relation Name") {
            if (unquoted(e.toString()) != n.fields.value(key).toString())
                return QStringLiteral("%1: %2 %3, got %4").arg(path, key, e.toString(), n.fields.value(key).toString());
            continue;
        }
        const QString d = valueMismatch(e, n.fields.value(key), path + u'.' + key);
        if (!d.isEmpty())
            return d;
    }
    return {};
}

QString planMismatch(const QJsonObject &expected, const Plan &plan)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString d = it.key() == u"Plan" ? nodeMismatch(it.value().toObject(), plan, 0, QStringLiteral("Plan"))
                                              : valueMismatch(it.value(), plan.summary.value(it.key()), it.key());
        if (!d.isEmpty())
            return d;
    }
    return {};
}

Plan read(const QString &path)
{
    return test::planFromText(test::readText(path), path);
}

QJsonObject expectation(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(test::readText(path).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc.object();
}

void addPairs(const QString &dir)
{
    for (const QString &f : QDir(corpus + dir).entryList({QStringLiteral("*-plan")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(dir + u'/' + f)) << corpus + dir + u'/' + f << corpus + dir + u'/' + f.chopped(4) + QStringLiteral("expect");
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void expectationsHold_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("expect");
        addPairs(QStringLiteral("from-text"));
        addPairs(QStringLiteral("12-line-wrapped-plans"));
    }

    void expectationsHold()
    {
        QFETCH(QString, plan);
        QFETCH(QString, expect);
        const QString mismatch = planMismatch(expectation(expect), read(plan));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // The same plan printed in every psql frame style parses to the same tree.
    void psqlFrames()
    {
        QMap<QString, QStringList> shapes; // "json-1" -> the node titles of each file
        const QDir dir(corpus + QStringLiteral("11-psql-frames"));
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name)) {
            const Plan plan = read(dir.filePath(f));
            QStringList titles;
            for (const PlanNode &n : plan.nodes)
                titles << QString(n.depth, u' ') + n.title();
            QVERIFY2(plan.size() >= 2, qPrintable(f));
            shapes[f.section(u'-', 1, 1)].append(titles.join(u'\n'));
        }
        QCOMPARE(shapes.size(), 4);
        for (auto it = shapes.begin(); it != shapes.end(); ++it) {
            for (const QString &s : it.value())
                QCOMPARE(s, it.value().first());
        }
    }

    void ioTimings_data()
    {
        QTest::addColumn<QString>("plan");
        const QDir dir(corpus + QStringLiteral("21-io-timings"));
        for (const QString &f : dir.entryList({QStringLiteral("*.plan")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void ioTimings()
    {
        QFETCH(QString, plan);
        const Plan p = read(plan);
        const PlanAnalysis a = PlanAnalysis::of(p);
        const PlanNode &root = p.root();
        const QJsonObject expected = expectation(plan.chopped(5) + QStringLiteral(".expect"));
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QString &key = it.key();
            const double e = it.value().toDouble();
            double actual = 0;
            if (!key.startsWith(u'*'))
                actual = root.fields.value(key).toDouble();
            else if (key == u"*I/O Read Time (all scopes)")
                actual = root.ioReadTime;
            else if (key == u"*I/O Write Time (all scopes)")
                actual = root.ioWriteTime;
            else if (key == u"*I/O Read Time speed (all scopes)") // blocks per second
                actual = root.ioReadTime > 0 ? double(root.buffers.read()) / (root.ioReadTime / 1000) : 0;
            else if (key == u"*I/O Write Time speed (all scopes)")
                actual = root.ioWriteTime > 0 ? double(root.buffers.written()) / (root.ioWriteTime / 1000) : 0;
            else if (key.contains(u"(exclusive, all scopes)"))
                continue; // checked together below
            QVERIFY2(std::fabs(actual - e) <= 0.01 + 1e-6 * std::fabs(e), qPrintable(QStringLiteral("%1: %2 against %3").arg(key).arg(actual).arg(e)));
        }
        if (expected.contains(QStringLiteral("*I/O Read Time (exclusive, all scopes)")))
            QCOMPARE(a.nodes[0].exclusiveIoTime, expected.value(QStringLiteral("*I/O Read Time (exclusive, all scopes)")).toDouble() +
                                                     expected.value(QStringLiteral("*I/O Write Time (exclusive, all scopes)")).toDouble());
    }

    // Plans with CTEs and InitPlans where naive subtraction goes below zero.
    void cteExclusiveTimes_data()
    {
        QTest::addColumn<QString>("plan");
        const QDir dir(corpus + QStringLiteral("cte-exclusive-time"));
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void cteExclusiveTimes()
    {
        QFETCH(QString, plan);
        const Plan p = read(plan);
        const PlanAnalysis a = PlanAnalysis::of(p);
        double sum = 0;
        for (const NodeMetrics &m : a.nodes) {
            QVERIFY(m.exclusiveTime >= 0);
            sum += m.exclusiveTime;
        }
        QVERIFY(a.totalTime > 0);
        QVERIFY2(std::fabs(sum - a.totalTime) < 1e-6, qPrintable(QStringLiteral("%1 against %2").arg(sum).arg(a.totalTime)));
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "TestCorpus.moc"
