// How much data to make: the model's tables with the rows each gets (1,000 unless changed here), a
// scale factor applied to all of them, and the seed (the same seed makes the same rows).
#pragma once

#include <modeler/Model.h>
#include <QWidget>
#include <workload/SynthOptions.h>

class QDoubleSpinBox;
class QSpinBox;
class QTableWidget;

namespace strata::workload::ui {

class TableSizesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TableSizesEditor(QWidget *parent = nullptr);

    /// Lists the model's tables; counts the user changed stay for the tables still there.
    void setModel(const modeler::Model &model);

    void setRows(const QString &table, qint64 rows);
    void setScale(double scale);
    void setSeed(quint64 seed);
    double scale() const;

    /// Seed, scale, and the rows of the tables whose count was changed from the default.
    SynthOptions options() const;
    /// The rows each table gets once scaled, by qualified name, in the model's order.
    QList<QPair<QString, qint64>> plannedRows() const;

    QTableWidget *table() const { return m_table; }
    QDoubleSpinBox *scaleBox() const { return m_scale; }
    QSpinBox *seedBox() const { return m_seed; }

private:
    void updateScaled();
    qint64 rowsAt(int row) const;

    QTableWidget *m_table;
    QDoubleSpinBox *m_scale;
    QSpinBox *m_seed;
};

} // namespace strata::workload::ui
