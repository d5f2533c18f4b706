// The rows of one result set, kept in a temporary file so that a result of ten million rows costs
// disk, not memory. The session's worker appends the rows it fetches; the grid (GUI thread) and the
// CSV export read blocks of them back. The file goes away with the last owner (a shared_ptr).
//
// Format: each row is a QDataStream'd QVariantList (a SQL NULL is an invalid QVariant, so it stays
// apart from an empty string). Every blockRows-th row's file offset is indexed: reading a row seeks
// to its block's start and decodes at most blockRows - 1 rows before it, and the index of 10 million
// rows is 40,000 offsets.
#pragma once

#include <atomic>
#include <connectors/Column.h>
#include <memory>
#include <QFile>
#include <QMutex>
#include <QTemporaryFile>
#include <strata/Result.h>

namespace strata::connectors::ui {

class RowSpill
{
public:
    static constexpr int blockRows = 256;

    /// A new empty spill in the system's temporary folder.
    static Result<std::shared_ptr<RowSpill>> create();
    RowSpill(const RowSpill &) = delete;
    RowSpill &operator=(const RowSpill &) = delete;

    /// Appends rows (the writer: one thread at a time). They are readable once this returns.
    Result<void> append(const QList<Row> &rows);
    /// Rows appended so far; safe from any thread.
    qint64 rowCount() const { return m_rows.load(); }
    /// Up to `count` rows from `first` (fewer at the end); any thread.
    Result<QList<Row>> read(qint64 first, int count) const;

private:
    RowSpill() = default;

    QTemporaryFile m_writeFile;
    mutable QFile m_readFile;
    mutable QMutex m_indexMutex, m_readMutex;
    QList<qint64> m_blockOffsets; // file offset of rows 0, blockRows, 2 * blockRows ...
    qint64 m_written = 0;         // bytes written (the writer's own count)
    std::atomic<qint64> m_rows{0};
};

} // namespace strata::connectors::ui

Q_DECLARE_METATYPE(std::shared_ptr<strata::connectors::ui::RowSpill>)
