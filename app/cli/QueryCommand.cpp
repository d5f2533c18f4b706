#include "QueryCommand.h"

#include "RowWriter.h"
#include "TerminalPrompt.h"

#include <connectors/Connector.h>

#include <QFile>


namespace strata::cli {

using namespace strata::connectors;

namespace {

// The error, its code, and the line of the script it points at with a caret under the column.
QString describe(const Error &error, const QString &script)
{
    QString out;
    for (const QString &line : error.toString().split(u'\n')) // lines of a detail stay under it
        out += out.isEmpty() ? line : (line.startsWith(QLatin1String("  ")) ? u'\n' + line : QStringLiteral("\n    ") + line);
    if (!error.code.isEmpty())
        out += QStringLiteral("\n  code: ") + error.code;
    const QStringList lines = script.split(u'\n');
    if (error.place.line > 0 && error.place.line <= lines.size()) {
        const QString number = QString::number(error.place.line);
        const QString line = lines[error.place.line - 1];
        out += QStringLiteral("\n  %1 | %2").arg(number, line);
        if (error.place.column > 0) {
            QString pad = line.left(error.place.column - 1);
            for (QChar &c : pad)
                if (c != u'\t')
                    c = u' ';
            out += QStringLiteral("\n  %1 | %2^").arg(QString(number.size(), u' '), pad);
        }
    }
    return out;
}

void reportNotices(Session &session, Console &console)
{
    console.report(session.takeNotices());
}

QString statusOf(const ResultSummary &summary)
{
    if (!summary.commandTag.isEmpty())
        return summary.commandTag;
    if (summary.rowsAffected >= 0)
        return summary.rowsAffected == 1 ? QStringLiteral("1 row affected")
                                         : QStringLiteral("%1 rows affected").arg(summary.rowsAffected);
    return {};
}

} // namespace

void QueryCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("connection"),
                                 QStringLiteral("A PostgreSQL conninfo string, postgresql:// URI or service=NAME; or a "
                                                "SQLite file (.db, .sqlite; sqlite:PATH creates it)."));
    parser.addOption({{QStringLiteral("c"), QStringLiteral("command")},
                      QStringLiteral("The SQL to run: one statement or several separated by semicolons."),
                      QStringLiteral("sql")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("file")},
                      QStringLiteral("A file of SQL to run ('-' for standard input)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("param"),
                      QStringLiteral("A value for the next parameter ($1, $2 ... or ?), bound and never spliced into "
                                     "the SQL. Repeat for more; they need a single statement."),
                      QStringLiteral("value")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("tsv (the default) or csv."), QStringLiteral("format"),
                      QStringLiteral("tsv")});
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Cancel a statement that runs longer than this many milliseconds."),
                      QStringLiteral("ms")});
    parser.addOption({{QStringLiteral("w"), QStringLiteral("no-password")},
                      QStringLiteral("Never ask for a password (~/.pgpass, PGPASSWORD and the keychain still count).")});
}

int QueryCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const QStringList args = parser.positionalArguments();
    const bool hasCommand = parser.isSet(QStringLiteral("command")), hasFile = parser.isSet(QStringLiteral("file"));
    const QString format = parser.value(QStringLiteral("format"));
    bool timeoutOk = true;
    const int timeout = parser.isSet(QStringLiteral("timeout")) ? parser.value(QStringLiteral("timeout")).toInt(&timeoutOk) : 0;
    if (args.size() != 1 || hasCommand == hasFile || (format != u"tsv" && format != u"csv") || !timeoutOk || timeout < 0) {
        console.err << "strata-cli query: give one CONNECTION, either -c SQL or -f FILE, --format tsv or csv, "
                       "and --timeout in milliseconds\n\n"
                    << parser.helpText();
        return UsageError;
    }
    auto spec = ConnectionSpec::parse(args.first());
    if (!spec)
        return console.fail(name(), spec.error());

    QString script, source;
    if (hasCommand) {
        script = parser.value(QStringLiteral("command"));
        source = QStringLiteral("<command line>");
    } else {
        const QString path = parser.value(QStringLiteral("file"));
        auto read = readInput(path);
        if (!read)
            return console.fail(name(), read.error());
        script = QString::fromUtf8(*read);
        source = path == u"-" ? QStringLiteral("<stdin>") : path;
    }
    Row params;
    for (const QString &value : parser.values(QStringLiteral("param")))
        params.append(value);

    PasswordStore store;
    Connector connector(&store, parser.isSet(QStringLiteral("no-password")) ? Connector::Prompt() : askPasswordOnTerminal);
    auto session = connector.open(*spec);
    console.report(connector.diagnostics());
    if (!session)
        return console.fail(name(), session.error());

    ExecOptions options;
    options.timeoutMs = timeout;
    options.source = source;
    auto cursor = (*session)->run(script, params, options);
    if (!cursor) {
        console.err << "strata-cli query: " << describe(cursor.error(), script) << Qt::endl;
        return UserError;
    }
    RowWriter writer(console.out, format == u"csv" ? RowWriter::Format::Csv : RowWriter::Format::Tsv);
    bool firstRowSet = true;
    while (true) {
        auto more = (*cursor)->nextResult();
        reportNotices(**session, console);
        if (!more) {
            console.out.flush();
            console.err << "strata-cli query: " << describe(more.error(), script) << Qt::endl;
            return UserError;
        }
        if (!*more)
            break;
        if (!(*cursor)->columns().isEmpty()) {
            const bool copyLines = (*cursor)->summary().copyLines; // already formatted: printed as they are
            if (!firstRowSet)
                console.out << '\n';
            firstRowSet = false;
            if (!copyLines)
                writer.header((*cursor)->columns());
            while (true) {
                auto batch = (*cursor)->fetch(1000);
                if (!batch) {
                    console.out.flush();
                    reportNotices(**session, console);
                    console.err << "strata-cli query: " << describe(batch.error(), script) << Qt::endl;
                    return UserError;
                }
                if (batch->isEmpty())
                    break;
                for (const Row &row : std::as_const(*batch)) {
                    if (copyLines)
                        console.out << row.first().toString() << '\n';
                    else
                        writer.row(row);
                }
                console.out.flush();
            }
        }
        reportNotices(**session, console);
        if (const QString status = statusOf((*cursor)->summary()); !status.isEmpty() && (*cursor)->columns().isEmpty())
            console.err << status << '\n';
        console.err.flush();
    }
    console.out.flush();
    return Success;
}

} // namespace strata::cli
