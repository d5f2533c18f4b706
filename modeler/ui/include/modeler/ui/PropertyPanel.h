// The property panel: the chosen object's properties. A table's (name, schema, comment) and a
// column's common properties are edited in place (each change one undoable step, checked as you type and applied only when
// valid); every other object shows a summary with buttons to its editor and to delete it.
#pragma once

#include <modeler/ObjectRef.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace strata::modeler::ui {

class LintMonitor;
class ModelDocument;
class ObjectEditor;
class VerdictLabel;

class PropertyPanel : public QWidget
{
    Q_OBJECT

public:
    PropertyPanel(ModelDocument *document, LintMonitor *lint, ObjectEditor *editor, QWidget *parent = nullptr);

    void showObject(const ObjectRef &object);
    ObjectRef object() const { return m_object; }

private:
    QWidget *buildTablePage();
    QWidget *buildColumnPage();
    QWidget *buildSummaryPage();
    void refresh();
    void fillSummary();
    void fillSchemas(const QString &current);
    void applyTable();
    void applyColumn();
    void validateColumn();

    ModelDocument *m_document;
    LintMonitor *m_lint;
    ObjectEditor *m_editor;
    ObjectRef m_object;
    QStackedWidget *m_pages;
    QWidget *m_empty, *m_tablePage, *m_columnPage, *m_summaryPage;
    QLabel *m_tableTitle, *m_columnTitle, *m_summary;
    QLineEdit *m_tableName, *m_tableComment;
    QComboBox *m_tableSchema;
    QLineEdit *m_columnName, *m_columnDefault, *m_columnComment;
    QComboBox *m_columnType;
    QCheckBox *m_columnNotNull;
    VerdictLabel *m_tableVerdict, *m_columnVerdict;
};

} // namespace strata::modeler::ui
