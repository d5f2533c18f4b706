#include "SqliteTableText.h"

namespace strata::modeler::live {

namespace {

using Kind = SqliteConstraintText::Kind;

bool sameNames(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].compare(b[i], Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace

SqliteTableText::SqliteTableText(const QString &createTable) : m_sql(createTable), m_tokens(SqliteTokens::split(createTable))
{
    int open = 0;
    while (open < m_tokens.size() && !m_tokens[open].isSymbol(u'('))
        ++open;
    const int close = SqliteTokens::closing(m_tokens, open);
    if (close < 0)
        return;
    for (int i = close + 1; i < m_tokens.size(); ++i) {
        if (m_tokens[i].is("ROWID"))
            withoutRowid = true;
    }
    // A comment belongs to the item before it: the one whose comma or line it follows.
    const QList<std::pair<int, int>> items = SqliteTokens::items(m_tokens, open);
    QStringList pending; // comments after the last real token seen
    auto takeComments = [&](int from, int to) {
        int i = from;
        for (; i < to && m_tokens[i].kind == SqliteToken::Kind::Comment; ++i)
            pending << m_tokens[i].text;
        return i;
    };
    int first = takeComments(items.first().first, items.first().second);
    comment = pending.join(u'\n');
    for (int k = 0; k < items.size(); ++k) {
        pending.clear();
        int last = items[k].second;
        while (last > first && m_tokens[last - 1].kind == SqliteToken::Kind::Comment)
            --last;
        for (int i = last; i < items[k].second; ++i)
            pending << m_tokens[i].text;
        int next = k + 1 < items.size() ? takeComments(items[k + 1].first, items[k + 1].second) : 0;
        readItem(first, last, pending.join(u'\n'));
        first = next;
    }
}

const SqliteColumnText *SqliteTableText::column(const QString &name) const
{
    for (const SqliteColumnText &c : columns) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const SqliteConstraintText *SqliteTableText::constraint(Kind kind, const QStringList &keyColumns, const QString &referencedTable) const
{
    for (const SqliteConstraintText &c : constraints) {
        if (c.kind == kind && sameNames(c.columns, keyColumns) &&
            (referencedTable.isEmpty() || c.referencedTable.compare(referencedTable, Qt::CaseInsensitive) == 0))
            return &c;
    }
    return nullptr;
}

QString SqliteTableText::between(int open) const
{
    const int close = SqliteTokens::closing(m_tokens, open);
    if (close < 0)
        return {};
    return m_sql.mid(m_tokens[open].end, m_tokens[close].begin - m_tokens[open].end).trimmed();
}

QStringList SqliteTableText::names(int open) const
{
    QStringList out;
    for (const auto &[b, e] : SqliteTokens::items(m_tokens, open)) {
        if (b < e)
            out << m_tokens[b].name();
    }
    return out;
}

void SqliteTableText::readItem(int begin, int end, const QString &itemComment)
{
    if (begin >= end)
        return;
    const SqliteToken &t = m_tokens[begin];
    if (t.is("CONSTRAINT") && begin + 1 < end) {
        readTableConstraint(begin + 2, end, m_tokens[begin + 1].name(), itemComment);
    } else if (t.is("PRIMARY") || t.is("UNIQUE") || t.is("CHECK") || t.is("FOREIGN")) {
        readTableConstraint(begin, end, {}, itemComment);
    } else {
        readColumn(begin, end, itemComment);
    }
}

int SqliteTableText::foreignKeyTail(int at, int end, SqliteConstraintText &key) const
{
    // REFERENCES table [(columns)] [ON ... | MATCH ... | [NOT] DEFERRABLE [INITIALLY ...]]*
    if (at + 1 < end)
        key.referencedTable = m_tokens[at + 1].name();
    int i = at + 2;
    if (i < end && m_tokens[i].isSymbol(u'('))
        i = SqliteTokens::closing(m_tokens, i) + 1;
    for (; i < end; ++i) {
        const SqliteToken &t = m_tokens[i];
        if (t.is("NOT") && i + 1 < end && m_tokens[i + 1].is("DEFERRABLE")) {
            ++i;
        } else if (t.is("DEFERRABLE")) {
            key.deferrable = true;
            if (i + 2 < end && m_tokens[i + 1].is("INITIALLY"))
                key.initiallyDeferred = m_tokens[i + 2].is("DEFERRED");
        } else if (t.is("CONSTRAINT") || t.is("PRIMARY") || t.is("UNIQUE") || t.is("CHECK") || t.is("COLLATE") ||
                   t.is("GENERATED") || t.is("DEFAULT") || t.is("REFERENCES") || t.is("AS")) {
            return i; // a column's next constraint
        }
    }
    return end;
}

int SqliteTableText::readTableConstraint(int at, int end, const QString &name, const QString &itemComment)
{
    SqliteConstraintText c;
    c.name = name;
    c.comment = itemComment;
    const SqliteToken &t = m_tokens[at];
    int open = at + 1;
    while (open < end && !m_tokens[open].isSymbol(u'('))
        ++open;
    if (open >= end)
        return end;
    if (t.is("CHECK")) {
        c.kind = Kind::Check;
        c.expression = between(open);
    } else {
        c.kind = t.is("PRIMARY") ? Kind::PrimaryKey : t.is("UNIQUE") ? Kind::Unique : Kind::ForeignKey;
        for (const auto &[b, e] : SqliteTokens::items(m_tokens, open)) {
            if (b < e)
                c.columns << m_tokens[b].name(); // a key column may carry COLLATE or ASC after its name
        }
        if (c.kind == Kind::ForeignKey) {
            int refs = SqliteTokens::closing(m_tokens, open) + 1;
            if (refs < end && m_tokens[refs].is("REFERENCES"))
                foreignKeyTail(refs, end, c);
        }
    }
    constraints << c;
    return end;
}

void SqliteTableText::readColumn(int begin, int end, const QString &itemComment)
{
    SqliteColumnText column;
    column.name = m_tokens[begin].name();
    column.comment = itemComment;
    QString pendingName;
    for (int i = begin + 1; i < end; ++i) {
        const SqliteToken &t = m_tokens[i];
        SqliteConstraintText c;
        c.name = pendingName;
        c.columns = {column.name};
        if (t.is("CONSTRAINT") && i + 1 < end) {
            pendingName = m_tokens[++i].name();
            continue;
        }
        if (t.is("COLLATE") && i + 1 < end) {
            column.collation = m_tokens[++i].name();
        } else if (t.is("AUTOINCREMENT")) {
            column.autoincrement = true;
        } else if (t.is("AS")) { // [GENERATED ALWAYS] AS (expr) [STORED|VIRTUAL]
            if (i + 1 < end && m_tokens[i + 1].isSymbol(u'(')) {
                column.generated = between(i + 1);
                i = SqliteTokens::closing(m_tokens, i + 1);
                column.stored = i + 1 < end && m_tokens[i + 1].is("STORED");
            }
        } else if (t.is("PRIMARY") || t.is("UNIQUE")) {
            c.kind = t.is("PRIMARY") ? Kind::PrimaryKey : Kind::Unique;
            constraints << c;
        } else if (t.is("CHECK") && i + 1 < end && m_tokens[i + 1].isSymbol(u'(')) {
            c.kind = Kind::Check;
            c.expression = between(i + 1);
            constraints << c;
            i = SqliteTokens::closing(m_tokens, i + 1);
        } else if (t.is("REFERENCES")) {
            c.kind = Kind::ForeignKey;
            i = foreignKeyTail(i, end, c) - 1;
            constraints << c;
        } else if (t.is("DEFAULT") && i + 1 < end && m_tokens[i + 1].isSymbol(u'(')) {
            i = SqliteTokens::closing(m_tokens, i + 1); // a parenthesised default may hold any keyword
        } else {
            continue;
        }
        pendingName.clear();
    }
    columns << column;
}

} // namespace strata::modeler::live
