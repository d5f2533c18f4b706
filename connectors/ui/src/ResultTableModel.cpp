#include "connectors/ui/ResultTableModel.h"

#include "connectors/ui/RowFormatter.h"
#include "RowSpill.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace strata::connectors::ui {

namespace {

constexpr int shownTextLimit = 500; // the grid shows the start of a long text; copying takes it whole

bool isNumber(const QVariant &value)
{
    const int type = value.typeId();
    return type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double;
}

} // namespace

ResultTableModel::ResultTableModel(QObject *parent) : QAbstractTableModel(parent) {}

ResultTableModel::~ResultTableModel() = default;

void ResultTableModel::setRows(const QList<Column> &columns, std::shared_ptr<RowSpill> spill)
{
    beginResetModel();
    m_columns = columns;
    m_spill = std::move(spill);
    m_rows = m_spill ? m_spill->rowCount() : 0;
    m_complete = false;
    m_closed = false;
    m_waiting = false;
    m_blocks.clear();
    endResetModel();
}

void ResultTableModel::rowsAvailable(qint64 total, bool complete)
{
    m_waiting = false;
    const bool changed = m_complete != complete;
    m_complete = complete;
    if (changed)
        emit completenessChanged();
    if (total > m_rows) {
        // The last block may have been cached while it was short.
        m_blocks.remove(m_rows / RowSpill::blockRows);
        beginInsertRows({}, int(m_rows), int(total - 1));
        m_rows = total;
        endInsertRows();
    }
}

void ResultTableModel::markClosed()
{
    m_closed = true;
    m_complete = true;
    m_waiting = false;
    emit completenessChanged();
}

qint64 ResultTableModel::rowsHeldInMemory() const
{
    qint64 held = 0;
    for (qint64 key : m_blocks.keys())
        held += m_blocks.object(key)->size();
    return held;
}

const Row *ResultTableModel::rowAt(qint64 row) const
{
    const qint64 block = row / RowSpill::blockRows;
    QList<Row> *rows = m_blocks.object(block);
    if (!rows) {
        auto read = m_spill ? m_spill->read(block * RowSpill::blockRows, RowSpill::blockRows) : QList<Row>();
        if (!read) {
            emit const_cast<ResultTableModel *>(this)->readFailed(read.error().message);
            return nullptr;
        }
        rows = new QList<Row>(std::move(*read));
        m_blocks.insert(block, rows);
    }
    const qint64 at = row % RowSpill::blockRows;
    return at < rows->size() ? &(*rows)[at] : nullptr;
}

QList<Row> ResultTableModel::rows(qint64 first, int count) const
{
    QList<Row> out;
    if (!m_spill)
        return out;
    auto read = m_spill->read(first, int(qMin<qint64>(count, m_rows - first)));
    return read ? *read : out;
}

void ResultTableModel::setSortShown(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    // A view counts rows in int: a result past two billion rows shows its first two billion.
    return parent.isValid() ? 0 : int(qMin<qint64>(m_rows, std::numeric_limits<int>::max()));
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ResultTableModel::displayText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return QStringLiteral("\\x") + QString::fromLatin1(bytes.left(shownTextLimit / 2).toHex()) +
               (bytes.size() > shownTextLimit / 2 ? QStringLiteral("…") : QString());
    }
    case QMetaType::Bool:
    case QMetaType::Double:
        return RowFormatter::plainText(value);
    default: {
        const QString text = value.toString();
        const qsizetype newline = text.indexOf(u'\n');
        const qsizetype cut = qMin<qsizetype>(newline >= 0 ? newline : text.size(), shownTextLimit);
        return cut < text.size() ? text.left(cut) + QStringLiteral("…") : text;
    }
    }
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= m_columns.size())
        return {};
    if (role != Qt::DisplayRole && role != ValueRole && role != Qt::ForegroundRole && role != Qt::FontRole &&
        role != Qt::TextAlignmentRole && role != Qt::ToolTipRole)
        return {};
    const Row *row = rowAt(index.row());
    if (!row || index.column() >= row->size())
        return {};
    const QVariant &value = (*row)[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value);
    case ValueRole:
        return value;
    case Qt::ForegroundRole:
        return value.isNull() ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText))
                              : QVariant();
    case Qt::FontRole: {
        if (!value.isNull())
            return {};
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    case Qt::TextAlignmentRole:
        return isNumber(value) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        const QString text = value.isNull() ? QString() : value.toString();
        return text.size() > 80 || text.contains(u'\n') ? QVariant(text.left(4000)) : QVariant();
    }
    }
    return {};
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns[section].name;
    if (role == Qt::ToolTipRole)
        return m_columns[section].typeName.isEmpty()
                   ? m_columns[section].name
                   : m_columns[section].name + u' ' + m_columns[section].typeName;
    return {};
}

bool ResultTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_waiting;
}

void ResultTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    const bool keepsScrolling = m_sinceFetch.isValid() && m_sinceFetch.elapsed() < 500;
    m_batchRows = keepsScrolling ? qMin(m_batchRows * 2, maxBatchRows) : firstBatchRows;
    m_sinceFetch.start();
    emit moreRowsWanted(m_batchRows);
}

void ResultTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < m_columns.size())
        emit sortRequested(column, order);
}

} // namespace strata::connectors::ui
