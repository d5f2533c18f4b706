#include "modeler/ui/SequenceDialog.h"

#include "VerdictLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace strata::modeler::ui {

namespace {

/// The number in a field; nullopt when empty or not a whole number (`ok` tells which).
std::optional<qint64> number(const QLineEdit *field, bool *ok)
{
    const QString text = field->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const qint64 n = text.toLongLong(ok);
    return *ok ? std::optional<qint64>(n) : std::nullopt;
}

QString ownerKey(const QString &tableId, const QString &columnId)
{
    return tableId.isEmpty() ? QString() : tableId + u'\n' + columnId;
}

} // namespace

SequenceDialog::SequenceDialog(const Model &model, const Sequence &sequence, const QList<Dialect> &dialects,
                               QWidget *parent)
    : EditDialog(parent), m_model(model), m_original(sequence), m_dialects(dialects)
{
    setWindowTitle(model.sequence(sequence.id) ? QStringLiteral("Sequence %1").arg(sequence.name)
                                               : QStringLiteral("New sequence"));
    const SequenceOptions &o = sequence.options;
    m_name = new QLineEdit(sequence.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_schema = schemaChooser(model, sequence.schemaId);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("type"));
    for (DataType::Kind k : {DataType::Kind::SmallInt, DataType::Kind::Integer, DataType::Kind::BigInt})
        m_type->addItem(kindName(k), int(k));
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(o.type))));
    m_start = numberField(QStringLiteral("start"), o.start, {});
    m_increment = numberField(QStringLiteral("increment"), o.increment, {});
    m_min = numberField(QStringLiteral("minValue"), o.minValue, QStringLiteral("no minimum"));
    m_min->setToolTip(QStringLiteral("Empty: 1, or the type's least value for a descending sequence"));
    m_max = numberField(QStringLiteral("maxValue"), o.maxValue, QStringLiteral("no maximum"));
    m_max->setToolTip(QStringLiteral("Empty: the type's greatest value, or -1 for a descending sequence"));
    m_cache = numberField(QStringLiteral("cache"), o.cache, {});
    m_cycle = new QCheckBox(QStringLiteral("C&ycle: start again after the last value"));
    m_cycle->setObjectName(QStringLiteral("cycle"));
    m_cycle->setChecked(o.cycle);
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownedBy"));
    m_owner->addItem(QStringLiteral("(none: kept when tables are dropped)"), QString());
    for (const Table &t : model.tables) {
        for (const Column &c : t.columns) {
            if (c.type.isInteger() && !c.type.isArray())
                m_owner->addItem(model.qualifiedName(t) + u'.' + c.name, ownerKey(t.id, c.id));
        }
    }
    m_owner->setCurrentIndex(
        std::max(0, m_owner->findData(ownerKey(sequence.ownedByTableId, sequence.ownedByColumnId))));
    m_comment = new QLineEdit(sequence.comment);
    m_comment->setObjectName(QStringLiteral("comment"));
    auto *range = new QHBoxLayout;
    range->addWidget(m_min);
    range->addWidget(new QLabel(QStringLiteral("to")));
    range->addWidget(m_max);

    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Name:"), m_name);
    form->addRow(QStringLiteral("&Schema:"), m_schema);
    form->addRow(QStringLiteral("&Type:"), m_type);
    form->addRow(QStringLiteral("S&tart with:"), m_start);
    form->addRow(QStringLiteral("&Increment by:"), m_increment);
    form->addRow(label(QStringLiteral("&Range:"), m_min), range);
    form->addRow(QStringLiteral("&Cache:"), m_cache);
    form->addRow(m_cycle);
    form->addRow(QStringLiteral("&Owned by:"), m_owner);
    form->addRow(QStringLiteral("Co&mment:"), m_comment);
    finish(form);
    resize(520, 380);
    for (QLineEdit *e : {m_name, m_start, m_increment, m_min, m_max, m_cache})
        connect(e, &QLineEdit::textChanged, this, &SequenceDialog::validate);
    for (QComboBox *b : {m_schema, m_type, m_owner})
        connect(b, &QComboBox::currentIndexChanged, this, &SequenceDialog::validate);
    validate();
}

QLineEdit *SequenceDialog::numberField(const QString &name, std::optional<qint64> value,
                                       const QString &placeholder)
{
    auto *field = new QLineEdit(value ? QString::number(*value) : QString());
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    field->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{0,19}")), field));
    return field;
}

Sequence SequenceDialog::sequence() const
{
    Sequence s = m_original;
    s.name = m_name->text();
    s.schemaId = m_schema->currentData().toString();
    s.comment = m_comment->text();
    SequenceOptions &o = s.options;
    o.type = DataType::Kind(m_type->currentData().toInt());
    bool ok = true;
    o.start = number(m_start, &ok).value_or(o.start);
    o.increment = number(m_increment, &ok).value_or(o.increment);
    o.minValue = number(m_min, &ok);
    o.maxValue = number(m_max, &ok);
    o.cache = number(m_cache, &ok).value_or(o.cache);
    o.cycle = m_cycle->isChecked();
    const QStringList owner = m_owner->currentData().toString().split(u'\n');
    s.ownedByTableId = owner.value(0);
    s.ownedByColumnId = owner.value(1);
    if (s.id.isEmpty()) {
        QStringList taken;
        for (const Sequence &q : m_model.sequences)
            taken << q.id;
        s.id = Model::uniqueId(
            m_model.qualifiedName(s.schemaId, s.name.isEmpty() ? QStringLiteral("sequence") : s.name), taken);
    }
    return s;
}

void SequenceDialog::validate()
{
    const Sequence s = sequence();
    QStringList taken = ModelValidation::relationNames(m_model, s.schemaId);
    for (const Sequence &q : m_model.sequences) {
        if (q.id != s.id && q.schemaId == s.schemaId)
            taken << q.name;
    }
    Verdict v = ModelValidation::name(s.name, taken, QStringLiteral("relation"), m_dialects);
    VerdictLabel::mark(m_name, v);
    Verdict numbers;
    for (QLineEdit *field : {m_start, m_increment, m_cache}) {
        bool ok = true;
        const bool given = number(field, &ok).has_value();
        const Verdict f = !ok ? Verdict::error(QStringLiteral("%1 is not a whole number").arg(field->text()))
                          : !given ? Verdict::error(QStringLiteral("give the %1").arg(field->objectName()))
                                   : Verdict::ok();
        VerdictLabel::mark(field, f);
        numbers = numbers.worse(f);
    }
    if (!numbers.isError())
        numbers = ModelValidation::sequence(m_model, s, m_dialects);
    const bool aboutRange = numbers.isError() && (numbers.message.contains(QLatin1String("minimum")) ||
                                                  numbers.message.contains(QLatin1String("range")));
    for (QLineEdit *field : {m_min, m_max})
        VerdictLabel::mark(field, aboutRange ? numbers : Verdict::ok());
    showVerdict(v.worse(numbers));
}

} // namespace strata::modeler::ui
