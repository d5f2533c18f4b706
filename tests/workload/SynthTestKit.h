// Helpers for the workload tests: models of tests/data/synth, one value of a query, and a hash of
// a whole database's rows (tables by name, rows in rowid order) to compare two runs byte for byte.
#pragma once

#include <connectors/Session.h>
#include <modeler/ModelFile.h>

#include <QCryptographicHash>
#include <QTest>

namespace strata::test {

inline modeler::Model synthModel(const QString &name)
{
    auto model = modeler::ModelFile::load(QStringLiteral(STRATA_TEST_DATA_DIR "/synth/") + name);
    if (!model)
        qFatal("%s", qPrintable(model.error().toString()));
    return *model;
}

inline modeler::Model shopModel()
{
    auto model = modeler::ModelFile::load(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.strata"));
    if (!model)
        qFatal("%s", qPrintable(model.error().toString()));
    return *model;
}

inline std::unique_ptr<connectors::Session> openSqlite(const QString &path)
{
    auto session = connectors::Session::open(connectors::ConnectionSpec{connectors::Dialect::Sqlite, path, false});
    if (!session)
        qFatal("%s", qPrintable(session.error().toString()));
    return std::move(*session);
}

/// The rows of a query; a failed query fails the test run loudly.
inline QList<connectors::Row> rows(connectors::Session &session, const QString &sql, const connectors::Row &params = {})
{
    auto result = session.query(sql, params);
    if (!result)
        qFatal("%s: %s", qPrintable(sql), qPrintable(result.error().toString()));
    return result->rows;
}

inline QVariant scalar(connectors::Session &session, const QString &sql, const connectors::Row &params = {})
{
    return rows(session, sql, params).value(0).value(0);
}

/// SHA-256 of every table's rows (tables by name, rows in rowid order), values with their types.
inline void sqliteDataHash(connectors::Session &session, QByteArray *out)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const connectors::Row &table : rows(session, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                                                     "AND name NOT LIKE 'sqlite%' ORDER BY name"))) {
        const QString name = table[0].toString();
        hash.addData(name.toUtf8());
        auto all = session.query(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(name));
        if (!all) // WITHOUT ROWID: in key order
            all = session.query(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
        QVERIFY2(all.ok(), "");
        for (const connectors::Row &row : all->rows) {
            for (const QVariant &v : row)
                hash.addData(QStringLiteral("%1:%2|").arg(v.typeId()).arg(v.toString()).toUtf8());
            hash.addData("\n");
        }
    }
    *out = hash.result().toHex();
}

} // namespace strata::test
