// Every PostgreSQL DDL script of the cases runs on a fresh database of a real server, and the
// database then has the model's tables, with their exact column names, foreign keys and comments.
#include "DdlCases.h"
#include "PgServer.h"

#include <modeler/SqlQuoting.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace strata::modeler;
using strata::test::PgServer;

namespace {

// What the database says about a table: its columns (name, comment), its comment and how many
// foreign keys it declares itself (not those a partition inherits).
QString catalogQuery(const Model &model, const Table &table)
{
    const QString relation = quoteLiteral(quoteQualified(model.schemaName(table.schemaId), table.name, Dialect::Postgres)) +
                             QStringLiteral("::regclass");
    return QStringLiteral(
               "SELECT json_build_object("
               "'columns', (SELECT json_agg(json_build_array(attname, col_description(attrelid, attnum)) ORDER BY attnum)"
               " FROM pg_attribute WHERE attrelid = %1 AND attnum > 0 AND NOT attisdropped),"
               "'comment', obj_description(%1, 'pg_class'),"
               "'foreignKeys', (SELECT count(*) FROM pg_constraint WHERE conrelid = %1 AND contype = 'f' AND conparentid = 0));")
        .arg(relation);
}

} // namespace

class TestDdlApply : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;
    QList<strata::test::DdlCase> m_cases = strata::test::ddlCases();

private slots:
    void initTestCase()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(server.value());
    }

    void postgresScriptsRunAndCreateTheModel_data()
    {
        QTest::addColumn<int>("index");
        QVERIFY(m_cases.size() >= 8);
        for (int i = 0; i < m_cases.size(); ++i)
            QTest::newRow(qPrintable(m_cases[i].name)) << i;
    }

    void postgresScriptsRunAndCreateTheModel()
    {
        QFETCH(int, index);
        const Model &model = m_cases[index].model;
        const QString database = QStringLiteral("case_%1").arg(index);
        QVERIFY(m_server->createDatabase(database).ok());
        const DdlScript script = DdlWriter::write(model, Dialect::Postgres);
        auto ran = m_server->psql(script.sql, database);
        QVERIFY2(ran.ok(), ran.ok() ? "" : qPrintable(ran.error().toString()));

        for (const Table &t : model.tables) {
            auto answer = m_server->psql(catalogQuery(model, t), database);
            QVERIFY2(answer.ok(), answer.ok() ? "" : qPrintable(answer.error().toString()));
            const QJsonObject catalog = QJsonDocument::fromJson(answer->toUtf8()).object();
            QStringList names;
            for (const QJsonValue &c : catalog.value(QStringLiteral("columns")).toArray())
                names << c.toArray().at(0).toString();
            QCOMPARE(names, strata::test::expectedColumnNames(model, t));
            for (const Column &c : t.columns) {
                const QJsonArray column = catalog.value(QStringLiteral("columns")).toArray().at(t.columns.indexOf(c)).toArray();
                QCOMPARE(column.at(1).toString(), c.comment);
            }
            QCOMPARE(catalog.value(QStringLiteral("comment")).toString(), t.comment);
            QCOMPARE(catalog.value(QStringLiteral("foreignKeys")).toInt(), int(t.foreignKeys.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestDdlApply)
#include "TestDdlApply.moc"
