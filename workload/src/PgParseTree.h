// SQL parsed by PostgreSQL's own parser (libpg_query) into its protobuf tree, and the small readings
// of nodes that the check analysis and the workload's statement analysis share.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct PgQuery__Node;
struct PgQuery__ParseResult;

namespace strata::workload {

class PgParseTree
{
public:
    /// One token of PostgreSQL's scanner.
    struct Token
    {
        enum class Kind { Word, Parameter, Comment, Other }; ///< Word: a name or keyword (quotes removed); Parameter: $n
        Kind kind = Kind::Other;
        qsizetype offset = 0, length = 0; ///< in the QString scanned
        QString text;
    };

    explicit PgParseTree(const QString &sql);
    ~PgParseTree();
    PgParseTree(const PgParseTree &) = delete;
    PgParseTree &operator=(const PgParseTree &) = delete;

    bool ok() const { return m_tree != nullptr; }
    QString error() const { return m_error; }
    int errorOffset() const { return m_errorOffset; } ///< 0-based character offset; -1 when unknown
    int statementCount() const;
    /// The top statement `i`.
    const PgQuery__Node *statement(int i) const;

    /// A constant's text ("5", "-2.5", "abc", "true") through casts and a unary minus; none when
    /// the node is not a constant. `numeric` tells whether it was written as a number.
    static std::optional<QString> constant(const PgQuery__Node *node, bool *numeric = nullptr);
    /// The last name of a column reference ("o.customer_id" gives customer_id), through casts;
    /// empty when the node is not one.
    static QString columnName(const PgQuery__Node *node);
    /// The qualifier of a column reference ("o" of o.customer_id); empty when none.
    static QString columnQualifier(const PgQuery__Node *node);
    /// A String node's text; empty for another node.
    static QString stringOf(const PgQuery__Node *node);
    /// The names of a name list (an operator, a function): {"pg_catalog", "length"}.
    static QStringList names(PgQuery__Node *const *nodes, size_t count);
    /// libpg_query's fingerprint of a statement (hex): the same for statements that differ only in
    /// constants, parameters and formatting. Empty when PostgreSQL's parser cannot read it.
    static QString fingerprint(const QString &sql);
    /// The tokens of SQL as PostgreSQL's scanner reads them (strings and comments are single tokens,
    /// so a "$1" inside a string is no parameter).
    static QList<Token> scan(const QString &sql);
    /// Calls `visit` on `node` and every node under it, depth first, through protobuf-c's
    /// descriptors (so no node kind is missed); `visit` returns false to skip a node's children.
    static void walk(const PgQuery__Node *node, const std::function<bool(const PgQuery__Node *)> &visit);

private:
    PgQuery__ParseResult *m_tree = nullptr;
    QString m_error;
    int m_errorOffset = -1;
};

} // namespace strata::workload
