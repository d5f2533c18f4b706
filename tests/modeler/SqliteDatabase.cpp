#include "SqliteDatabase.h"

#include <sqlite3.h>

namespace strata::test {

SqliteDatabase::SqliteDatabase(const QString &path) { sqlite3_open(path.toUtf8().constData(), &m_db); }

SqliteDatabase::~SqliteDatabase() { sqlite3_close(m_db); }

QString SqliteDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    const QString error = rc == SQLITE_OK ? QString() : QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return error;
}

QList<QStringList> SqliteDatabase::rows(const QString &sql, const QStringList &parameters, QString *error)
{
    QList<QStringList> out;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        const QString message = QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(m_db));
        if (error)
            *error = message;
        return error ? out : QList<QStringList>{{message}};
    }
    for (int i = 0; i < parameters.size(); ++i) {
        const QByteArray value = parameters.at(i).toUtf8();
        sqlite3_bind_text(statement, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < sqlite3_column_count(statement); ++i)
            row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
        out << row;
    }
    sqlite3_finalize(statement);
    return out;
}

QStringList SqliteDatabase::column(const QString &sql, const QString &parameter)
{
    QStringList out;
    for (const QStringList &row : rows(sql, {parameter}))
        out << row.value(0);
    return out;
}

} // namespace strata::test
