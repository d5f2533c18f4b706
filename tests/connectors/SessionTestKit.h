// Helpers for the connectors tests: run a script to the end, read the process's memory, a keychain in
// memory, and the write check of a script as text.
#pragma once

#include <connectors/PasswordStore.h>
#include <connectors/ScriptSplitter.h>
#include <connectors/Session.h>

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <unistd.h>

namespace strata::test {

/// Every result set of a script: its columns, rows and summary.
struct ScriptRun
{
    QList<connectors::QueryResult> results;
};

inline Result<ScriptRun> runScript(connectors::Session &session, const QString &script,
                                   const connectors::Row &params = {}, const connectors::ExecOptions &options = {})
{
    auto cursor = session.run(script, params, options);
    if (!cursor)
        return cursor.error();
    ScriptRun run;
    while (true) {
        auto more = (*cursor)->nextResult();
        if (!more)
            return more.error();
        if (!*more)
            return run;
        connectors::QueryResult result;
        result.columns = (*cursor)->columns();
        while (true) {
            auto batch = (*cursor)->fetch(100);
            if (!batch)
                return batch.error();
            if (batch->isEmpty())
                break;
            result.rows += *batch;
        }
        result.summary = (*cursor)->summary();
        run.results.append(result);
    }
}

/// The base script with three random edits: one of the pieces inserted, or a few characters cut.
inline QString mutateScript(QString script, const QStringList &pieces, QRandomGenerator &random)
{
    for (int edit = 0; edit < 3; ++edit) {
        const int at = random.bounded(int(script.size()) + 1);
        if (random.bounded(2))
            script.insert(at, pieces[random.bounded(int(pieces.size()))]);
        else
            script.remove(at, random.bounded(6));
    }
    return script;
}

/// What is wrong with a session's answer to a script, or nothing: results must lie inside the script,
/// an error must have a message and a place inside it.
inline QString problemWithAnswer(const Result<ScriptRun> &run, const QString &script)
{
    if (run) {
        for (const connectors::QueryResult &r : run->results)
            if (r.summary.offset < 0 || r.summary.offset + r.summary.length > script.size())
                return QStringLiteral("a statement outside the script");
        return {};
    }
    const SourcePlace &place = run.error().place;
    if (run.error().message.isEmpty())
        return QStringLiteral("an error without a message");
    if (place.line < 1 || place.column < 1 || place.line > script.count(u'\n') + 1)
        return QStringLiteral("an error placed outside the script: ") + place.toString();
    return {};
}

/// An error as a failure message: its text and its code.
inline QString describe(const Error &error)
{
    return error.toString() + QStringLiteral(" [") + error.code + u']';
}

/// A keychain that works, kept in memory.
class MemoryStore : public connectors::PasswordStore
{
public:
    QHash<QString, QString> saved;
    Result<std::optional<QString>> read(const QString &key) override
    {
        return saved.contains(key) ? std::optional<QString>(saved[key]) : std::nullopt;
    }
    Result<void> write(const QString &key, const QString &password) override
    {
        saved[key] = password;
        return Result<void>::success();
    }
    Result<void> remove(const QString &key) override
    {
        saved.remove(key);
        return Result<void>::success();
    }
};

/// Each statement of a script as "reads:  ..." or "writes: ..." (Session::writingStatements), in
/// order, without the comment lines before the first one.
inline QString writeCheckReport(connectors::Session &session, const QString &script)
{
    const QList<connectors::StatementSpan> writing = session.writingStatements(script);
    QString out;
    for (const connectors::StatementSpan &s : connectors::splitScript(session.dialect(), script)) {
        QString text = script.mid(s.offset, s.length);
        text.remove(QRegularExpression(QStringLiteral("^(--[^\n]*\n)+")));
        out += (writing.contains(s) ? QStringLiteral("writes: ") : QStringLiteral("reads:  ")) + text.simplified() + u'\n';
    }
    return out;
}

/// The process's resident memory in bytes (/proc/self/statm).
inline qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

} // namespace strata::test

/// Fails the test with the error's text when a Result is not ok (the expression runs once).
#define STRATA_VERIFY_OK(expression)                                                                   \
    do {                                                                                               \
        const auto &strataResult_ = (expression);                                                      \
        QVERIFY2(strataResult_.ok(), strataResult_.ok() ? "" : qPrintable(strata::test::describe(strataResult_.error()))); \
    } while (false)
