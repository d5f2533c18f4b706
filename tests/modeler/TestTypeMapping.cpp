// Type mapping and quoting: what each dialect gets, what reads back, and that nothing is lost silently.
#include "CaseFiles.h"

#include <modeler/SqlQuoting.h>
#include <modeler/TypeMapping.h>

#include <QTest>

using namespace strata::modeler;
using Kind = DataType::Kind;

namespace {

// Every built-in kind with typical arguments, plain and as an array.
QList<DataType> everyBuiltinType()
{
    QList<DataType> out;
    for (int k = 0; k < int(Kind::Named); ++k) {
        DataType t{Kind(k)};
        if (t.kind == Kind::Numeric) {
            t.precision = 10;
            t.scale = 2;
        } else if (t.kind == Kind::VarChar || t.kind == Kind::Char || t.kind == Kind::Bit || t.kind == Kind::VarBit) {
            t.length = 20;
        } else if (t.kind == Kind::Timestamp || t.kind == Kind::TimestampTz || t.kind == Kind::Time) {
            t.length = 3;
        }
        out << t;
        t.arrayDims = 1;
        out << t;
    }
    return out;
}

} // namespace

class TestTypeMapping : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhereNeeded_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("postgres");
        QTest::addColumn<QString>("sqlite");
        QTest::newRow("plain") << "customer" << "customer" << "customer";
        QTest::newRow("mixed case") << "Customer" << "\"Customer\"" << "Customer";
        QTest::newRow("space") << "order line" << "\"order line\"" << "\"order line\"";
        QTest::newRow("reserved") << "order" << "\"order\"" << "\"order\"";
        QTest::newRow("reserved user") << "user" << "\"user\"" << "user";
        QTest::newRow("col-name keyword") << "time" << "\"time\"" << "time";
        QTest::newRow("unreserved keyword") << "name" << "name" << "name";
        QTest::newRow("quote inside") << "say \"hi\"" << "\"say \"\"hi\"\"\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("digit first") << "1st" << "\"1st\"" << "\"1st\"";
        QTest::newRow("non-ascii") << "bıgınt" << "\"bıgınt\"" << "\"bıgınt\"";
        QTest::newRow("sqlite keyword") << "group" << "\"group\"" << "\"group\"";
        QTest::newRow("empty") << "" << "\"\"" << "\"\"";
    }

    void quotesOnlyWhereNeeded()
    {
        QFETCH(QString, name);
        QFETCH(QString, postgres);
        QFETCH(QString, sqlite);
        QCOMPARE(quoteIdentifier(name, Dialect::Postgres), postgres);
        QCOMPARE(quoteIdentifier(name, Dialect::Sqlite), sqlite);
    }

    void quotesLiterals()
    {
        QCOMPARE(quoteLiteral(u"it's"), QStringLiteral("'it''s'"));
        QCOMPARE(quoteQualified(u"Audit Log", u"order", Dialect::Postgres), QStringLiteral("\"Audit Log\".\"order\""));
        QCOMPARE(quoteQualified(u"", u"t", Dialect::Postgres), QStringLiteral("t"));
    }

    void postgresSpellings_data()
    {
        QTest::addColumn<QString>("neutral");
        QTest::addColumn<QString>("postgres");
        QTest::newRow("varchar") << "varchar(80)" << "character varying(80)";
        QTest::newRow("char") << "char(2)" << "character(2)";
        QTest::newRow("timestamptz") << "timestamptz(3)" << "timestamp(3) with time zone";
        QTest::newRow("time") << "time" << "time without time zone";
        QTest::newRow("double") << "double" << "double precision";
        QTest::newRow("binary") << "binary" << "bytea";
        QTest::newRow("array") << "integer[]" << "integer[]";
        QTest::newRow("varbit") << "varbit(5)" << "bit varying(5)";
        QTest::newRow("extension") << "geometry(Point,4326)" << "geometry(Point,4326)";
    }

    void postgresSpellings()
    {
        QFETCH(QString, neutral);
        QFETCH(QString, postgres);
        const DataType t = DataType::parse(neutral).value();
        const DialectType pg = TypeMapping::toPostgres(t, Model{});
        QCOMPARE(pg.sql, postgres);
        QVERIFY(pg.warning.isEmpty());
    }

    // What PostgreSQL's format_type() prints for our spelling reads back as the same type.
    void everyTypeRoundTripsThroughPostgres()
    {
        for (const DataType &t : everyBuiltinType()) {
            const QString sql = TypeMapping::toPostgres(t, Model{}).sql;
            QCOMPARE(TypeMapping::fromPostgresText(sql).toString(), t.toString());
        }
    }

    // Types SQLite can hold come back as themselves; the others come back with a warning on the way out.
    void sqliteKeepsWhatItCanAndWarnsOtherwise()
    {
        for (const DataType &t : everyBuiltinType()) {
            const DialectType lite = TypeMapping::toSqlite(t, Model{});
            QVERIFY2(!lite.sql.isEmpty(), qPrintable(t.toString()));
            QString readWarning;
            const DataType back = TypeMapping::fromSqlite(lite.sql, &readWarning);
            QVERIFY2(readWarning.isEmpty(), qPrintable(lite.sql + QStringLiteral(": ") + readWarning));
            if (back != t)
                QVERIFY2(!lite.warning.isEmpty(), qPrintable(t.toString() + QStringLiteral(" became ") + back.toString() + QStringLiteral(" silently")));
        }
    }

    void namedTypesResolveAgainstTheModel()
    {
        Model m;
        m.schemas << Schema{QStringLiteral("s"), QStringLiteral("Sales"), {}};
        m.enums << EnumType{QStringLiteral("s.Mood"), QStringLiteral("s"), QStringLiteral("Mood"),
                            {QStringLiteral("ok")}, {}};
        DataType mood = DataType::named(QStringLiteral("s.Mood"));
        mood.arrayDims = 1;
        QCOMPARE(TypeMapping::toPostgres(mood, m).sql, QStringLiteral("\"Sales\".\"Mood\"[]"));
        mood.arrayDims = 0;
        QCOMPARE(TypeMapping::toSqlite(mood, m).sql, QStringLiteral("TEXT"));
        QVERIFY(TypeMapping::toSqlite(DataType::named(QStringLiteral("tsvector")), m).warning.contains(u"tsvector"));
    }

    // docs/type-mapping.md holds the table this code implements; the test keeps the two the same.
    void documentedTableMatchesTheCode()
    {
        QString table = QStringLiteral("| model | PostgreSQL | SQLite | what SQLite loses |\n| --- | --- | --- | --- |\n");
        for (const DataType &t : everyBuiltinType()) {
            if (t.isArray())
                continue; // arrays follow one rule, stated in the prose
            const DialectType lite = TypeMapping::toSqlite(t, Model{});
            table += QStringLiteral("| `%1` | `%2` | `%3` | %4 |\n")
                         .arg(t.toString(), TypeMapping::toPostgres(t, Model{}).sql, lite.sql, lite.warning);
        }
        const QString doc = strata::test::readText(QStringLiteral(STRATA_SOURCE_DIR "/docs/type-mapping.md"));
        const QString begin = QStringLiteral("<!-- generated table -->\n"), end = QStringLiteral("<!-- end of generated table -->");
        const qsizetype from = doc.indexOf(begin), to = doc.indexOf(end);
        QVERIFY2(from >= 0 && to > from, "docs/type-mapping.md lacks the generated-table markers");
        STRATA_COMPARE_TEXT(doc.mid(from + begin.size(), to - from - begin.size()), table);
    }

    void readsPostgresParseTreeNames()
    {
        QCOMPARE(TypeMapping::fromPostgres({"pg_catalog", "varchar"}, {100}, 0).toString(), QStringLiteral("varchar(100)"));
        QCOMPARE(TypeMapping::fromPostgres({"pg_catalog", "numeric"}, {12, 2}, 0).toString(), QStringLiteral("numeric(12,2)"));
        QCOMPARE(TypeMapping::fromPostgres({"pg_catalog", "timestamptz"}, {3}, 1).toString(), QStringLiteral("timestamptz(3)[]"));
        QCOMPARE(TypeMapping::fromPostgres({"pg_catalog", "float4"}, {}, 0).toString(), QStringLiteral("real"));
        QCOMPARE(TypeMapping::fromPostgres({"bigserial"}, {}, 0).toString(), QStringLiteral("bigint"));
        QVERIFY(TypeMapping::isSerialName(u"serial"));
        QCOMPARE(TypeMapping::fromPostgres({"public", "Mood"}, {}, 0).toString(), QStringLiteral("public.\"Mood\""));
        QCOMPARE(TypeMapping::fromPostgres({"public", "mood"}, {}, 0, QStringLiteral("public.mood")).toString(),
                 QStringLiteral("public.mood"));
        QCOMPARE(TypeMapping::fromPostgres({"pg_catalog", "interval"}, {0x7FFF, 6}, 0).toString(), QStringLiteral("interval(6)"));
    }

    void readsSqliteDeclaredTypes_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("neutral");
        QTest::addColumn<bool>("warns");
        QTest::newRow("int") << "INT" << "integer" << false;
        QTest::newRow("varchar") << "VARCHAR(45)" << "varchar(45)" << false;
        QTest::newRow("decimal") << "DECIMAL(5,2)" << "numeric(5,2)" << false;
        QTest::newRow("datetime") << "DATETIME" << "timestamp" << false;
        QTest::newRow("nvarchar") << "NVARCHAR(10)" << "varchar(10)" << false;
        QTest::newRow("blob subtype") << "BLOB SUB_TYPE TEXT" << "text" << true;
        QTest::newRow("unknown") << "YEAR" << "numeric" << true;
        QTest::newRow("none") << "" << "binary" << true;
        QTest::newRow("int-ish") << "UNSIGNED INTEGER" << "bigint" << true;
    }

    void readsSqliteDeclaredTypes()
    {
        QFETCH(QString, declared);
        QFETCH(QString, neutral);
        QFETCH(bool, warns);
        QString warning;
        QCOMPARE(TypeMapping::fromSqlite(declared, &warning).toString(), neutral);
        QCOMPARE(!warning.isEmpty(), warns);
    }
};

QTEST_GUILESS_MAIN(TestTypeMapping)
#include "TestTypeMapping.moc"
