// strata-cli diagram: draws a diagram of a model as SVG, PNG or PDF, headless, with the same scene
// and exporter as the IDE; optionally laid out by Graphviz first (the model file is not changed).
#include "Command.h"

#include <modeler/ModelFile.h>
#include <modeler/ui/DiagramExporter.h>
#include <modeler/ui/DiagramLayout.h>
#include <modeler/ui/DiagramScene.h>
#include <modeler/ui/ModelDocument.h>

#include <QFileInfo>

namespace strata::cli {

namespace {

using namespace strata::modeler;

class DiagramCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("diagram"); }
    QString summary() const override { return QStringLiteral("Draw a model's diagram as SVG, PNG or PDF"); }
    bool needsGui() const override { return true; }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("The .strata model file."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("The picture to write; its extension (.svg, .png or .pdf) gives the format."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("diagram"),
                          QStringLiteral("Which diagram, by name or id (default: the first; a model without diagrams shows every "
                                         "table, laid out)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("layout"), QStringLiteral("Lay the diagram out with Graphviz first (the model file is not changed).")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            console.err << "strata-cli diagram: expected one MODEL file\n";
            return UsageError;
        }
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            console.err << "strata-cli diagram: give the picture to write with -o FILE.svg, FILE.png or FILE.pdf\n";
            return UsageError;
        }
        if (!ui::DiagramExporter::knowsFormat(output)) {
            console.err << "strata-cli diagram: cannot tell the format of '" << output << "': use a name ending in .svg, .png or .pdf\n";
            return UsageError;
        }
        auto model = ModelFile::load(args[0]);
        if (!model)
            return console.fail(name(), model.error());
        bool layout = parser.isSet(QStringLiteral("layout"));
        auto diagramId = chooseDiagram(*model, parser.value(QStringLiteral("diagram")), &layout);
        if (!diagramId)
            return console.fail(name(), diagramId.error());

        ui::ModelDocument document;
        document.reset(*model);
        ui::DiagramScene scene(&document, *diagramId);
        if (layout) {
            auto laidOut = ui::DiagramLayout::run(scene);
            if (!laidOut)
                return console.fail(name(), laidOut.error());
        }
        auto written = ui::DiagramExporter::save(scene, output);
        if (!written)
            return console.fail(name(), written.error());
        return Success;
    }

private:
    /// The diagram's id; a model without diagrams gets one of every table and view (to be laid out).
    static Result<QString> chooseDiagram(Model &model, const QString &wanted, bool *layout)
    {
        if (model.diagrams.isEmpty() && wanted.isEmpty()) {
            Diagram all;
            all.id = all.name = QStringLiteral("all");
            for (const QString &id : model.tableIds() + model.viewIds())
                all.placements.insert(id, Placement{});
            model.diagrams << all;
            *layout = true;
            return all.id;
        }
        if (wanted.isEmpty())
            return model.diagrams.first().id;
        QStringList names;
        for (const Diagram &d : model.diagrams) {
            if (d.id == wanted || d.name == wanted)
                return d.id;
            names << QStringLiteral("\"%1\"").arg(d.name);
        }
        return Error(QStringLiteral("the model has no diagram \"%1\" (it has %2)")
                         .arg(wanted, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
    }
};

} // namespace

std::unique_ptr<Command> makeDiagramCommand() { return std::make_unique<DiagramCommand>(); }

} // namespace strata::cli
