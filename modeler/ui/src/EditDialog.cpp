#include "modeler/ui/EditDialog.h"

#include "VerdictLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata::modeler::ui {

EditDialog::EditDialog(QWidget *parent) : QDialog(parent), m_verdict(new VerdictLabel) {}

void EditDialog::finish(QLayout *content)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
}

void EditDialog::showVerdict(const Verdict &verdict)
{
    m_verdict->show(verdict);
    m_ok->setEnabled(!verdict.isError());
}

QLabel *EditDialog::label(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text);
    l->setBuddy(buddy);
    return l;
}

QComboBox *EditDialog::schemaChooser(const Model &model, const QString &schemaId)
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("schema"));
    box->addItem(QStringLiteral("(default schema)"), QString());
    for (const Schema &s : model.schemas)
        box->addItem(s.name, s.id);
    box->setCurrentIndex(std::max(0, box->findData(schemaId)));
    return box;
}

} // namespace strata::modeler::ui
