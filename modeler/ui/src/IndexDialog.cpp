#include "modeler/ui/IndexDialog.h"

#include "IndexKeyGrid.h"
#include "KeyColumnList.h"
#include "VerdictLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata::modeler::ui {

namespace {

/// What PostgreSQL's index methods cannot do (its own errors, before the script is run).
Verdict methodVerdict(const Index &i)
{
    const QString method = i.method.isEmpty() ? QStringLiteral("btree") : i.method;
    if (method == u"btree")
        return Verdict::ok();
    if (i.unique)
        return Verdict::error(QStringLiteral("PostgreSQL: only btree indexes can be unique"));
    if (!i.includeColumnIds.isEmpty() && method != u"gist")
        return Verdict::error(QStringLiteral("PostgreSQL: a %1 index cannot INCLUDE columns").arg(method));
    if (std::any_of(i.keys.begin(), i.keys.end(), [](const IndexKey &k) { return k.descending || k.nulls != NullsOrder::Default; }))
        return Verdict::error(QStringLiteral("PostgreSQL: a %1 index has no ASC/DESC or NULLS FIRST/LAST").arg(method));
    if (method == u"hash" && i.keys.size() > 1)
        return Verdict::error(QStringLiteral("PostgreSQL: a hash index has one key"));
    return Verdict::ok();
}

} // namespace

IndexDialog::IndexDialog(const Model &model, const Table &table, const Index &index, const QList<Dialect> &dialects, QWidget *parent)
    : EditDialog(parent), m_model(model), m_table(table), m_original(index), m_dialects(dialects)
{
    setWindowTitle(QStringLiteral("Index on %1").arg(model.qualifiedName(table)));
    m_name = new QLineEdit(index.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_unique = new QCheckBox(QStringLiteral("&Unique"));
    m_unique->setObjectName(QStringLiteral("unique"));
    m_unique->setChecked(index.unique);
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItems({QStringLiteral("btree"), QStringLiteral("hash"), QStringLiteral("gin"), QStringLiteral("gist"), QStringLiteral("brin")});
    m_method->setCurrentText(index.method.isEmpty() ? QStringLiteral("btree") : index.method);
    auto *head = new QHBoxLayout;
    head->addWidget(m_name, 1);
    head->addWidget(label(QStringLiteral("&Method:"), m_method));
    head->addWidget(m_method);
    head->addWidget(m_unique);

    m_include = new KeyColumnList;
    m_include->setObjectName(QStringLiteral("include"));
    QList<KeyColumnList::ColumnName> columns;
    for (const Column &c : table.columns)
        columns.append({c.id, c.name});
    m_include->setColumns(columns);
    m_include->setChosen(index.includeColumnIds);
    m_include->setOrdered(false);
    m_include->setMaximumHeight(140);
    m_where = new QLineEdit(index.where);
    m_where->setObjectName(QStringLiteral("where"));
    m_where->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_where->setPlaceholderText(QStringLiteral("every row (not a partial index); e.g. deleted_at IS NULL"));

    auto *form = new QFormLayout;
    form->addRow(label(QStringLiteral("&Name:"), m_name), head);
    QLayout *keys = buildKeys(index);
    form->addRow(label(QStringLiteral("&Keys:"), m_keys), keys);
    form->addRow(QStringLiteral("&Include:"), m_include);
    form->addRow(QStringLiteral("&Where:"), m_where);
    finish(form);
    resize(640, 520);
    connect(m_name, &QLineEdit::textChanged, this, &IndexDialog::validate);
    connect(m_unique, &QCheckBox::toggled, this, &IndexDialog::validate);
    connect(m_method, &QComboBox::currentIndexChanged, this, &IndexDialog::validate);
    connect(m_include, &KeyColumnList::changed, this, &IndexDialog::validate);
    connect(m_where, &QLineEdit::textChanged, this, &IndexDialog::validate);
    validate();
}

QLayout *IndexDialog::buildKeys(const Index &index)
{
    m_keys = new IndexKeyGrid(m_table);
    for (const IndexKey &k : index.keys)
        m_keys->appendKey(k);
    auto *add = new QPushButton(QStringLiteral("Add &key"));
    add->setObjectName(QStringLiteral("addKey"));
    auto *remove = new QPushButton(QStringLiteral("&Remove"));
    remove->setObjectName(QStringLiteral("removeKey"));
    auto *up = new QPushButton(QStringLiteral("Move u&p"));
    up->setObjectName(QStringLiteral("moveKeyUp"));
    auto *down = new QPushButton(QStringLiteral("Move do&wn"));
    down->setObjectName(QStringLiteral("moveKeyDown"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_keys->appendKey(IndexKey{});
        const int row = m_keys->rowCount() - 1;
        m_keys->setCurrentCell(row, 0);
        m_keys->keyEdit(row)->setFocus();
        validate();
    });
    connect(remove, &QPushButton::clicked, m_keys, &IndexKeyGrid::removeCurrentRow);
    connect(up, &QPushButton::clicked, m_keys, [this] { m_keys->moveCurrentRow(-1); });
    connect(down, &QPushButton::clicked, m_keys, [this] { m_keys->moveCurrentRow(1); });
    connect(m_keys, &IndexKeyGrid::edited, this, &IndexDialog::validate);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_keys, 1);
    layout->addLayout(buttons);
    return layout;
}

Index IndexDialog::index() const
{
    Index i = m_original;
    i.name = m_name->text().trimmed();
    if (i.id.isEmpty()) {
        QStringList ids;
        for (const Index &o : m_table.indexes)
            ids << o.id;
        i.id = Model::uniqueId(i.name.isEmpty() ? QStringLiteral("index") : i.name, ids);
    }
    i.unique = m_unique->isChecked();
    i.method = m_method->currentText() == u"btree" ? QString() : m_method->currentText();
    i.keys = m_keys->keys();
    i.includeColumnIds = m_include->chosen();
    i.where = m_where->text().trimmed();
    return i;
}

void IndexDialog::validate()
{
    const Index i = index();
    const Verdict name = ModelValidation::name(i.name, ModelValidation::constraintNames(m_table, m_original.id), QStringLiteral("index"), m_dialects);
    VerdictLabel::mark(m_name, name);
    Verdict v = name;
    if (i.keys.isEmpty())
        v = v.worse(Verdict::error(QStringLiteral("add the columns or expressions the index is on")));
    for (const IndexKey &k : i.keys) {
        if (!k.isExpression() && i.includeColumnIds.contains(k.columnId))
            v = v.worse(Verdict::error(QStringLiteral("%1 is a key and an included column").arg(m_table.column(k.columnId)->name)));
    }
    const Verdict method = m_dialects.contains(Dialect::Postgres) ? methodVerdict(i) : Verdict::ok();
    VerdictLabel::mark(m_method, method);
    v = v.worse(method);
    if (!i.keys.isEmpty()) {
        const Verdict built = ModelValidation::index(m_model, m_table, i, m_dialects);
        // The builders speak of the expression or the predicate: mark what was typed there.
        const bool aboutWhere = built.message.contains(QLatin1String("index predicate"));
        const bool aboutKeys = built.message.contains(QLatin1String("index expression"));
        VerdictLabel::mark(m_where, aboutWhere ? built : Verdict::ok());
        for (int row = 0; row < m_keys->rowCount(); ++row) {
            const bool expression = !m_table.columnByName(m_keys->keyEdit(row)->currentText().trimmed());
            VerdictLabel::mark(m_keys->keyEdit(row), expression && aboutKeys ? built : Verdict::ok());
        }
        v = v.worse(built);
    }
    showVerdict(v);
}

} // namespace strata::modeler::ui
