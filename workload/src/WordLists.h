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

    QStringList firstNames, lastNames, firstNamesLower, lastNamesLower, cities, streets, words, adjectives, nouns, companies, companySuffixes, statuses,
        emailDomains;
    QList<Country> countries;

    /// The same lists as UTF-8, for generators that write text straight into a batch.
    struct Utf8
    {
        QList<QByteArray> firstNames, lastNames, firstNamesLower, lastNamesLower, cities, countryNames, companies,
            companySuffixes, adjectives, nouns, statuses, emailDomains;
    };
    Utf8 utf8;
    /// Every entry is ASCII: a character is a byte, so lengths in bytes are lengths in characters.
    bool ascii = true;

private:
    WordLists();
};

} // namespace strata::workload
