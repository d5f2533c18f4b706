// A script and where things are in it. The splitters and SQLite count UTF-8 bytes, the PostgreSQL
// server counts characters, the editor and SourcePlace count QString (UTF-16) units: this converts.
#pragma once

#include "connectors/StatementSpan.h"

#include <strata/Error.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace strata::connectors {

class ScriptText
{
public:
    ScriptText() = default;
    ScriptText(QString text, QString source);

    const QString &text() const { return m_text; }
    const QByteArray &utf8() const { return m_utf8; }
    const QString &source() const { return m_source; }

    /// The QString index of a UTF-8 byte offset (fast when asked in increasing order).
    qsizetype indexOfByte(qsizetype byteOffset) const;
    /// A span from byte offsets, with leading and trailing whitespace left out.
    StatementSpan spanOfBytes(qsizetype byteOffset, qsizetype byteLength) const;
    QString statementText(const StatementSpan &span) const { return m_text.mid(span.offset, span.length); }
    QByteArray statementUtf8(const StatementSpan &span) const { return m_utf8.mid(span.byteOffset, span.byteLength); }

    /// The place of a QString index of the script: source, 1-based line and column.
    SourcePlace placeAt(qsizetype index) const { return SourcePlace::atOffset(m_source, m_text, index); }
    /// The QString index of the `codePoint`-th character (0-based) of `text`.
    static qsizetype indexOfCodePoint(QStringView text, qsizetype codePoint);

private:
    QString m_text;
    QByteArray m_utf8;
    QString m_source;
    mutable qsizetype m_lastByte = 0, m_lastIndex = 0; // where the last conversion ended
};

} // namespace strata::connectors
