#include "PostgresSequenceReader.h"

#include "PostgresNodes.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

using N = PostgresNodes;

// What a list of sequence options says, on top of what was there.
struct OptionList
{
    SequenceOptions options;
    bool startGiven = false;
    QStringList ownedBy;      ///< OWNED BY [schema.]table.column, or {"none"}
    QStringList sequenceName; ///< SEQUENCE NAME of an identity
    QStringList ignored;      ///< options the model does not hold (RESTART, ...)
};

void readOption(const PostgresContext &c, const PgQuery__DefElem &option, OptionList &out)
{
    const QString name = N::text(option.defname);
    SequenceOptions &o = out.options;
    const std::optional<qint64> value = N::number(option.arg);
    if (name == u"as" && option.arg && option.arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
        const DataType type = c.type(option.arg->type_name, nullptr);
        if (type.isInteger() && !type.isArray())
            o.type = type.kind;
    } else if (name == u"start" && value) {
        o.start = *value;
        out.startGiven = true;
    } else if (name == u"increment" && value) {
        o.increment = *value;
    } else if (name == u"minvalue") {
        o.minValue = value; // NO MINVALUE has no argument
    } else if (name == u"maxvalue") {
        o.maxValue = value;
    } else if (name == u"cache" && value) {
        o.cache = *value;
    } else if (name == u"cycle") {
        o.cycle = N::isTrue(option.arg);
    } else if (name == u"owned_by") {
        out.ownedBy = N::listStrings(option.arg);
    } else if (name == u"sequence_name") {
        out.sequenceName = N::listStrings(option.arg);
    } else {
        out.ignored << name;
    }
}

OptionList readOptions(const PostgresContext &c, PgQuery__Node *const *options, size_t count, SequenceOptions base)
{
    OptionList out;
    out.options = base;
    for (size_t i = 0; i < count; ++i) {
        if (options[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM)
            readOption(c, *options[i]->def_elem, out);
    }
    return out;
}

// Without START, a sequence starts at its minimum going up and at its maximum going down.
void defaultStart(SequenceOptions &o)
{
    o.start = o.increment > 0 ? o.minValue.value_or(1) : o.maxValue.value_or(-1);
}

void setOwner(PostgresContext &c, const PostgresStatement &s, int sequenceIndex, const QStringList &ownedBy)
{
    if (ownedBy.isEmpty())
        return;
    Sequence &seq = c.model().model().sequences[sequenceIndex];
    if (ownedBy.size() == 1 && ownedBy.first() == u"none") {
        seq.ownedByTableId.clear();
        seq.ownedByColumnId.clear();
        return;
    }
    const QualifiedName table = c.referenced(ownedBy.mid(0, ownedBy.size() - 1));
    c.model().setSequenceOwner(sequenceIndex, table.schemaId, table.name, ownedBy.last(), s.place());
}

void noteIgnored(PostgresContext &c, const PostgresStatement &s, const OptionList &options, const QString &what)
{
    if (!options.ignored.isEmpty())
        c.unsupported(s.place(), QStringLiteral("%1 of %2 is not modelled").arg(options.ignored.join(QStringLiteral(", ")).toUpper(), what));
}

} // namespace

void PostgresSequenceReader::createSequence(PostgresContext &c, const PostgresStatement &s, const PgQuery__CreateSeqStmt &create)
{
    const QualifiedName name = c.created(create.sequence, s.place());
    if (create.if_not_exists && c.model().findSequence(name.schemaId, name.name))
        return c.skipped(s, Severity::Info, QStringLiteral("the sequence exists (IF NOT EXISTS)"));
    if (create.sequence->relpersistence && create.sequence->relpersistence[0] != 'p')
        c.unsupported(s.place(), QStringLiteral("a TEMPORARY or UNLOGGED sequence is modelled as an ordinary one"));
    const OptionList options = readOptions(c, create.options, create.n_options, {});
    Sequence seq;
    seq.schemaId = name.schemaId;
    seq.name = name.name;
    seq.options = options.options;
    if (!options.startGiven)
        defaultStart(seq.options);
    noteIgnored(c, s, options, seq.name);
    const int index = c.model().addSequence(std::move(seq), s.place());
    if (index >= 0)
        setOwner(c, s, index, options.ownedBy);
}

void PostgresSequenceReader::alterSequence(PostgresContext &c, const PostgresStatement &s, const PgQuery__AlterSeqStmt &alter)
{
    const QualifiedName name = c.referenced(alter.sequence);
    Sequence *seq = c.model().findSequence(name.schemaId, name.name);
    if (!seq) {
        c.model().report(Severity::Warning, QStringLiteral("import.unresolved"),
                         QStringLiteral("sequence %1 is not created by the script: %2 skipped").arg(c.model().path(name.schemaId, name.name), s.head()),
                         s.place());
        return;
    }
    const OptionList options = readOptions(c, alter.options, alter.n_options, seq->options);
    seq->options = options.options;
    noteIgnored(c, s, options, seq->name);
    setOwner(c, s, int(seq - c.model().model().sequences.data()), options.ownedBy);
}

void PostgresSequenceReader::readIdentity(PostgresContext &c, const PostgresStatement &s, const Table &table, Column &column,
                                          const char *generatedWhen, PgQuery__Node *const *options, size_t optionCount)
{
    column.identity = generatedWhen && generatedWhen[0] == 'a' ? Identity::Always : Identity::ByDefault;
    OptionList read = readOptions(c, options, optionCount, {});
    read.options.type = DataType::Kind::BigInt; // an identity's sequence has its column's type
    if (!read.startGiven)
        defaultStart(read.options);
    if (!read.options.isDefault())
        column.identityOptions = read.options;
    // PostgreSQL names the sequence table_column_seq unless told otherwise; pg_dump always tells.
    if (!read.sequenceName.isEmpty() && read.sequenceName.last() != table.name + u'_' + column.name + QStringLiteral("_seq"))
        column.identitySequenceName = read.sequenceName.last();
    noteIgnored(c, s, read, column.name);
}

} // namespace strata::modeler
