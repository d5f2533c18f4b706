#include "modeler/SqlQuoting.h"

#include <QHash>
#include <QMutex>

#include <pg_query.h>
#include <pg_query.pb-c.h>
#include <sqlite3.h>

namespace strata::modeler {

namespace {

bool isPlainIdentifier(QStringView name, bool lowerCaseOnly)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        const bool lower = c >= u'a' && c <= u'z';
        const bool upper = c >= u'A' && c <= u'Z';
        const bool digit = c >= u'0' && c <= u'9';
        const bool ok = lower || c == u'_' || (upper && !lowerCaseOnly) || (digit && i > 0);
        if (!ok)
            return false;
    }
    return true;
}

// PostgreSQL quotes every keyword but the unreserved ones (as quote_ident and pg_dump do). The
// keyword list is the parser's own, reached through libpg_query's scanner.
bool isPostgresKeywordNeedingQuotes(QStringView name)
{
    static QMutex mutex;
    static QHash<QString, bool> cache;
    const QString key = name.toString();
    {
        QMutexLocker lock(&mutex);
        auto it = cache.constFind(key);
        if (it != cache.constEnd())
            return *it;
    }
    bool reserved = false;
    PgQueryScanResult scan = pg_query_scan(key.toUtf8().constData());
    if (!scan.error) {
        PgQuery__ScanResult *tokens = pg_query__scan_result__unpack(
            nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t *>(scan.pbuf.data));
        if (tokens && tokens->n_tokens == 1) {
            const auto kind = tokens->tokens[0]->keyword_kind;
            reserved = kind != PG_QUERY__KEYWORD_KIND__NO_KEYWORD && kind != PG_QUERY__KEYWORD_KIND__UNRESERVED_KEYWORD;
        }
        pg_query__scan_result__free_unpacked(tokens, nullptr);
    }
    pg_query_free_scan_result(scan);
    QMutexLocker lock(&mutex);
    cache.insert(key, reserved);
    return reserved;
}

bool isSqliteKeyword(QStringView name)
{
    const QByteArray utf8 = name.toUtf8();
    return sqlite3_keyword_check(utf8.constData(), int(utf8.size())) != 0;
}

} // namespace

bool needsQuotes(QStringView name, Dialect dialect)
{
    if (dialect == Dialect::Postgres)
        return !isPlainIdentifier(name, true) || isPostgresKeywordNeedingQuotes(name);
    return !isPlainIdentifier(name, false) || isSqliteKeyword(name);
}

bool isReservedWord(QStringView name, Dialect dialect)
{
    const QString lower = name.toString().toLower();
    if (!isPlainIdentifier(lower, true))
        return false;
    return dialect == Dialect::Postgres ? isPostgresKeywordNeedingQuotes(lower) : isSqliteKeyword(lower);
}

QString quoteIdentifier(QStringView name, Dialect dialect)
{
    if (!needsQuotes(name, dialect))
        return name.toString();
    QString out = name.toString();
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QString quoteQualified(QStringView schema, QStringView name, Dialect dialect)
{
    if (schema.isEmpty())
        return quoteIdentifier(name, dialect);
    return quoteIdentifier(schema, dialect) + u'.' + quoteIdentifier(name, dialect);
}

QString quoteLiteral(QStringView text)
{
    QString out = text.toString();
    out.replace(u'\'', QStringLiteral("''"));
    return u'\'' + out + u'\'';
}

} // namespace strata::modeler
