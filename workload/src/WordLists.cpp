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

QList<QByteArray> encoded(const QStringList &list, bool *ascii)
{
    QList<QByteArray> out;
    for (const QString &entry : list) {
        out << entry.toUtf8();
        *ascii = *ascii && out.last().size() == entry.size();
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
    for (const QString &name : std::as_const(firstNames))
        firstNamesLower << name.toLower();
    for (const QString &name : std::as_const(lastNames))
        lastNamesLower << name.toLower();
    QStringList countryNames;
    for (const QString &line : lines(QStringLiteral("countries.tsv"))) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 3) {
            countries.append(Country{fields[0], fields[1], fields[2]});
            countryNames << fields[1];
        }
    }
    utf8 = Utf8{encoded(firstNames, &ascii), encoded(lastNames, &ascii), encoded(firstNamesLower, &ascii),
                encoded(lastNamesLower, &ascii), encoded(cities, &ascii), encoded(countryNames, &ascii),
                encoded(companies, &ascii), encoded(companySuffixes, &ascii), encoded(adjectives, &ascii),
                encoded(nouns, &ascii), encoded(statuses, &ascii), encoded(emailDomains, &ascii)};
}

} // namespace strata::workload
