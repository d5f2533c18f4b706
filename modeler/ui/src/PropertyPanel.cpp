#include "modeler/ui/PropertyPanel.h"

#include "VerdictLabel.h"

#include "modeler/ui/LintMonitor.h"
#include "modeler/ui/ModelDocument.h"
#include "modeler/ui/ModelEdits.h"
#include "modeler/ui/ObjectEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace strata::modeler::ui {

namespace {

using K = ObjectRef::Kind;

QLabel *title()
{
    auto *label = new QLabel;
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QPushButton *button(const QString &text, QObject *context, std::function<void()> action)
{
    auto *b = new QPushButton(text);
    QObject::connect(b, &QPushButton::clicked, context, std::move(action));
    return b;
}

/// What the summary shows of a schema, domain or sequence.
QString objectDetails(const Model &model, const ObjectRef &object)
{
    if (const Schema *s = object.kind == K::Schema ? model.schema(object.id) : nullptr) {
        int tables = 0;
        for (const Table &t : model.tables)
            tables += t.schemaId == s->id;
        return QStringLiteral("<p>%1 tables</p><p>%2</p>").arg(tables).arg(s->comment.toHtmlEscaped());
    }
    if (const Domain *d = object.kind == K::Domain ? model.domain(object.id) : nullptr) {
        QString text = QStringLiteral("<p><code>%1%2</code></p>").arg(d->baseType.toString(), d->notNull ? QStringLiteral(" NOT NULL") : QString());
        for (const CheckConstraint &c : d->checks)
            text += QStringLiteral("<p><code>CHECK (%1)</code></p>").arg(c.expression.toHtmlEscaped());
        return text;
    }
    if (const Sequence *q = object.kind == K::Sequence ? model.sequence(object.id) : nullptr)
        return QStringLiteral("<p>%1, starts at %2, by %3</p>").arg(kindName(q->options.type)).arg(q->options.start).arg(q->options.increment);
    return {};
}

/// Sets a field's text unless the user is typing in it.
void setQuietly(QLineEdit *edit, const QString &text)
{
    if (!edit->hasFocus() && edit->text() != text)
        edit->setText(text);
}

} // namespace

PropertyPanel::PropertyPanel(ModelDocument *document, LintMonitor *lint, ObjectEditor *editor, QWidget *parent)
    : QWidget(parent), m_document(document), m_lint(lint), m_editor(editor)
{
    m_pages = new QStackedWidget;
    m_empty = new QLabel(QStringLiteral("Choose a table, column or other object in the diagram or the model tree."));
    static_cast<QLabel *>(m_empty)->setWordWrap(true);
    static_cast<QLabel *>(m_empty)->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_tablePage = buildTablePage();
    m_columnPage = buildColumnPage();
    m_summaryPage = buildSummaryPage();
    for (QWidget *page : {m_empty, m_tablePage, m_columnPage, m_summaryPage})
        m_pages->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_pages);
    layout->addStretch();
    connect(document, &ModelDocument::changed, this, &PropertyPanel::refresh);
    connect(document, &ModelDocument::modelReset, this, [this] { showObject({}); });
}

QWidget *PropertyPanel::buildTablePage()
{
    auto *page = new QWidget;
    m_tableTitle = title();
    m_tableName = new QLineEdit;
    m_tableName->setObjectName(QStringLiteral("tableName"));
    m_tableComment = new QLineEdit;
    m_tableComment->setObjectName(QStringLiteral("tableComment"));
    m_tableSchema = new QComboBox;
    m_tableSchema->setObjectName(QStringLiteral("tableSchema"));
    m_tableSchema->setToolTip(QStringLiteral("Choosing another schema moves the table there"));
    m_tableVerdict = new VerdictLabel;
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("Name:"), m_tableName);
    form->addRow(QStringLiteral("Schema:"), m_tableSchema);
    form->addRow(QStringLiteral("Comment:"), m_tableComment);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tableTitle);
    layout->addLayout(form);
    layout->addWidget(m_tableVerdict);
    layout->addWidget(button(QStringLiteral("Edit columns and keys…"), this, [this] { m_editor->edit(ObjectRef::table(m_object.id)); }));
    layout->addWidget(button(QStringLiteral("Add foreign key…"), this, [this] { m_editor->addForeignKey(m_object.id); }));
    layout->addWidget(button(QStringLiteral("Add index…"), this, [this] { m_editor->addIndex(m_object.id); }));
    layout->addWidget(button(QStringLiteral("Add check…"), this, [this] { m_editor->addCheck(m_object.id); }));
    layout->addWidget(button(QStringLiteral("Delete table"), this, [this] { m_editor->deleteObjects({ObjectRef::table(m_object.id)}); }));
    connect(m_tableName, &QLineEdit::textEdited, this, [this] {
        const Table *t = m_document->model().table(m_object.id);
        if (!t)
            return;
        const Verdict v = ModelValidation::name(m_tableName->text(), ModelValidation::relationNames(m_document->model(), t->schemaId, t->id),
                                                QStringLiteral("table"), m_lint->dialects());
        VerdictLabel::mark(m_tableName, v);
        m_tableVerdict->show(v);
    });
    connect(m_tableName, &QLineEdit::editingFinished, this, &PropertyPanel::applyTable);
    connect(m_tableSchema, &QComboBox::activated, this, &PropertyPanel::applyTable);
    connect(m_tableComment, &QLineEdit::editingFinished, this, &PropertyPanel::applyTable);
    layout->addStretch(); // the fields at the top, however tall the panel
    return page;
}

QWidget *PropertyPanel::buildColumnPage()
{
    auto *page = new QWidget;
    m_columnTitle = title();
    m_columnName = new QLineEdit;
    m_columnName->setObjectName(QStringLiteral("columnName"));
    m_columnType = new QComboBox;
    m_columnType->setObjectName(QStringLiteral("columnType"));
    m_columnType->setEditable(true);
    m_columnType->addItems({QStringLiteral("bigint"), QStringLiteral("integer"), QStringLiteral("text"), QStringLiteral("varchar(255)"),
                            QStringLiteral("boolean"), QStringLiteral("numeric(12,2)"), QStringLiteral("date"), QStringLiteral("timestamptz"),
                            QStringLiteral("uuid"), QStringLiteral("jsonb")});
    m_columnNotNull = new QCheckBox(QStringLiteral("Not null"));
    m_columnNotNull->setObjectName(QStringLiteral("columnNotNull"));
    m_columnDefault = new QLineEdit;
    m_columnDefault->setObjectName(QStringLiteral("columnDefault"));
    m_columnDefault->setPlaceholderText(QStringLiteral("none"));
    m_columnComment = new QLineEdit;
    m_columnVerdict = new VerdictLabel;
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("Name:"), m_columnName);
    form->addRow(QStringLiteral("Type:"), m_columnType);
    form->addRow(QString(), m_columnNotNull);
    form->addRow(QStringLiteral("Default:"), m_columnDefault);
    form->addRow(QStringLiteral("Comment:"), m_columnComment);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_columnTitle);
    layout->addLayout(form);
    layout->addWidget(m_columnVerdict);
    layout->addWidget(button(QStringLiteral("Edit the table…"), this, [this] { m_editor->edit(ObjectRef::table(m_object.id)); }));
    layout->addWidget(button(QStringLiteral("Delete column"), this, [this] { m_editor->deleteObjects({m_object}); }));
    for (QLineEdit *e : {m_columnName, m_columnDefault, m_columnComment}) {
        connect(e, &QLineEdit::textEdited, this, &PropertyPanel::validateColumn);
        connect(e, &QLineEdit::editingFinished, this, &PropertyPanel::applyColumn);
    }
    connect(m_columnType, &QComboBox::editTextChanged, this, &PropertyPanel::validateColumn);
    connect(m_columnType, &QComboBox::activated, this, &PropertyPanel::applyColumn);
    connect(m_columnType->lineEdit(), &QLineEdit::editingFinished, this, &PropertyPanel::applyColumn);
    connect(m_columnNotNull, &QCheckBox::clicked, this, &PropertyPanel::applyColumn);
    layout->addStretch(); // the fields at the top, however tall the panel
    return page;
}

QWidget *PropertyPanel::buildSummaryPage()
{
    auto *page = new QWidget;
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(button(QStringLiteral("Edit…"), this, [this] { m_editor->edit(m_object); }));
    layout->addWidget(button(QStringLiteral("Delete"), this, [this] { m_editor->deleteObjects({m_object}); }));
    layout->addStretch(); // the fields at the top, however tall the panel
    return page;
}

void PropertyPanel::showObject(const ObjectRef &object)
{
    m_object = object;
    for (QWidget *field : QList<QWidget *>{m_tableName, m_columnName, m_columnType, m_columnDefault})
        VerdictLabel::mark(field, Verdict::ok());
    m_tableVerdict->show(Verdict::ok());
    m_columnVerdict->show(Verdict::ok());
    refresh();
}

void PropertyPanel::refresh()
{
    const Model &model = m_document->model();
    const Table *table = model.table(m_object.id);
    const bool isTable = m_object.kind == K::Table && table;
    const Column *column = m_object.kind == K::Column && table ? table->column(m_object.childId) : nullptr;
    const bool other = m_object.isValid() && !isTable && !column &&
                       (table || model.view(m_object.id) || model.enumType(m_object.id) || model.schema(m_object.id) ||
                        model.domain(m_object.id) || model.sequence(m_object.id)) &&
                       m_object.kind != K::Table && m_object.kind != K::Column;
    if (isTable) {
        m_tableTitle->setText(QStringLiteral("Table %1").arg(model.qualifiedName(*table)));
        setQuietly(m_tableName, table->name);
        setQuietly(m_tableComment, table->comment);
        fillSchemas(table->schemaId);
        m_pages->setCurrentWidget(m_tablePage);
    } else if (column) {
        m_columnTitle->setText(QStringLiteral("Column %1.%2").arg(model.qualifiedName(*table), column->name));
        setQuietly(m_columnName, column->name);
        if (!m_columnType->hasFocus())
            m_columnType->setCurrentText(column->type.kind == DataType::Kind::Named && model.enumType(column->type.name)
                                             ? model.enumType(column->type.name)->name
                                             : column->type.toString());
        m_columnNotNull->setChecked(!column->nullable);
        setQuietly(m_columnDefault, column->defaultExpr);
        setQuietly(m_columnComment, column->comment);
        m_pages->setCurrentWidget(m_columnPage);
    } else if (other) {
        fillSummary();
        m_pages->setCurrentWidget(m_summaryPage);
    } else {
        m_pages->setCurrentWidget(m_empty);
    }
}

void PropertyPanel::fillSchemas(const QString &current)
{
    const QSignalBlocker blocker(m_tableSchema);
    m_tableSchema->clear();
    m_tableSchema->addItem(QStringLiteral("(default schema)"), QString());
    for (const Schema &s : m_document->model().schemas)
        m_tableSchema->addItem(s.name, s.id);
    m_tableSchema->setCurrentIndex(std::max(0, m_tableSchema->findData(current)));
}

void PropertyPanel::fillSummary()
{
    const Model &model = m_document->model();
    QString text = QStringLiteral("<b>%1</b> %2").arg(objectKindName(m_object.kind).toHtmlEscaped(), m_object.path(model).toHtmlEscaped());
    const Table *table = model.table(m_object.id);
    if (m_object.kind == K::ForeignKey && table) {
        for (const ForeignKey &f : table->foreignKeys) {
            if (f.id != m_object.childId)
                continue;
            const Table *target = model.table(f.referencedTableId);
            text += QStringLiteral("<p>(%1) references %2 (%3)<br>on delete %4, on update %5</p>")
                        .arg(table->columnNames(f.columnIds).join(QStringLiteral(", ")).toHtmlEscaped(),
                             (target ? model.qualifiedName(*target) : f.referencedTableId).toHtmlEscaped(),
                             (target ? target->columnNames(f.referencedColumnIds) : f.referencedColumnIds).join(QStringLiteral(", ")).toHtmlEscaped(),
                             referentialActionSql(f.onDelete), referentialActionSql(f.onUpdate));
        }
    } else if (m_object.kind == K::Check && table) {
        for (const CheckConstraint &c : table->checks) {
            if (c.id == m_object.childId)
                text += QStringLiteral("<p><code>CHECK (%1)</code></p>").arg(c.expression.toHtmlEscaped());
        }
    } else if (m_object.kind == K::View) {
        if (const View *v = model.view(m_object.id))
            text += QStringLiteral("<pre>%1</pre>").arg(v->definition.left(2000).toHtmlEscaped());
    } else if (m_object.kind == K::Enum) {
        if (const EnumType *e = model.enumType(m_object.id))
            text += QStringLiteral("<p>%1</p>").arg(e->values.join(QStringLiteral(", ")).toHtmlEscaped());
    } else {
        text += objectDetails(model, m_object);
    }
    m_summary->setText(text);
}

void PropertyPanel::applyTable()
{
    const Table *t = m_document->model().table(m_object.id);
    if (!t)
        return;
    const QString schemaId = m_tableSchema->currentData().toString();
    const Verdict v = ModelValidation::name(m_tableName->text(), ModelValidation::relationNames(m_document->model(), schemaId, t->id),
                                            QStringLiteral("table"), m_lint->dialects());
    if (v.isError()) {
        // The message stays; the model keeps the old name and schema.
        VerdictLabel::mark(schemaId == t->schemaId ? static_cast<QWidget *>(m_tableName) : m_tableSchema, v);
        m_tableVerdict->show(v);
        fillSchemas(t->schemaId);
        return;
    }
    VerdictLabel::mark(m_tableSchema, Verdict::ok());
    Table after = *t;
    after.name = m_tableName->text();
    after.schemaId = schemaId;
    after.comment = m_tableComment->text();
    QString text = QStringLiteral("Edit table %1").arg(t->name);
    if (after.schemaId != t->schemaId)
        text = QStringLiteral("Move table %1 to %2").arg(t->name, schemaId.isEmpty() ? QStringLiteral("the default schema") : m_document->model().schemaName(schemaId));
    else if (after.name != t->name)
        text = QStringLiteral("Rename table %1 to %2").arg(t->name, after.name);
    ModelEdits(m_document).updateTable(after, text);
}

void PropertyPanel::validateColumn()
{
    const Table *t = m_document->model().table(m_object.id);
    const Column *c = t ? t->column(m_object.childId) : nullptr;
    if (!c)
        return;
    const QList<Dialect> dialects = m_lint->dialects();
    const Verdict name = ModelValidation::name(m_columnName->text(), ModelValidation::columnNames(*t, c->id), QStringLiteral("column"), dialects);
    DataType type;
    const Verdict typeVerdict = ModelValidation::type(m_columnType->currentText(), m_document->model(), dialects, &type);
    Verdict definition;
    if (!typeVerdict.isError()) {
        Column edited = *c;
        edited.type = type;
        edited.defaultExpr = m_columnDefault->text().trimmed();
        definition = ModelValidation::column(m_document->model(), *t, edited, dialects);
    }
    VerdictLabel::mark(m_columnName, name);
    VerdictLabel::mark(m_columnType, typeVerdict);
    VerdictLabel::mark(m_columnDefault, m_columnDefault->text().trimmed().isEmpty() ? Verdict::ok() : definition);
    m_columnVerdict->show(name.worse(typeVerdict).worse(definition));
}

void PropertyPanel::applyColumn()
{
    const Table *t = m_document->model().table(m_object.id);
    const Column *c = t ? t->column(m_object.childId) : nullptr;
    if (!c)
        return;
    validateColumn();
    const QList<Dialect> dialects = m_lint->dialects();
    DataType type;
    const Verdict v = ModelValidation::name(m_columnName->text(), ModelValidation::columnNames(*t, c->id), QStringLiteral("column"), dialects)
                          .worse(ModelValidation::type(m_columnType->currentText(), m_document->model(), dialects, &type));
    if (v.isError())
        return;
    Table after = *t;
    Column *edited = after.column(c->id);
    edited->name = m_columnName->text();
    edited->type = type;
    edited->nullable = !m_columnNotNull->isChecked() && !t->isPrimaryKeyColumn(c->id);
    edited->defaultExpr = m_columnDefault->text().trimmed();
    edited->comment = m_columnComment->text();
    if (ModelValidation::column(m_document->model(), after, *edited, dialects).isError())
        return;
    ModelEdits(m_document).updateTable(after, QStringLiteral("Edit column %1.%2").arg(t->name, edited->name));
}

} // namespace strata::modeler::ui
