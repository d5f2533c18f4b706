// strata-cli query: runs SQL on a PostgreSQL or SQLite connection and streams the rows to stdout.
#pragma once

#include "Command.h"

namespace strata::cli {

class QueryCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("query"); }
    QString summary() const override { return QStringLiteral("Run SQL on a database and print its rows (TSV or CSV)"); }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

} // namespace strata::cli
