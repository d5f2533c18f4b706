// DDL export without a server: each case gives the expected script and diagnostics for both
// dialects, every SQLite script runs on a real SQLite file and creates what the model describes,
// and what a dialect cannot hold is reported against the object, never dropped silently.
#include "CaseFiles.h"
#include "DdlCases.h"
#include "RichModel.h"
#include "SqliteDatabase.h"

#include <modeler/DdlBuilder.h>
#include <modeler/TypeMapping.h>

#include <QTemporaryDir>
#include <QTest>


using namespace strata::modeler;
using strata::test::DdlCase;

namespace {

QStringList codesAndPaths(const strata::Diagnostics &diagnostics)
{
    QStringList out;
    for (const strata::Diagnostic &d : diagnostics)
        out << d.code + u'@' + d.place.path;
    return out;
}

} // namespace

class TestDdlWriter : public QObject
{
    Q_OBJECT

    QList<DdlCase> m_cases = strata::test::ddlCases();

    const Model &model(const QString &caseName) const
    {
        return std::find_if(m_cases.begin(), m_cases.end(), [&](const DdlCase &c) { return c.name == caseName; })->model;
    }

    void caseNames()
    {
        QTest::addColumn<QString>("caseName");
        for (const DdlCase &c : m_cases)
            QTest::newRow(qPrintable(c.name)) << c.name;
    }

private slots:
    void writesTheExpectedScripts_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<int>("dialect");
        QVERIFY(m_cases.size() >= 8);
        for (const DdlCase &c : m_cases) {
            for (Dialect d : {Dialect::Postgres, Dialect::Sqlite})
                QTest::newRow(qPrintable(c.name + u'.' + dialectName(d))) << c.name << int(d);
        }
    }

    void writesTheExpectedScripts()
    {
        QFETCH(QString, caseName);
        QFETCH(int, dialect);
        const Model &model = this->model(caseName);
        const DdlScript script = DdlWriter::write(model, Dialect(dialect));
        QVERIFY2(!strata::hasErrors(script.diagnostics), qPrintable(strata::test::ddlScriptWithDiagnostics(script)));
        STRATA_COMPARE_FILE(strata::test::ddlScriptWithDiagnostics(script), strata::test::ddlExpectedPath(caseName, Dialect(dialect)));
    }

    void sqliteScriptsRunAndCreateTheModel_data() { caseNames(); }

    void sqliteScriptsRunAndCreateTheModel()
    {
        QFETCH(QString, caseName);
        const Model &model = this->model(caseName);
        QTemporaryDir dir;
        strata::test::SqliteDatabase db(dir.filePath(QStringLiteral("model.db")));
        const DdlScript script = DdlWriter::write(model, Dialect::Sqlite);
        const QString error = db.exec(script.sql);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Table &t : model.tables) {
            QCOMPARE(db.column("SELECT name FROM pragma_table_xinfo(?1)", t.name), strata::test::expectedColumnNames(model, t));
            QCOMPARE(db.column("SELECT DISTINCT id FROM pragma_foreign_key_list(?1)", t.name).size(), t.foreignKeys.size());
            for (const Index &i : t.indexes) {
                const bool kept = !codesAndPaths(script.diagnostics)
                                       .contains(QStringLiteral("ddl.rejected@") + ObjectRef::child(ObjectRef::Kind::Index, t.id, i.id).path(model));
                if (kept && !i.name.isEmpty())
                    QCOMPARE(db.column("SELECT tbl_name FROM sqlite_schema WHERE type = 'index' AND name = ?1", i.name), QStringList{t.name});
            }
            // Comments live on in the schema text.
            const QString sql = db.column("SELECT sql FROM sqlite_schema WHERE name = ?1", t.name).value(0);
            for (const QString &line : t.comment.split(u'\n', Qt::SkipEmptyParts))
                QVERIFY2(sql.contains(QStringLiteral("-- ") + line), qPrintable(sql));
        }
    }

    void everyLossyTypeIsAWarningOnItsColumn()
    {
        const Model &model = this->model(QStringLiteral("types"));
        const QStringList found = codesAndPaths(DdlWriter::write(model, Dialect::Sqlite).diagnostics);
        int lossy = 0;
        for (const Column &c : model.tables[0].columns) {
            if (TypeMapping::toSqlite(c.type, model).warning.isEmpty())
                continue;
            ++lossy;
            QVERIFY2(found.contains(QStringLiteral("ddl.lossy-type@every_type.") + c.name), qPrintable(c.name));
        }
        QVERIFY(lossy >= 20);
        QVERIFY(DdlWriter::write(model, Dialect::Postgres).diagnostics.isEmpty());
    }

    void sqliteReportsWhatItCannotHold()
    {
        const Model model = strata::test::richModel();
        const QStringList found = codesAndPaths(DdlWriter::write(model, Dialect::Sqlite).diagnostics);
        const QStringList expected = {
            QStringLiteral("ddl.unsupported@shop"),
            QStringLiteral("ddl.unsupported@Audit Log"),
            QStringLiteral("ddl.unsupported@shop.invoice_no"),
            QStringLiteral("ddl.unsupported@shop.email"),
            QStringLiteral("ddl.lossy-type@shop.customer.email"),
            QStringLiteral("ddl.unsupported@Audit Log.session_cache (unique constraint session_cache_token_key)"),
            QStringLiteral("ddl.unsupported@shop.order (index order_customer_id_idx)"),
            QStringLiteral("ddl.unsupported@shop.order (index order_open_idx)"),
            QStringLiteral("ddl.unsupported@shop.big_orders"),
            QStringLiteral("ddl.unsupported@shop.Customer Totals"),
            QStringLiteral("ddl.unsupported@shop.order_status"),
            QStringLiteral("ddl.unsupported@Audit Log.event"),
            QStringLiteral("ddl.unsupported@Audit Log.session_cache"),
            QStringLiteral("ddl.rejected@Audit Log.Refund \"Requests\".invoice"),
            QStringLiteral("ddl.rewritten@shop.order.status"),
            QStringLiteral("ddl.lossy-type@shop.customer.tags"),
        };
        for (const QString &e : expected)
            QVERIFY2(found.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + found.join(u'\n')));
    }

    // SQLite has its own rules for each place an expression goes; the writer asks SQLite itself.
    void sqliteRulesOfEachPlaceAreKept()
    {
        Model model = this->model(QStringLiteral("rewrites"));
        Table &t = model.tables[0];
        t.checks = {CheckConstraint{QStringLiteral("sub"), QStringLiteral("sub"), QStringLiteral("a IN (SELECT 1)"), false, {}}};
        t.columns[1].defaultExpr = QStringLiteral("b || 'x'");
        t.indexes = {t.indexes[0]};
        t.indexes[0].keys[0].expression = QStringLiteral("random()");
        const QStringList found = codesAndPaths(DdlWriter::write(model, Dialect::Sqlite).diagnostics);
        for (const char *e : {"ddl.rejected@t (check constraint sub)", "ddl.rejected@t.a", "ddl.rejected@t (index t_lower_b)"})
            QVERIFY2(found.contains(QLatin1String(e)), qPrintable(QLatin1String(e) + QStringLiteral(" not in:\n") + found.join(u'\n')));
    }

    void brokenReferencesAreErrors()
    {
        Model model = strata::test::richModel();
        model.tables[1].foreignKeys[0].referencedTableId = QStringLiteral("shop.nowhere");
        model.tables[2].primaryKey->columnIds << QStringLiteral("missing");
        for (Dialect d : {Dialect::Postgres, Dialect::Sqlite}) {
            const DdlScript script = DdlWriter::write(model, d);
            const QStringList found = codesAndPaths(script.diagnostics);
            QVERIFY2(found.contains(QStringLiteral("ddl.unresolved@shop.order (foreign key order_customer_id_fkey)")), qPrintable(found.join(u'\n')));
            QVERIFY2(found.contains(QStringLiteral("ddl.unresolved@shop.order_line (primary key order_line_pkey)")), qPrintable(found.join(u'\n')));
            QVERIFY(strata::hasErrors(script.diagnostics));
        }
    }

    // The builders stand alone, for scripts other than a whole model's (migrations).
    void buildersWriteSingleStatements()
    {
        const Model model = strata::test::richModel();
        const Table &refund = *model.table(QStringLiteral("Audit Log.Refund \"Requests\""));
        const auto pg = DdlBuilder::create(model, Dialect::Postgres);
        QCOMPARE(pg->addForeignKey(refund, refund.foreignKeys[0]),
                 QStringLiteral("ALTER TABLE \"Audit Log\".\"Refund \"\"Requests\"\"\"\n    ADD CONSTRAINT refund_line_fkey FOREIGN KEY "
                                "(order_id, line_no) REFERENCES shop.order_line (order_id, line_no) MATCH FULL;"));
        const Table &customer = *model.table(QStringLiteral("shop.customer"));
        QCOMPARE(pg->columnDefinition(customer, customer.columns[2]),
                 QStringLiteral("\"Full Name\" character varying(120) COLLATE \"C\" NOT NULL"));
        QCOMPARE(pg->commentOn(ObjectRef::child(ObjectRef::Kind::Column, customer.id, customer.columns[2].id)),
                 QStringLiteral("COMMENT ON COLUMN shop.customer.\"Full Name\" IS 'As the customer writes it';"));
        strata::Diagnostics diagnostics;
        const auto lite = DdlBuilder::create(model, Dialect::Sqlite, &diagnostics);
        QCOMPARE(lite->columnDefinition(customer, customer.columns[0]),
                 QStringLiteral("id INTEGER CONSTRAINT customer_pkey PRIMARY KEY AUTOINCREMENT"));
        QCOMPARE(codesAndPaths(diagnostics), QStringList{QStringLiteral("ddl.unsupported@shop.customer.id")});
        QCOMPARE(lite->addForeignKey(refund, refund.foreignKeys[0]), QString());
    }

    // A bulk load runs the statements one by one and leaves indexes, foreign keys and views until
    // the rows are in: the statements are the script's, and only those are marked for later.
    void statementsSayWhatCanWaitForTheData()
    {
        const Model model = strata::test::richModel();
        for (const Dialect dialect : {Dialect::Postgres, Dialect::Sqlite}) {
            const DdlScript script = DdlWriter::write(model, dialect);
            QString joined;
            int later = 0;
            for (const DdlStatement &s : script.statements) {
                QVERIFY(script.sql.contains(s.sql));
                joined += u'\n' + s.sql + u'\n';
                const QString head = s.sql.section(u' ', 0, 2);
                const bool laterKind = head.startsWith(u"CREATE INDEX") || head.startsWith(u"CREATE UNIQUE INDEX") ||
                                       head.startsWith(u"CREATE VIEW") || head.startsWith(u"CREATE MATERIALIZED") ||
                                       s.sql.contains(u"ADD CONSTRAINT") || head.startsWith(u"COMMENT ON INDEX") ||
                                       head.startsWith(u"COMMENT ON VIEW") || head.startsWith(u"COMMENT ON MATERIALIZED") ||
                                       (head.startsWith(u"COMMENT ON CONSTRAINT") && s.sql.contains(u"fkey"));
                QVERIFY2(s.afterData == laterKind, qPrintable(s.sql));
                later += s.afterData;
            }
            QVERIFY(script.sql.endsWith(joined));
            QVERIFY(later > 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestDdlWriter)
#include "TestDdlWriter.moc"
