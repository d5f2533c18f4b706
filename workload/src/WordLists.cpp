#include "WordLists.h"

#include <QFile>

namespace strata::workload {

namespace {

// The lines of a list, without blanks and repeats (unique values are built on distinct entries).
QStringList lines(const QString &name)
{
    QFile file(QStringLiteral(":/strata/synth/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the word list %s is not compiled into this build", qPrintable(name));
    QStringList out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString entry = QString::fromUtf8(line).trimmed();
        if (!entry.isEmpty() && !out.contains(entry))
            out << entry;
    }
    return out;
}

} // namespace

const WordLists &WordLists::instance()
{
    static const WordLists lists; // thread-safe initialisation
    return lists;
}

WordLists::WordLists()
    : firstNames(lines(QStringLiteral("first-names.txt"))), lastNames(lines(QStringLiteral("last-names.txt"))),
      cities(lines(QStringLiteral("cities.txt"))), streets(lines(QStringLiteral("streets.txt"))),
      words(lines(QStringLiteral("words.txt"))), adjectives(lines(QStringLiteral("adjectives.txt"))),
      nouns(lines(QStringLiteral("nouns.txt"))), companies(lines(QStringLiteral("companies.txt"))),
      companySuffixes(lines(QStringLiteral("company-suffixes.txt"))), statuses(lines(QStringLiteral("statuses.txt"))),
      emailDomains(lines(QStringLiteral("email-domains.txt")))
{
    for (const QString &line : lines(QStringLiteral("countries.tsv"))) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 3)
            countries.append(Country{fields[0], fields[1], fields[2]});
    }
}

} // namespace strata::workload
