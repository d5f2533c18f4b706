// Runs the schema statements of a SQLite script on an in-memory database, so that the catalog says
// what the script creates. Statements are split where SQLite says one is complete
// (sqlite3_complete, which knows CREATE TRIGGER ... BEGIN ... END). CREATE TABLE/INDEX/VIEW, ALTER
// TABLE and DROP run; triggers, virtual tables, data, PRAGMAs and transaction control are skipped
// with a diagnostic. A statement SQLite refuses for another reason than its syntax runs again after
// the others (an index on a table the script creates later); if SQLite still refuses it, it is
// skipped with SQLite's reason.
#pragma once

#include "ModelBuilder.h"
#include "ScriptLines.h"

#include <strata/Result.h>
#include <strata/TaskControl.h>

#include <QHash>

struct sqlite3;

namespace strata::modeler {

class SqliteScriptLoader
{
public:
    SqliteScriptLoader();
    ~SqliteScriptLoader();
    SqliteScriptLoader(const SqliteScriptLoader &) = delete;
    SqliteScriptLoader &operator=(const SqliteScriptLoader &) = delete;

    /// A syntax error is an Error with its line and column; what is skipped goes to `builder`.
    Result<void> load(const QByteArray &script, const QString &sourceName, ModelBuilder &builder, TaskControl *control);

    sqlite3 *database() const { return m_db; }
    /// Where the statement that created an object (by lower-case name) starts.
    SourcePlace placeOf(const QString &objectName) const;

private:
    struct Statement
    {
        int begin = 0;
        int end = 0;
    };
    enum class Action { Run, SkipNote, SkipWarning };

    QList<Statement> split(const QByteArray &script) const;
    Action classify(const QByteArray &script, const Statement &s, QString *why, QString *createdName) const;
    /// Empty when SQLite ran the statement; else its message, and `syntax` tells whether the
    /// statement itself is malformed (with the offset SQLite points at).
    QString run(const QByteArray &script, const Statement &s, bool *syntax, int *offset);

    sqlite3 *m_db = nullptr;
    ScriptLines m_lines;
    QHash<QString, SourcePlace> m_places;
};

} // namespace strata::modeler
