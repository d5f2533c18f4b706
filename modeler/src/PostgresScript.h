// A PostgreSQL script as libpg_query parses it: its UTF-8 text, the parse tree of all its statements
// and the place (line, column) of any offset. What PostgreSQL 15's grammar (libpg_query's) cannot
// read but the import can still use is fixed in the text, length for length so that every offset
// stays the file's: psql meta-commands (pg_dump's \restrict lines) and the rows of COPY ... FROM
// stdin are blanked, PostgreSQL 18's VIRTUAL generated columns are read as STORED. Each fix is noted.
#pragma once

#include "ScriptLines.h"

#include <strata/Diagnostic.h>
#include <strata/Result.h>

#include <QByteArray>

#include <memory>

struct PgQuery__ParseResult;

namespace strata::modeler {

class PostgresScript
{
public:
    /// Parses the whole script; a syntax error is an Error with the line and column.
    static Result<std::unique_ptr<PostgresScript>> parse(const QByteArray &script, const QString &sourceName,
                                                         Diagnostics *notes);
    ~PostgresScript();
    PostgresScript(const PostgresScript &) = delete;
    PostgresScript &operator=(const PostgresScript &) = delete;

    const char *text() const { return m_text.constData(); }
    int size() const { return int(m_text.size()); }
    const PgQuery__ParseResult &tree() const { return *m_tree; }
    const QString &sourceName() const { return m_sourceName; }

    /// The place of a byte offset: source name, 1-based line and column (in characters).
    SourcePlace place(int offset) const { return m_lines.place(offset); }
    /// The text of [begin, end).
    QString slice(int begin, int end) const { return QString::fromUtf8(text() + begin, end - begin); }

private:
    PostgresScript(QByteArray text, QString sourceName);
    /// Blanks psql meta-commands: lines that start with a backslash where a statement may start.
    void blankMetaCommands(Diagnostics *notes);
    /// Blanks the rows after COPY ... FROM stdin; whose ';' is at `semicolon`; returns where they end.
    int skipCopyData(int semicolon, Diagnostics *notes);
    void blank(int begin, int end);
    int lineEnd(int from) const;
    /// Fixes what the grammar refused at `offset`, if the import knows how; false otherwise.
    bool fixAt(int offset, Diagnostics *notes);
    /// The byte offset of libpg_query's 1-based character position.
    int byteOffset(int characterPosition) const;
    void note(Severity severity, const QString &code, int offset, const QString &message, Diagnostics *notes) const;

    QByteArray m_text;
    QString m_sourceName;
    ScriptLines m_lines; // of the text as read: fixes keep every offset
    PgQuery__ParseResult *m_tree = nullptr;
};

} // namespace strata::modeler
