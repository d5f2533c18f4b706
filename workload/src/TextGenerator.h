// Realistic text: names, e-mail addresses, phone numbers, addresses, cities, countries, currencies,
// companies, product names, statuses, words, titles, running text of a length distribution, URLs,
// slugs and codes, from the shipped word lists. Unique columns get the list's own entries first and
// numbered variants after ("Lisbon", ..., "Lisbon 2"), so a key never runs out while its length allows.
#pragma once

#include "ValueGenerator.h"

namespace strata::workload {

class WordLists;

class TextGenerator final : public ValueGenerator
{
public:
    enum class Kind {
        FirstName, LastName, FullName, Email, Phone, Street, City, PostalCode, Country, CountryCode, Currency,
        Company, ProductName, Status, Words, Title, Text, Url, Slug, Code, Letters
    };

    /// `maxLength` -1: no limit. `fixedLength`: codes fill it exactly (char(n)).
    TextGenerator(Kind kind, int minLength, int maxLength, bool fixedLength);

    QVariant next(SeededRandom &random) const override;
    void write(SeededRandom &random, qint64 row, connectors::RowBatch &batch) const override;
    quint64 domainSize() const override { return m_domain; }
    quint64 naturalSize() const override { return m_natural; }
    QVariant valueAt(quint64 k) const override;

private:
    /// The natural value number `k` (k < m_natural) of a kind built from lists.
    QString natural(quint64 k, SeededRandom *random) const;
    QString running(SeededRandom &random) const;
    QString nextText(SeededRandom &random) const;
    QString fit(QString value, SeededRandom *random) const;
    /// Width of a code of this column.
    int codeWidth() const;
    /// Writes natural value `k` as UTF-8 at `out` (room for twice the longest); false for a kind
    /// that has no such path.
    bool writeNatural(quint64 k, char *out, qsizetype *length) const;

    Kind m_kind;
    int m_minLength, m_maxLength;
    bool m_fixedLength;
    const WordLists &m_lists;
    quint64 m_natural = 1;
    quint64 m_domain = 1;
    bool m_codes = false; ///< the column is too short for natural values: keys are codes
    int m_longest = 0;    ///< characters of the longest natural value (0: not known)
    bool m_direct = false; ///< natural values are written as UTF-8 without a QString
};

} // namespace strata::workload
