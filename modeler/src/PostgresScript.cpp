#include "PostgresScript.h"

#include "SqlLexer.h"

#include <pg_query.h>
#include <pg_query.pb-c.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include <strings.h>

namespace strata::modeler {

namespace {

// How many times a script may be fixed and parsed again; each fix costs a whole parse.
const int maxFixes = 100;

bool startsWithWord(const char *at, const char *end, const char *word)
{
    const size_t n = std::strlen(word);
    if (size_t(end - at) < n || strncasecmp(at, word, n) != 0)
        return false;
    const char after = at + n < end ? at[n] : ' ';
    return !(std::isalnum(static_cast<unsigned char>(after)) || after == '_');
}

} // namespace

PostgresScript::PostgresScript(QByteArray text, QString sourceName) : m_text(std::move(text)), m_sourceName(std::move(sourceName))
{
    // A byte order mark is not SQL; spaces keep the offsets.
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_text.replace(0, 3, "   ");
    m_lines = ScriptLines(m_text, m_sourceName);
}

PostgresScript::~PostgresScript()
{
    if (m_tree)
        pg_query__parse_result__free_unpacked(m_tree, nullptr);
}

int PostgresScript::byteOffset(int characterPosition) const
{
    int characters = 0;
    for (int i = 0; i < size(); ++i) {
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80 && ++characters == characterPosition)
            return i;
    }
    return size();
}

void PostgresScript::note(Severity severity, const QString &code, int offset, const QString &message, Diagnostics *notes) const
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.place = place(offset);
    notes->append(d);
}

void PostgresScript::blank(int begin, int end)
{
    std::fill(m_text.begin() + begin, m_text.begin() + end, ' ');
}

int PostgresScript::lineEnd(int from) const
{
    const int end = int(m_text.indexOf('\n', from));
    return end < 0 ? size() : end;
}

int PostgresScript::skipCopyData(int semicolon, Diagnostics *notes)
{
    // COPY ... FROM stdin; is followed by rows up to a line "\.", which are no SQL.
    const int begin = lineEnd(semicolon) + 1;
    int end = begin;
    while (end < size() && !(m_text.mid(end, 2) == "\\." && lineEnd(end) - end <= 3))
        end = lineEnd(end) + 1;
    end = std::min(lineEnd(end), size());
    if (begin < end) {
        note(Severity::Info, QStringLiteral("import.skipped"), begin, QStringLiteral("data and queries are not part of the model: the rows of COPY"), notes);
        blank(begin, end);
    }
    return end;
}

void PostgresScript::blankMetaCommands(Diagnostics *notes)
{
    // Only a line that starts where a statement may start is a meta-command: one inside a string
    // or a function body is the body's.
    SqlLexer lexer(m_text.constData(), 0, size(), Dialect::Postgres);
    bool statementStart = true;
    bool copyFromStdin = false;
    SqlLexer::Token first;
    for (SqlLexer::Token t = lexer.next(); t.kind != SqlLexer::Kind::End; t = lexer.next()) {
        const bool atLineStart = t.begin == 0 || m_text[t.begin - 1] == '\n';
        if (statementStart && atLineStart && m_text[t.begin] == '\\') {
            const int end = lineEnd(t.begin);
            note(Severity::Info, QStringLiteral("import.skipped"), t.begin,
                 QStringLiteral("psql meta-command skipped: %1").arg(slice(t.begin, end).trimmed()), notes);
            blank(t.begin, end);
            lexer = SqlLexer(m_text.constData(), end, size(), Dialect::Postgres);
            continue;
        }
        if (statementStart)
            first = t;
        copyFromStdin |= lexer.is(first, "COPY") && lexer.is(t, "STDIN");
        statementStart = t.kind == SqlLexer::Kind::Symbol && m_text[t.begin] == ';';
        if (statementStart && copyFromStdin) {
            lexer = SqlLexer(m_text.constData(), skipCopyData(t.begin, notes), size(), Dialect::Postgres);
            copyFromStdin = false;
        }
    }
}

bool PostgresScript::fixAt(int offset, Diagnostics *notes)
{
    const char *at = m_text.constData() + offset;
    const char *end = m_text.constData() + size();
    // PostgreSQL 18: GENERATED ALWAYS AS (...) VIRTUAL, the word right after the expression's ')'.
    // The model holds stored generated columns.
    int before = offset - 1;
    while (before >= 0 && std::isspace(static_cast<unsigned char>(m_text[before])))
        --before;
    if (startsWithWord(at, end, "VIRTUAL") && before >= 0 && m_text[before] == ')') {
        note(Severity::Warning, QStringLiteral("import.unsupported"), offset,
             QStringLiteral("a VIRTUAL generated column (PostgreSQL 18) is modelled as STORED"), notes);
        m_text.replace(offset, 7, "STORED ");
        return true;
    }
    return false;
}

Result<std::unique_ptr<PostgresScript>> PostgresScript::parse(const QByteArray &script, const QString &sourceName,
                                                              Diagnostics *notes)
{
    std::unique_ptr<PostgresScript> out(new PostgresScript(script, sourceName));
    if (out->m_text.startsWith('\\') || out->m_text.contains("\n\\"))
        out->blankMetaCommands(notes);
    for (int fixes = 0;; ++fixes) {
        PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(out->m_text.constData());
        if (!parsed.error) {
            out->m_tree = pg_query__parse_result__unpack(nullptr, parsed.parse_tree.len,
                                                         reinterpret_cast<const uint8_t *>(parsed.parse_tree.data));
            pg_query_free_protobuf_parse_result(parsed);
            if (!out->m_tree)
                return Error(QStringLiteral("cannot read libpg_query's parse tree"), SourcePlace::ofSource(sourceName),
                             QStringLiteral("import.syntax"));
            return out;
        }
        const QString message = QString::fromUtf8(parsed.error->message);
        const int offset = parsed.error->cursorpos > 0 ? out->byteOffset(parsed.error->cursorpos) : out->size();
        pg_query_free_protobuf_parse_result(parsed);
        if (fixes >= maxFixes || !out->fixAt(offset, notes))
            return Error(message, out->place(offset), QStringLiteral("import.syntax"));
    }
}

} // namespace strata::modeler
