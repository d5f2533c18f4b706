// Below the table editor's grid: what a column has beyond its row, for the chosen row. Identity
// (always or by default), serial, a generated (STORED) expression, a collation and a comment.
#pragma once

#include <modeler/Column.h>
#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace strata::modeler::ui {

class ColumnDetails : public QGroupBox
{
    Q_OBJECT

public:
    explicit ColumnDetails(QWidget *parent = nullptr);

    /// Shows a column's details (silently: no edited()); disabled when `column` is null.
    void load(const Column *column);
    /// The column's name as it is being typed, in the title.
    void setColumnName(const QString &name);
    /// Writes the fields into `column`, keeping what the form does not show.
    void apply(Column &column) const;

    QComboBox *identity() const { return m_identity; }
    QCheckBox *serial() const { return m_serial; }
    QLineEdit *generated() const { return m_generated; }
    QComboBox *collation() const { return m_collation; }
    QLineEdit *comment() const { return m_comment; }

signals:
    void edited();

private:
    QComboBox *m_identity;
    QCheckBox *m_serial;
    QLineEdit *m_generated;
    QComboBox *m_collation;
    QLineEdit *m_comment;
};

} // namespace strata::modeler::ui
