#include "modeler/ui/DomainDialog.h"

#include "modeler/ui/ModelEdits.h"
#include "VerdictLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strata::modeler::ui {

namespace {

constexpr int checkIdRole = Qt::UserRole;

} // namespace

DomainDialog::DomainDialog(const Model &model, const Domain &domain, const QList<Dialect> &dialects,
                           QWidget *parent)
    : EditDialog(parent), m_model(model), m_original(domain), m_dialects(dialects)
{
    setWindowTitle(model.domain(domain.id) ? QStringLiteral("Domain %1").arg(domain.name)
                                           : QStringLiteral("New domain"));
    m_name = new QLineEdit(domain.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_schema = schemaChooser(model, domain.schemaId);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setEditable(true);
    m_type->addItems({QStringLiteral("text"), QStringLiteral("varchar(255)"), QStringLiteral("integer"),
                      QStringLiteral("bigint"), QStringLiteral("numeric(12,2)"), QStringLiteral("date"),
                      QStringLiteral("timestamptz")});
    m_type->setCurrentText(domain.baseType.toString());
    m_notNull = new QCheckBox(QStringLiteral("N&ot null"));
    m_notNull->setObjectName(QStringLiteral("notNull"));
    m_notNull->setChecked(domain.notNull);
    m_default = new QLineEdit(domain.defaultExpr);
    m_default->setObjectName(QStringLiteral("default"));
    m_default->setPlaceholderText(QStringLiteral("none"));
    m_collation = new QLineEdit(domain.collation);
    m_collation->setObjectName(QStringLiteral("collation"));
    m_collation->setPlaceholderText(QStringLiteral("the base type's"));
    m_comment = new QLineEdit(domain.comment);
    m_comment->setObjectName(QStringLiteral("comment"));
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(m_notNull);

    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Name:"), m_name);
    form->addRow(QStringLiteral("&Schema:"), m_schema);
    form->addRow(label(QStringLiteral("&Type:"), m_type), typeRow);
    form->addRow(QStringLiteral("&Default:"), m_default);
    form->addRow(QStringLiteral("Co&llation:"), m_collation);
    QLayout *checks = buildChecks(domain);
    form->addRow(label(QStringLiteral("C&hecks:"), m_checks), checks);
    form->addRow(QStringLiteral("Co&mment:"), m_comment);
    finish(form);
    resize(560, 460);
    for (QLineEdit *e : {m_name, m_default, m_collation})
        connect(e, &QLineEdit::textChanged, this, &DomainDialog::validate);
    connect(m_schema, &QComboBox::currentIndexChanged, this, &DomainDialog::validate);
    connect(m_type, &QComboBox::currentTextChanged, this, &DomainDialog::validate);
    connect(m_notNull, &QCheckBox::toggled, this, &DomainDialog::validate);
    validate();
}

QLayout *DomainDialog::buildChecks(const Domain &domain)
{
    m_checks = new QTableWidget(0, 2);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Expression on VALUE")});
    m_checks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_checks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_checks->setColumnWidth(0, 160);
    m_checks->verticalHeader()->setVisible(false);
    for (const CheckConstraint &c : domain.checks) {
        const int row = m_checks->rowCount();
        m_checks->insertRow(row);
        auto *name = new QTableWidgetItem(c.name);
        name->setData(checkIdRole, c.id);
        m_checks->setItem(row, 0, name);
        m_checks->setItem(row, 1, new QTableWidgetItem(c.expression));
    }
    auto *add = new QPushButton(QStringLiteral("Add check"));
    add->setObjectName(QStringLiteral("addCheck"));
    auto *remove = new QPushButton(QStringLiteral("Remove check"));
    connect(add, &QPushButton::clicked, this, &DomainDialog::addCheck);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_checks->currentRow() >= 0)
            m_checks->removeRow(m_checks->currentRow());
        validate();
    });
    connect(m_checks, &QTableWidget::itemChanged, this, &DomainDialog::validate);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_checks, 1);
    layout->addLayout(buttons);
    return layout;
}

void DomainDialog::addCheck()
{
    const int row = m_checks->rowCount();
    m_checks->insertRow(row);
    m_checks->setItem(
        row, 0, new QTableWidgetItem(ModelEdits::freeName(m_name->text() + QStringLiteral("_check"), [&] {
            QStringList names;
            for (const CheckConstraint &c : domain().checks)
                names << c.name;
            return names;
        }())));
    m_checks->setItem(row, 1, new QTableWidgetItem);
    m_checks->setCurrentCell(row, 1);
    m_checks->editItem(m_checks->item(row, 1));
}

Domain DomainDialog::domain() const
{
    Domain d = m_original;
    d.name = m_name->text();
    d.schemaId = m_schema->currentData().toString();
    DataType type;
    (void)ModelValidation::type(m_type->currentText(), m_model, {}, &type);
    d.baseType = type;
    d.notNull = m_notNull->isChecked();
    d.defaultExpr = m_default->text().trimmed();
    d.collation = m_collation->text().trimmed();
    d.comment = m_comment->text();
    d.checks.clear();
    QStringList ids;
    for (int row = 0; row < m_checks->rowCount(); ++row) {
        const QTableWidgetItem *name = m_checks->item(row, 0), *expression = m_checks->item(row, 1);
        CheckConstraint c;
        c.name = name ? name->text().trimmed() : QString();
        c.expression = expression ? expression->text().trimmed() : QString();
        if (c.name.isEmpty() && c.expression.isEmpty())
            continue;
        c.id = name ? name->data(checkIdRole).toString() : QString();
        if (c.id.isEmpty())
            c.id = Model::uniqueId(c.name.isEmpty() ? QStringLiteral("check") : c.name, ids);
        ids << c.id;
        d.checks << c;
    }
    if (d.id.isEmpty()) {
        QStringList taken;
        for (const Domain &o : m_model.domains)
            taken << o.id;
        d.id = Model::uniqueId(
            m_model.qualifiedName(d.schemaId, d.name.isEmpty() ? QStringLiteral("domain") : d.name), taken);
    }
    return d;
}

void DomainDialog::validate()
{
    const Domain d = domain();
    const Verdict name =
        ModelValidation::name(d.name, ModelValidation::relationNames(m_model, d.schemaId, m_original.id),
                              QStringLiteral("type"), m_dialects);
    VerdictLabel::mark(m_name, name);
    Verdict type = ModelValidation::type(m_type->currentText(), m_model, m_dialects);
    if (!type.isError() && d.baseType.kind == DataType::Kind::Named && d.baseType.name == d.id)
        type = Verdict::error(QStringLiteral("a domain cannot be based on itself"));
    VerdictLabel::mark(m_type, type);
    Verdict v = name.worse(type);
    for (const CheckConstraint &c : d.checks) {
        if (c.expression.isEmpty())
            v = v.worse(Verdict::error(QStringLiteral("check %1 needs an expression").arg(c.name)));
    }
    if (!v.isError())
        v = v.worse(ModelValidation::domain(m_model, d, m_dialects));
    VerdictLabel::mark(m_default,
                       v.isError() && v.message.contains(QLatin1String("default")) ? v : Verdict::ok());
    showVerdict(v);
}

} // namespace strata::modeler::ui
