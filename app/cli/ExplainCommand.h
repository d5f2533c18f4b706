// strata-cli explain: reads a plan (PostgreSQL JSON or text, SQLite), prints the annotated tree with
// its findings, or writes the plan as PostgreSQL JSON, or draws it as SVG or PNG.
#pragma once

#include "Command.h"

namespace strata::cli {

class ExplainCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("explain"); }
    QString summary() const override { return QStringLiteral("Analyse an execution plan: findings, JSON, or a drawing"); }
    bool needsGui() const override { return true; }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

} // namespace strata::cli
