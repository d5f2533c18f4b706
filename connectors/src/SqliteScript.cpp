#include "SqliteScript.h"

#include <sqlite3.h>

#include <cctype>

namespace strata::connectors {

namespace {

// Where the first byte that is not whitespace, a semicolon or in a comment is (or `end`).
const char *skipBlank(const char *p, const char *end)
{
    while (p < end) {
        if (*p == ';' || std::isspace(static_cast<unsigned char>(*p))) {
            ++p;
        } else if (*p == '-' && p + 1 < end && p[1] == '-') {
            while (p < end && *p != '\n')
                ++p;
        } else if (*p == '/' && p + 1 < end && p[1] == '*') {
            p += 2;
            while (p + 1 < end && !(p[0] == '*' && p[1] == '/'))
                ++p;
            p = p + 1 < end ? p + 2 : end;
        } else {
            return p;
        }
    }
    return end;
}

bool isBlank(const char *p, const char *end)
{
    return skipBlank(p, end) == end;
}

} // namespace

QByteArray firstKeyword(const QByteArray &statement)
{
    const char *end = statement.constData() + statement.size();
    const char *p = skipBlank(statement.constData(), end), *word = p;
    while (p < end && std::isalpha(static_cast<unsigned char>(*p)))
        ++p;
    return QByteArray(word, p - word).toUpper();
}

QList<StatementSpan> splitSqliteScript(const ScriptText &script)
{
    QList<StatementSpan> statements;
    const QByteArray &utf8 = script.utf8();
    QByteArray candidate;
    qsizetype start = 0;
    // A statement's span leaves its semicolon out, as PostgreSQL's does.
    auto add = [&](qsizetype end) {
        if (!isBlank(utf8.constData() + start, utf8.constData() + end))
            statements.append(script.spanOfBytes(start, end - start));
        start = end + 1;
    };
    for (qsizetype i = utf8.indexOf(';'); i >= 0; i = utf8.indexOf(';', i + 1)) {
        candidate = utf8.mid(start, i + 1 - start);
        if (sqlite3_complete(candidate.constData()))
            add(i);
    }
    if (start < utf8.size())
        add(utf8.size()); // the last statement needs no semicolon
    return statements;
}

} // namespace strata::connectors
