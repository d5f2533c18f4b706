// Tests as data: an input file beside the output it must produce. A failure prints a diff; running
// a test with STRATA_UPDATE_EXPECTED=1 writes the actual output as the new expectation (review it!).
#pragma once

#include <QString>
#include <QStringList>
#include <QTest>

namespace strata::test {

/// The files in `dir` that match the name filter (e.g. "*.sql"), sorted by name.
QStringList caseFiles(const QString &dir, const QString &nameFilter);
/// The whole file as UTF-8 text; an empty string (and a test failure message) when it cannot be read.
QString readText(const QString &path);
bool writeText(const QString &path, const QString &text);
/// A unified diff of two texts (through diff -u), labelled with the names given.
QString unifiedDiff(const QString &expected, const QString &actual, const QString &expectedLabel = QStringLiteral("expected"),
                    const QString &actualLabel = QStringLiteral("actual"));
/// True when `actual` equals the expected file's text; otherwise `why` gets the diff.
bool matchesExpectedFile(const QString &actual, const QString &expectedPath, QString *why);

} // namespace strata::test

/// Compares text with an expected file and fails the test with a diff when they differ.
#define STRATA_COMPARE_FILE(actual, expectedPath)                                                      \
    do {                                                                                               \
        QString strataWhy_;                                                                            \
        if (!strata::test::matchesExpectedFile((actual), (expectedPath), &strataWhy_))                 \
            QFAIL(qPrintable(strataWhy_));                                                             \
    } while (false)

/// Compares two texts and fails the test with a diff when they differ.
#define STRATA_COMPARE_TEXT(actual, expected)                                                          \
    do {                                                                                               \
        const QString strataA_ = (actual), strataE_ = (expected);                                      \
        if (strataA_ != strataE_)                                                                      \
            QFAIL(qPrintable(QStringLiteral("texts differ:\n") + strata::test::unifiedDiff(strataE_, strataA_))); \
    } while (false)
