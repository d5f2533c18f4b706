// Copying rows: tab-separated, CSV (NULL apart from ''), Markdown and INSERT statements for each
// dialect, from one set of awkward values; each output is compared with its file in
// tests/data/copy-formats. The INSERTs are also run on SQLite to check they put the same rows back.
#include "CaseFiles.h"

#include <connectors/Session.h>
#include <connectors/ui/RowFormatter.h>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::connectors;
using namespace strata::connectors::ui;

namespace {

const QString dir = QStringLiteral(STRATA_TEST_DATA_DIR "/copy-formats/");

QList<Column> columns()
{
    return {{QStringLiteral("id"), QStringLiteral("integer"), 23},
            {QStringLiteral("note"), QStringLiteral("text"), 25},
            {QStringLiteral("price"), QStringLiteral("numeric"), 1700},
            {QStringLiteral("ratio"), QStringLiteral("double precision"), 701},
            {QStringLiteral("ok"), QStringLiteral("boolean"), 16},
            {QStringLiteral("Data \"raw\""), QStringLiteral("bytea"), 17}};
}

QList<Row> rows()
{
    return {
        {qlonglong(1), QStringLiteral("plain"), QStringLiteral("12.50"), 0.25, true,
         QByteArray("\x00\xff", 2)},
        {qlonglong(2), QString(""), QVariant(), QVariant(), false, QVariant()},
        {qlonglong(3), QStringLiteral("it's a \"quote\", a\ttab | pipe\nand a new line"),
         QStringLiteral("NaN"), std::numeric_limits<double>::infinity(), QVariant(), QByteArray()},
        {QVariant(), QStringLiteral(" leading space"), QStringLiteral("-0.001"), -1.5e-10, true,
         QByteArray("a")},
    };
}

CopyOptions options(Dialect dialect)
{
    CopyOptions o;
    o.dialect = dialect;
    o.schema = dialect == Dialect::Postgres ? QStringLiteral("shop") : QString();
    o.table = QStringLiteral("Price List");
    return o;
}

} // namespace

class TestRowFormatter : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tsv") << int(CopyFormat::Tsv) << int(Dialect::Postgres) << QStringLiteral("rows.tsv");
        QTest::newRow("csv") << int(CopyFormat::Csv) << int(Dialect::Postgres) << QStringLiteral("rows.csv");
        QTest::newRow("markdown") << int(CopyFormat::Markdown) << int(Dialect::Postgres)
                                  << QStringLiteral("rows.md");
        QTest::newRow("inserts postgres")
            << int(CopyFormat::Inserts) << int(Dialect::Postgres) << QStringLiteral("rows-postgres.sql");
        QTest::newRow("inserts sqlite")
            << int(CopyFormat::Inserts) << int(Dialect::Sqlite) << QStringLiteral("rows-sqlite.sql");
    }

    void formats()
    {
        QFETCH(int, format);
        QFETCH(int, dialect);
        QFETCH(QString, expected);
        const QString text =
            RowFormatter::format(CopyFormat(format), columns(), rows(), options(Dialect(dialect)));
        STRATA_COMPARE_FILE(text, dir + expected);
    }

    void sqliteInsertsPutTheRowsBack()
    {
        QTemporaryDir tmp;
        auto session = Session::open({Dialect::Sqlite, tmp.filePath(QStringLiteral("back.db")), true});
        QVERIFY(session.ok());
        QVERIFY((*session)
                    ->query(QStringLiteral(
                        "CREATE TABLE \"Price List\" (id, note, price, ratio, ok, \"Data \"\"raw\"\"\")"))
                    .ok());
        const QString inserts =
            RowFormatter::format(CopyFormat::Inserts, columns(), rows(), options(Dialect::Sqlite));
        auto loaded = (*session)->query(inserts);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        auto back = (*session)->query(
            QStringLiteral("SELECT id, note, ok, \"Data \"\"raw\"\"\" FROM \"Price List\" ORDER BY rowid"));
        QVERIFY(back.ok());
        QCOMPARE(back->rows.size(), 4);
        QCOMPARE(back->rows[1][1], QVariant(QString(""))); // an empty string, not NULL
        QVERIFY(back->rows[3][0].isNull());
        QCOMPARE(back->rows[2][1].toString(), rows()[2][1].toString());
        QCOMPARE(back->rows[0][3].toByteArray(), QByteArray("\x00\xff", 2));
        QCOMPARE(back->rows[0][2].toLongLong(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRowFormatter)
#include "TestRowFormatter.moc"
