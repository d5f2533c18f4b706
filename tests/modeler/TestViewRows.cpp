// The SQLite views the DDL writer rewrites from PostgreSQL's give the rows PostgreSQL's give: each
// model of tests/data/view-rows (the views case and the bundled sample) is created on a real
// PostgreSQL server and in an in-memory SQLite database, filled with the same INSERTs, and every
// view both databases hold is queried on each. Values are compared as a user reads them: numbers
// by value (12.40 is 12.4), times without PostgreSQL's "+00" (the session runs in UTC).
#include "CaseFiles.h"
#include "PgServer.h"
#include "SqliteDatabase.h"

#include <modeler/DdlWriter.h>
#include <modeler/ModelFile.h>
#include <modeler/SqlQuoting.h>

#include <QRegularExpression>
#include <QTest>


using namespace strata::modeler;
using strata::test::PgServer;

namespace {

QString normalized(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    static const QRegularExpression utc(QStringLiteral("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)\\+00$"));
    if (number.match(value).hasMatch())
        return QString::number(value.toDouble(), 'g', 12);
    const QRegularExpressionMatch time = utc.match(value);
    return time.hasMatch() ? time.captured(1) : value;
}

// psql's unaligned rows, or SQLite's, as sorted lines of normalized values: a view's order is
// checked by the ORDER BY ... LIMIT views, whose rows differ when their order does.
QString rowsText(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList values;
        for (const QString &v : row)
            values << normalized(v);
        lines << values.join(u'|');
    }
    lines.sort();
    return lines.join(u'\n');
}

// The views a script creates, in model order.
QStringList viewsIn(const Model &model, const DdlScript &script, Dialect dialect)
{
    QStringList out;
    for (const View &v : model.views) {
        if (script.sql.contains(QStringLiteral("VIEW %1 ").arg(quoteIdentifier(v.name, dialect))))
            out << v.name;
    }
    return out;
}

} // namespace

class TestViewRows : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;

private slots:
    void initTestCase()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(server.value());
    }

    void sqliteViewsGiveThePostgresRows_data()
    {
        QTest::addColumn<QString>("modelPath");
        QTest::addColumn<QString>("rowsPath");
        QTest::addColumn<int>("atLeast"); // views both databases must hold, so that a rejection shows
        QTest::newRow("views") << QStringLiteral(STRATA_TEST_DATA_DIR "/ddl/views.strata")
                               << QStringLiteral(STRATA_TEST_DATA_DIR "/view-rows/views.sql") << 21;
        QTest::newRow("sample") << QStringLiteral(STRATA_SAMPLES_DIR "/shop.strata")
                                << QStringLiteral(STRATA_TEST_DATA_DIR "/view-rows/shop.sql") << 1;
    }

    void sqliteViewsGiveThePostgresRows()
    {
        QFETCH(QString, modelPath);
        QFETCH(QString, rowsPath);
        QFETCH(int, atLeast);
        auto model = ModelFile::load(modelPath);
        QVERIFY2(model.ok(), model.ok() ? "" : qPrintable(model.error().toString()));
        const QString rows = strata::test::readText(rowsPath);
        const DdlScript pg = DdlWriter::write(*model, Dialect::Postgres);
        const DdlScript lite = DdlWriter::write(*model, Dialect::Sqlite);

        const QString database = QFileInfo(rowsPath).completeBaseName();
        QVERIFY((*m_server).createDatabase(database).ok());
        auto created = m_server->psql(pg.sql + rows, database);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        strata::test::SqliteDatabase sqlite;
        const QString error = sqlite.exec(lite.sql + rows);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QStringList inPostgres = viewsIn(*model, pg, Dialect::Postgres);
        QStringList both;
        for (const QString &v : viewsIn(*model, lite, Dialect::Sqlite)) {
            if (inPostgres.contains(v))
                both << v;
        }
        QVERIFY2(both.size() >= atLeast, qPrintable(both.join(QStringLiteral(", "))));
        for (const QString &view : both) {
            auto printed = m_server->psql(QStringLiteral("SET timezone = 'UTC'; SELECT * FROM %1;").arg(quoteIdentifier(view, Dialect::Postgres)), database);
            QVERIFY2(printed.ok(), printed.ok() ? "" : qPrintable(printed.error().toString()));
            QList<QStringList> pgRows;
            const QString text = printed->endsWith(u'\n') ? printed->chopped(1) : *printed;
            for (const QString &line : text.split(u'\n')) // an empty line is a row of one NULL
                pgRows << line.split(u'|');
            if (text.isEmpty())
                pgRows.clear();
            QString sqliteError;
            const QList<QStringList> liteRows = sqlite.rows(QStringLiteral("SELECT * FROM %1").arg(quoteIdentifier(view, Dialect::Sqlite)), {}, &sqliteError);
            QVERIFY2(sqliteError.isEmpty(), qPrintable(view + QStringLiteral(": ") + sqliteError));
            QVERIFY2(!pgRows.isEmpty(), qPrintable(view + QStringLiteral(": no rows to compare")));
            const QString expected = rowsText(pgRows), actual = rowsText(liteRows);
            QVERIFY2(expected == actual, qPrintable(view + u'\n' + strata::test::unifiedDiff(expected, actual, QStringLiteral("postgres"), QStringLiteral("sqlite"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestViewRows)
#include "TestViewRows.moc"
