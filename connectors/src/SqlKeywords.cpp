#include "connectors/SqlKeywords.h"

#include <pg_query.h>
#include <pg_query.pb-c.h>
#include <sqlite3.h>

namespace strata::connectors {

namespace {

bool scansAsPostgresKeyword(const QByteArray &word)
{
    bool keyword = false;
    PgQueryScanResult scan = pg_query_scan(word.constData());
    if (!scan.error) {
        PgQuery__ScanResult *tokens = pg_query__scan_result__unpack(
            nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t *>(scan.pbuf.data));
        keyword = tokens && tokens->n_tokens == 1 &&
                  tokens->tokens[0]->keyword_kind != PG_QUERY__KEYWORD_KIND__NO_KEYWORD;
        pg_query__scan_result__free_unpacked(tokens, nullptr);
    }
    pg_query_free_scan_result(scan);
    return keyword;
}

// The grammar's tokens are named after the keywords (ABORT_P, SELECT, NULLS_LA ...); the scanner
// tells which names are keywords as written.
QStringList postgresKeywords()
{
    QStringList words;
    const ProtobufCEnumDescriptor &tokens = pg_query__token__descriptor;
    for (unsigned i = 0; i < tokens.n_values; ++i) {
        QByteArray name = QByteArray(tokens.values[i].name).toLower();
        if (name.endsWith("_la"))
            continue; // lookahead variants of keywords listed on their own
        if (name.endsWith("_p"))
            name.chop(2);
        if (scansAsPostgresKeyword(name))
            words.append(QString::fromLatin1(name));
    }
    return words;
}

QStringList sqliteKeywords()
{
    QStringList words;
    for (int i = 0; i < sqlite3_keyword_count(); ++i) {
        const char *name = nullptr;
        int length = 0;
        if (sqlite3_keyword_name(i, &name, &length) == SQLITE_OK)
            words.append(QString::fromLatin1(name, length).toLower());
    }
    return words;
}

QStringList sortedUnique(QStringList words)
{
    words.sort();
    words.removeDuplicates();
    return words;
}

} // namespace

const QStringList &sqlKeywords(Dialect dialect)
{
    static const QStringList postgres = sortedUnique(postgresKeywords());
    static const QStringList sqlite = sortedUnique(sqliteKeywords());
    return dialect == Dialect::Postgres ? postgres : sqlite;
}

} // namespace strata::connectors
