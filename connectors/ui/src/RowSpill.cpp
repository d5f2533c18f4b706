#include "RowSpill.h"

#include <QBuffer>
#include <QDataStream>
#include <QDir>

namespace strata::connectors::ui {

namespace {

Error fileError(const QFileDevice &file, const QString &what)
{
    Error error(QStringLiteral("cannot %1 the rows kept on disk: %2").arg(what, file.errorString()),
                SourcePlace::ofSource(file.fileName()), QStringLiteral("spill"));
    error.hint = QStringLiteral("free some space in %1").arg(QDir::tempPath());
    return error;
}

} // namespace

Result<std::shared_ptr<RowSpill>> RowSpill::create()
{
    std::shared_ptr<RowSpill> spill(new RowSpill);
    spill->m_writeFile.setFileTemplate(QDir::tempPath() + QStringLiteral("/strata-rows-XXXXXX"));
    if (!spill->m_writeFile.open())
        return fileError(spill->m_writeFile, QStringLiteral("create"));
    spill->m_readFile.setFileName(spill->m_writeFile.fileName());
    if (!spill->m_readFile.open(QIODevice::ReadOnly))
        return fileError(spill->m_readFile, QStringLiteral("open"));
    return spill;
}

Result<void> RowSpill::append(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return Result<void>::success();
    // Encoded in memory first: a failed write then leaves the file's rows and index as they were.
    QByteArray bytes;
    bytes.reserve(rows.size() * 64); // a guess that spares most of the buffer's regrowth
    QList<qint64> newBlocks;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QDataStream out(&buffer);
        qint64 row = m_rows.load();
        for (const Row &r : rows) {
            if (row % blockRows == 0)
                newBlocks.append(m_written + buffer.pos());
            out << r;
            ++row;
        }
    }
    if (m_writeFile.write(bytes) != bytes.size() || !m_writeFile.flush())
        return fileError(m_writeFile, QStringLiteral("write"));
    m_written += bytes.size();
    {
        QMutexLocker lock(&m_indexMutex);
        m_blockOffsets += newBlocks;
    }
    m_rows.fetch_add(rows.size());
    return Result<void>::success();
}

Result<QList<Row>> RowSpill::read(qint64 first, int count) const
{
    const qint64 available = m_rows.load();
    if (first < 0 || first >= available || count <= 0)
        return QList<Row>();
    count = int(qMin<qint64>(count, available - first));
    qint64 offset = 0;
    {
        QMutexLocker lock(&m_indexMutex);
        offset = m_blockOffsets.value(first / blockRows);
    }
    QMutexLocker lock(&m_readMutex);
    if (!m_readFile.seek(offset))
        return fileError(m_readFile, QStringLiteral("read"));
    QDataStream in(&m_readFile);
    QList<Row> rows;
    rows.reserve(count);
    Row row;
    for (qint64 i = first - first % blockRows; i < first + count; ++i) {
        in >> row;
        if (in.status() != QDataStream::Ok)
            return fileError(m_readFile, QStringLiteral("read"));
        if (i >= first)
            rows.append(row);
    }
    return rows;
}

} // namespace strata::connectors::ui
