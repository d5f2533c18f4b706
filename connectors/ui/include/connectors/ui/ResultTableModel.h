// The grid of one result set. Rows are fetched lazily and memory stays bounded whatever the size of
// the result:
//
// - Fetching: the session's worker reads a first page when the statement starts; when the view
//   scrolls to the end, fetchMore() asks for the next batch (moreRowsWanted), and the rows not asked
//   for stay on the server (PostgreSQL single-row mode) or unread in SQLite. A batch is 2,000 rows;
//   while the user keeps scrolling down (asking again within half a second), each batch doubles, up
//   to 32,000 rows, so that dragging to the end of a huge result is not a round trip per screen.
// - Memory: every fetched row goes to a temporary file (a spill) as the worker reads it. The model
//   keeps at most maxCachedBlocks blocks of RowSpill::blockRows rows in memory, least recently used
//   first out; a row scrolled back to is read again from the file (a block is a few kilobytes, read
//   from the page cache). Scrolling through 10 million rows thus holds a few thousand rows and an
//   index of 40,000 file offsets.
// - Sorting: sort() does not sort in memory (that would need every row); it asks for the statement
//   to be run again wrapped in "SELECT * FROM (...) ORDER BY n" (sortRequested), so the database
//   sorts all rows, and the new rows replace these (setRows).
// NULL is shown as a grey "NULL", apart from an empty string, which shows as nothing.
#pragma once

#include <connectors/Column.h>
#include <memory>
#include <QAbstractTableModel>
#include <QCache>
#include <QElapsedTimer>

namespace strata::connectors::ui {

class RowSpill;

class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int maxCachedBlocks = 32;
    static constexpr int firstBatchRows = 2000;
    static constexpr int maxBatchRows = 32000;
    /// The raw value of a cell (a null QVariant for SQL NULL), for copying.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit ResultTableModel(QObject *parent = nullptr);
    ~ResultTableModel() override;

    /// Shows new rows (a new statement, or the same one sorted): the spill's rows so far.
    void setRows(const QList<Column> &columns, std::shared_ptr<RowSpill> spill);
    /// The worker put more rows in the spill; `complete` once the statement has no more.
    void rowsAvailable(qint64 total, bool complete);
    /// The statement was closed before all its rows were read (another statement ran): no more come.
    void markClosed();

    const QList<Column> &columns() const { return m_columns; }
    bool isComplete() const { return m_complete; }
    bool isClosed() const { return m_closed; }
    /// Rows held in memory now: never more than maxCachedBlocks * RowSpill::blockRows.
    qint64 rowsHeldInMemory() const;
    /// Rows `first` .. first + count - 1 (read from the spill).
    QList<Row> rows(qint64 first, int count) const;
    std::shared_ptr<RowSpill> spill() const { return m_spill; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setSortShown(int column, Qt::SortOrder order);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    /// The text a cell shows: "NULL" for NULL, bytes as \x..., long text cut at its first line.
    static QString displayText(const QVariant &value);

signals:
    void moreRowsWanted(int rows);
    /// Whether more rows can come changed (all read, or the statement was closed).
    void completenessChanged();
    void sortRequested(int column, Qt::SortOrder order);
    /// Reading rows back from the spill failed (the temporary folder is gone or full).
    void readFailed(const QString &message);

private:
    const Row *rowAt(qint64 row) const;

    QList<Column> m_columns;
    std::shared_ptr<RowSpill> m_spill;
    qint64 m_rows = 0;
    bool m_complete = true;
    bool m_closed = false;
    bool m_waiting = false; // asked for more, none came yet
    int m_batchRows = firstBatchRows;
    QElapsedTimer m_sinceFetch;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QCache<qint64, QList<Row>> m_blocks{maxCachedBlocks};
};

} // namespace strata::connectors::ui
