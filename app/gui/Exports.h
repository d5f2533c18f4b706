// What leaves the window as files or paper: pictures of the diagram or the selection (SVG, PNG,
// PDF), printing, and the DDL script with its preview.
#pragma once

#include <QObject>

class QWidget;

namespace strata::modeler::ui {
class DiagramWorkspace;
class ModelDocument;
}

namespace strata::app {

class Exports : public QObject
{
    Q_OBJECT

public:
    Exports(QWidget *window, modeler::ui::ModelDocument *document, modeler::ui::DiagramWorkspace *workspace);

    void exportPicture(bool selectionOnly);
    void print();
    void exportDdl();

signals:
    void message(const QString &text);

private:
    QWidget *m_window;
    modeler::ui::ModelDocument *m_document;
    modeler::ui::DiagramWorkspace *m_workspace;
};

} // namespace strata::app
