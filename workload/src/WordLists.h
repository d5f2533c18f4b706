// The word lists that realistic values are drawn from (names, cities, countries, words), shipped in
// resources/synth and compiled into the library as Qt resources, so that strata-cli and the IDE find
// them wherever they are installed. Read once, shared read-only by every generator thread.
#pragma once

#include <QList>
#include <QStringList>

namespace strata::workload {

class WordLists
{
public:
    struct Country
    {
        QString code;     ///< ISO 3166-1 alpha-2
        QString name;
        QString currency; ///< ISO 4217
    };

    static const WordLists &instance();

    QStringList firstNames, lastNames, cities, streets, words, adjectives, nouns, companies, companySuffixes, statuses,
        emailDomains;
    QList<Country> countries;

private:
    WordLists();
};

} // namespace strata::workload
