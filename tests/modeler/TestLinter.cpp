// The linter's judgement on the cases a designer meets: which indexes serve a foreign key, which keys
// a foreign key may reference, and that a sound model gets no findings.
#include "RichModel.h"

#include <modeler/Linter.h>

#include <QTest>

using namespace strata::modeler;

namespace {

QStringList codes(const Model &m, const Linter::Options &options = {})
{
    QStringList out;
    for (const LintFinding &f : Linter::lint(m, options))
        out << f.diagnostic.code + u'@' + f.diagnostic.place.path;
    return out;
}

Column col(const char *name, const char *type)
{
    Column c;
    c.id = c.name = QString::fromLatin1(name);
    c.type = DataType::parse(QString::fromLatin1(type)).value();
    c.nullable = false;
    return c;
}

// parent(id) and child(id, a, b) with a foreign key child(a, b) -> parent(id, code).
Model parentChild()
{
    Model m;
    Table parent;
    parent.id = parent.name = QStringLiteral("parent");
    parent.columns << col("id", "integer") << col("code", "text");
    parent.primaryKey = KeyConstraint{QStringLiteral("parent_pkey"), QStringLiteral("parent_pkey"), {QStringLiteral("id")}, {}, false, false, false, {}};
    parent.uniques << KeyConstraint{QStringLiteral("parent_id_code_key"), QStringLiteral("parent_id_code_key"),
                                    {QStringLiteral("code"), QStringLiteral("id")}, {}, false, false, false, {}};
    Table child;
    child.id = child.name = QStringLiteral("child");
    child.columns << col("id", "integer") << col("a", "integer") << col("b", "text");
    child.primaryKey = KeyConstraint{QStringLiteral("child_pkey"), QStringLiteral("child_pkey"), {QStringLiteral("id")}, {}, false, false, false, {}};
    ForeignKey fk;
    fk.id = fk.name = QStringLiteral("child_fkey");
    fk.columnIds = {QStringLiteral("a"), QStringLiteral("b")};
    fk.referencedTableId = QStringLiteral("parent");
    fk.referencedColumnIds = {QStringLiteral("id"), QStringLiteral("code")};
    child.foreignKeys << fk;
    m.tables << parent << child;
    return m;
}

Index index(const char *name, QStringList columns, const char *where = "")
{
    Index i;
    i.id = i.name = QString::fromLatin1(name);
    for (const QString &c : columns)
        i.keys << IndexKey{c, {}, false, NullsOrder::Default, {}, {}};
    i.where = QString::fromLatin1(where);
    return i;
}

} // namespace

class TestLinter : public QObject
{
    Q_OBJECT

private slots:
    void compositeForeignKeyNeedsAnIndexLeadingWithItsColumns()
    {
        Model m = parentChild();
        QVERIFY(codes(m).contains(QStringLiteral("lint.fk-unindexed@child (foreign key child_fkey)")));

        m.tables[1].indexes = {index("child_b_idx", {QStringLiteral("b")})}; // only half of the key
        QVERIFY(codes(m).contains(QStringLiteral("lint.fk-unindexed@child (foreign key child_fkey)")));

        m.tables[1].indexes = {index("child_b_a_idx", {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("id")})};
        QVERIFY(codes(m).isEmpty()); // both columns lead, in any order

        m.tables[1].indexes = {index("child_b_a_idx", {QStringLiteral("b"), QStringLiteral("a")}, "a > 0")};
        QVERIFY2(codes(m).contains(QStringLiteral("lint.fk-unindexed@child (foreign key child_fkey)")),
                 "a partial index does not serve every lookup");
    }

    void foreignKeyMayReferenceAUniqueConstraintInAnyColumnOrder()
    {
        Model m = parentChild();
        m.tables[1].indexes = {index("child_a_b_idx", {QStringLiteral("a"), QStringLiteral("b")})};
        QVERIFY(codes(m).isEmpty());
        m.tables[0].uniques.clear();
        QCOMPARE(codes(m), QStringList{QStringLiteral("lint.fk-target-not-unique@child (foreign key child_fkey)")});
    }

    void reservedWordsDependOnTheDialect()
    {
        Model m = parentChild();
        m.tables[1].indexes = {index("child_a_b_idx", {QStringLiteral("a"), QStringLiteral("b")})};
        m.tables[0].columns[1].name = QStringLiteral("Group");
        // "group" is reserved in both dialects; "user" only in PostgreSQL.
        QCOMPARE(codes(m, {{Dialect::Sqlite}}), QStringList{QStringLiteral("lint.reserved-word@parent.Group")});
        m.tables[0].columns[1].name = QStringLiteral("user");
        QVERIFY(codes(m, {{Dialect::Sqlite}}).isEmpty());
        QCOMPARE(codes(m, {{Dialect::Postgres}}), QStringList{QStringLiteral("lint.reserved-word@parent.user")});
    }

    void richModelFindingsAreTheKnownOnes()
    {
        const QStringList found = codes(strata::test::richModel(), {{Dialect::Postgres, Dialect::Sqlite}});
        // The rich model deliberately names a table "order" and stores types SQLite cannot hold.
        QVERIFY(found.contains(QStringLiteral("lint.reserved-word@shop.order")));
        QVERIFY(found.contains(QStringLiteral("lint.fk-unindexed@shop.customer (foreign key customer_referred_by_fkey)")));
        QVERIFY(found.contains(QStringLiteral("lint.lossy-type@shop.customer.tags")));
        for (const QString &f : found)
            QVERIFY2(!f.startsWith(u"lint.dangling") && !f.startsWith(u"lint.duplicate"), qPrintable(f));
    }
};

QTEST_GUILESS_MAIN(TestLinter)
#include "TestLinter.moc"
