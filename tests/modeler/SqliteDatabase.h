// A SQLite database for the modeler tests (a file, or in memory): scripts run on it, and the rows of
// queries as text, parameters bound. A NULL reads as an empty string, as psql prints it.
#pragma once

#include <QStringList>

struct sqlite3;

namespace strata::test {

class SqliteDatabase
{
public:
    explicit SqliteDatabase(const QString &path = QStringLiteral(":memory:"));
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /// Runs a script: empty, or SQLite's error.
    QString exec(const QString &sql);
    /// Every row of one query with text parameters ?1, ?2, ...; an error is set in `error` if given,
    /// else returned as the only row.
    QList<QStringList> rows(const QString &sql, const QStringList &parameters = {}, QString *error = nullptr);
    /// The first column of every row.
    QStringList column(const QString &sql, const QString &parameter);

private:
    sqlite3 *m_db = nullptr;
};

} // namespace strata::test
