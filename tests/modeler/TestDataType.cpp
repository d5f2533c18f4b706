// The neutral type spelling: what a person types is understood, what is written reads back the same.
#include <modeler/DataType.h>

#include <QTest>

using namespace strata::modeler;
using Kind = DataType::Kind;

class TestDataType : public QObject
{
    Q_OBJECT

private slots:
    void parsesSpellings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("int") << "int" << "integer";
        QTest::newRow("int8") << "INT8" << "bigint";
        QTest::newRow("varchar") << "character varying(20)" << "varchar(20)";
        QTest::newRow("varchar-no-length") << "varchar" << "varchar";
        QTest::newRow("numeric") << "decimal(10, 2)" << "numeric(10,2)";
        QTest::newRow("numeric-p") << "numeric(5)" << "numeric(5)";
        QTest::newRow("timestamptz") << "timestamp(3) with time zone" << "timestamptz(3)";
        QTest::newRow("timestamp") << "timestamp without time zone" << "timestamp";
        QTest::newRow("double") << "double precision" << "double";
        QTest::newRow("float-small") << "float(10)" << "real";
        QTest::newRow("array") << "text[]" << "text[]";
        QTest::newRow("array2") << "integer [3][]" << "integer[][]";
        QTest::newRow("array-sql") << "integer ARRAY" << "integer[]";
        QTest::newRow("bytea") << "bytea" << "binary";
        QTest::newRow("bpchar") << "bpchar(3)" << "char(3)";
        QTest::newRow("enum-ref") << "public.Mood" << "public.Mood";
        QTest::newRow("extension") << "geometry(Point,4326)" << "geometry(Point,4326)";
        QTest::newRow("named-array") << "public.mpaa_rating[]" << "public.mpaa_rating[]";
    }

    void parsesSpellings()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        auto t = DataType::parse(input);
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t->toString(), canonical);
        QCOMPARE(DataType::parse(canonical).value(), t.value());
    }

    void refusesNonsense_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("letters") << "varchar(abc)";
        QTest::newRow("unclosed") << "numeric(10,2";
        QTest::newRow("too-many") << "numeric(1,2,3)";
        QTest::newRow("args-on-int") << "integer(4)";
        QTest::newRow("negative") << "varchar(-1)";
    }

    void refusesNonsense()
    {
        QFETCH(QString, input);
        auto t = DataType::parse(input);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(u"invalid type"), qPrintable(t.error().message));
    }

    // Every built-in kind, with and without arguments and as an array, survives writing and reading.
    void everyKindRoundTrips()
    {
        for (int k = 0; k < int(Kind::Named); ++k) {
            for (int dims = 0; dims < 2; ++dims) {
                DataType t{Kind(k)};
                t.arrayDims = dims;
                if (t.kind == Kind::Numeric) {
                    t.precision = 12;
                    t.scale = 3;
                } else if (t.kind == Kind::VarChar || t.kind == Kind::Char || t.kind == Kind::Bit ||
                           t.kind == Kind::VarBit || t.isTemporal()) {
                    t.length = 4;
                    if (t.kind == Kind::Date)
                        t.length = -1;
                }
                auto back = DataType::parse(t.toString());
                QVERIFY2(back.ok(), qPrintable(t.toString()));
                QCOMPARE(back->toString(), t.toString());
                QVERIFY(back.value() == t);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDataType)
#include "TestDataType.moc"
