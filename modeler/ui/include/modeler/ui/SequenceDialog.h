// The sequence editor: name, schema, type, start, increment, minimum and maximum (empty: the type's
// default), cache, cycle, the column that owns it and a comment; the numbers checked together as
// the user types (the range holds the start, fits the type, the increment is not 0).
#pragma once

#include "modeler/ui/EditDialog.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace strata::modeler::ui {

class SequenceDialog : public EditDialog
{
    Q_OBJECT

public:
    SequenceDialog(const Model &model, const Sequence &sequence, const QList<Dialect> &dialects,
                   QWidget *parent = nullptr);

    Sequence sequence() const;

private:
    QLineEdit *numberField(const QString &name, std::optional<qint64> value, const QString &placeholder);
    void validate();

    const Model &m_model;
    Sequence m_original;
    QList<Dialect> m_dialects;
    QLineEdit *m_name;
    QComboBox *m_schema;
    QComboBox *m_type;
    QLineEdit *m_start, *m_increment, *m_min, *m_max, *m_cache;
    QCheckBox *m_cycle;
    QComboBox *m_owner;
    QLineEdit *m_comment;
};

} // namespace strata::modeler::ui
