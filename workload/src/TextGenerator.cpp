#include "TextGenerator.h"

#include "ValueText.h"
#include "WordLists.h"

#include <cmath>
#include <cstring>

namespace strata::workload {

using Kind = TextGenerator::Kind;

namespace {

constexpr quint64 maxDomain = 4000000000000000000ULL;
const QStringList streetTypes{QStringLiteral("Street"), QStringLiteral("Road"), QStringLiteral("Avenue"),
                              QStringLiteral("Lane"), QStringLiteral("Way")};

int longest(const QStringList &list)
{
    int n = 0;
    for (const QString &s : list)
        n = std::max(n, int(s.size()));
    return n;
}

quint64 power(quint64 base, int exponent)
{
    quint64 out = 1;
    for (int i = 0; i < exponent && out < maxDomain / base; ++i)
        out *= base;
    return out;
}

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

// Two-letter (or three-letter) codes: the real ones of the list first, then every other combination.
QStringList codesRealFirst(const QStringList &real, int width)
{
    QStringList out = real;
    const quint64 all = power(26, width);
    for (quint64 k = 0; k < all; ++k) {
        const QString code = text::letters(k, width);
        if (!real.contains(code))
            out << code;
    }
    return out;
}

QStringList countryField(const WordLists &lists, QString WordLists::Country::*field)
{
    QStringList out;
    for (const WordLists::Country &c : lists.countries)
        if (!out.contains(c.*field))
            out << c.*field;
    return out;
}

} // namespace

TextGenerator::TextGenerator(Kind kind, int minLength, int maxLength, bool fixedLength)
    : m_kind(kind), m_minLength(std::max(minLength, 0)), m_maxLength(maxLength), m_fixedLength(fixedLength),
      m_lists(WordLists::instance())
{
    const WordLists &l = m_lists;
    const quint64 nW = quint64(l.words.size());
    int longestNatural = 0;
    switch (kind) {
    case Kind::FirstName: m_natural = quint64(l.firstNames.size()); longestNatural = longest(l.firstNames); break;
    case Kind::LastName: m_natural = quint64(l.lastNames.size()); longestNatural = longest(l.lastNames); break;
    case Kind::FullName:
        m_natural = quint64(l.firstNames.size() * l.lastNames.size());
        longestNatural = longest(l.firstNames) + 1 + longest(l.lastNames);
        break;
    case Kind::Email:
        m_natural = quint64(l.firstNames.size() * l.lastNames.size());
        longestNatural = longest(l.firstNames) + longest(l.lastNames) + 2 + longest(l.emailDomains);
        break;
    case Kind::Street:
        m_natural = 999 * quint64(l.streets.size()) * quint64(streetTypes.size());
        longestNatural = 4 + longest(l.streets) + 1 + longest(streetTypes);
        break;
    case Kind::City: m_natural = quint64(l.cities.size()); longestNatural = longest(l.cities); break;
    case Kind::Country: m_natural = quint64(l.countries.size()); longestNatural = longest(countryField(l, &WordLists::Country::name)); break;
    case Kind::Company:
        m_natural = quint64(l.companies.size() * l.companySuffixes.size());
        longestNatural = longest(l.companies) + 1 + longest(l.companySuffixes);
        break;
    case Kind::ProductName:
        m_natural = quint64(l.adjectives.size() * l.nouns.size());
        longestNatural = longest(l.adjectives) + 1 + longest(l.nouns);
        break;
    case Kind::Status: m_natural = quint64(l.statuses.size()); longestNatural = longest(l.statuses); break;
    case Kind::Words:
    case Kind::Title:
    case Kind::Text:
    case Kind::Slug: m_natural = nW * nW; longestNatural = 2 * longest(l.words) + 1; break;
    case Kind::Url: m_natural = nW * 1000000; longestNatural = 24 + longest(l.words) + 1 + 6; break;
    case Kind::Phone: m_domain = m_natural = 10000000; return;
    case Kind::PostalCode: m_domain = m_natural = power(10, m_maxLength > 0 ? std::min(m_maxLength, 5) : 5); return;
    case Kind::CountryCode:
        m_natural = quint64(countryField(l, &WordLists::Country::code).size());
        m_domain = power(26, 2);
        return;
    case Kind::Currency:
        m_natural = quint64(countryField(l, &WordLists::Country::currency).size());
        m_domain = power(26, 3);
        return;
    case Kind::Code: m_domain = m_natural = power(36, codeWidth()); return;
    case Kind::Letters: m_domain = m_natural = power(26, codeWidth()); return;
    }
    m_longest = longestNatural;
    const bool listKind = kind == Kind::FirstName || kind == Kind::LastName || kind == Kind::FullName || kind == Kind::Email ||
                          kind == Kind::City || kind == Kind::Country || kind == Kind::Company || kind == Kind::ProductName ||
                          kind == Kind::Status;
    // Written straight as UTF-8 when fit() would change nothing: no minimum, and room for the longest.
    m_direct = listKind && l.ascii && m_minLength == 0 && (m_maxLength < 0 || m_maxLength >= longestNatural);
    if (m_maxLength > 0 && longestNatural > m_maxLength) {
        // Cut to the column's length, natural values would repeat: keys count in codes instead.
        m_codes = true;
        m_domain = m_natural = power(36, std::min(m_maxLength, 12));
        return;
    }
    // Numbered variants take the room the column leaves after its longest natural value.
    const int digits = m_maxLength < 0 ? 9 : std::clamp(m_maxLength - longestNatural - 1, 0, 9);
    m_domain = std::min(maxDomain / std::max<quint64>(m_natural, 1), power(10, digits)) * m_natural;
    if (m_domain == 0)
        m_domain = m_natural;
}

int TextGenerator::codeWidth() const
{
    if (m_fixedLength && m_maxLength > 0)
        return std::min(m_maxLength, 12);
    return std::clamp(m_maxLength > 0 ? m_maxLength : 8, 1, 8);
}

QString TextGenerator::natural(quint64 k, SeededRandom *random) const
{
    const WordLists &l = m_lists;
    const quint64 nF = quint64(l.firstNames.size()), nW = quint64(l.words.size());
    switch (m_kind) {
    case Kind::FirstName: return l.firstNames[qsizetype(k)];
    case Kind::LastName: return l.lastNames[qsizetype(k)];
    case Kind::FullName: return l.firstNames[qsizetype(k % nF)] + u' ' + l.lastNames[qsizetype(k / nF)];
    case Kind::Email:
        return l.firstNamesLower[qsizetype(k % nF)] + u'.' + l.lastNamesLower[qsizetype(k / nF)] + u'@' +
               l.emailDomains[qsizetype(SeededRandom::mix(k) % quint64(l.emailDomains.size()))];
    case Kind::Street: {
        const quint64 nS = quint64(l.streets.size());
        return QString::number(k % 999 + 1) + u' ' + l.streets[qsizetype(k / 999 % nS)] + u' ' +
               streetTypes[qsizetype(k / 999 / nS % quint64(streetTypes.size()))];
    }
    case Kind::City: return l.cities[qsizetype(k)];
    case Kind::Country: return l.countries[qsizetype(k)].name;
    case Kind::Company: {
        const quint64 nC = quint64(l.companies.size());
        return l.companies[qsizetype(k % nC)] + u' ' + l.companySuffixes[qsizetype(k / nC)];
    }
    case Kind::ProductName: {
        const quint64 nA = quint64(l.adjectives.size());
        return l.adjectives[qsizetype(k % nA)] + u' ' + l.nouns[qsizetype(k / nA)];
    }
    case Kind::Status: return l.statuses[qsizetype(k)];
    case Kind::Words: return l.words[qsizetype(k % nW)] + u' ' + l.words[qsizetype(k / nW)];
    case Kind::Title: return capitalised(l.words[qsizetype(k % nW)]) + u' ' + capitalised(l.words[qsizetype(k / nW)]);
    case Kind::Text: return capitalised(l.words[qsizetype(k % nW)]) + u' ' + l.words[qsizetype(k / nW)] + u'.';
    case Kind::Slug: return l.words[qsizetype(k % nW)] + u'-' + l.words[qsizetype(k / nW)];
    case Kind::Url:
        return QStringLiteral("https://www.example.com/") + l.words[qsizetype(k % nW)] + u'/' + QString::number(k / nW);
    case Kind::Phone: {
        const QString digits = QStringLiteral("%1").arg(k, 7, 10, QChar(u'0'));
        return QStringLiteral("+1-555-") + digits.left(3) + u'-' + digits.mid(3);
    }
    case Kind::PostalCode: return QStringLiteral("%1").arg(k, m_maxLength > 0 ? std::min(m_maxLength, 5) : 5, 10, QChar(u'0'));
    case Kind::CountryCode: {
        static const QStringList codes = codesRealFirst(countryField(l, &WordLists::Country::code), 2);
        return codes[qsizetype(k)];
    }
    case Kind::Currency: {
        static const QStringList codes = codesRealFirst(countryField(l, &WordLists::Country::currency), 3);
        return codes[qsizetype(k)];
    }
    case Kind::Code: return text::base36(k, codeWidth());
    case Kind::Letters: return text::letters(k, codeWidth());
    }
    Q_UNUSED(random);
    return {};
}

QString TextGenerator::running(SeededRandom &random) const
{
    const int low = std::max(m_minLength, 1);
    const int high = m_maxLength > 0 ? std::max(low, std::min(m_maxLength, std::max(low, 400))) : std::max(low, 400);
    const int target = low + int(double(high - low) * (random.unit() + random.unit()) / 2); // most near the middle
    const QStringList &words = m_lists.words;
    QString out;
    out.reserve(target + 16);
    while (out.size() < target) {
        const int length = 4 + int(random.below(9));
        for (int i = 0; i < length; ++i) {
            const QString &word = words[qsizetype(random.below(quint64(words.size())))];
            if (!out.isEmpty())
                out += u' ';
            out += i == 0 ? capitalised(word) : word;
        }
        out += u'.';
    }
    if (out.size() > target) { // end on a whole word, with a full stop
        const qsizetype space = out.lastIndexOf(u' ', target - 1);
        out.truncate(space > low ? space : target);
        if (out.size() < target && !out.endsWith(u'.'))
            out += u'.';
    }
    return out;
}

QString TextGenerator::fit(QString value, SeededRandom *random) const
{
    const QStringList &words = m_lists.words;
    for (quint64 i = 0; value.size() < m_minLength; ++i) // short of a minimum length: more words
        value += u' ' + words[qsizetype((random ? random->next() : i) % quint64(words.size()))];
    if (m_maxLength > 0 && value.size() > m_maxLength)
        value.truncate(m_maxLength);
    return value;
}

QVariant TextGenerator::next(SeededRandom &random) const
{
    return nextText(random);
}

void TextGenerator::write(SeededRandom &random, qint64, connectors::RowBatch &batch) const
{
    if (!m_direct)
        return batch.appendText(nextText(random));
    char *out = batch.textSpace(2 * m_longest + 8);
    qsizetype length = 0;
    writeNatural(random.below(m_natural), out, &length); // the draw nextText() makes: the same value
    batch.commitText(length);
}

namespace {

char *put(char *out, const QByteArray &bytes)
{
    std::memcpy(out, bytes.constData(), size_t(bytes.size()));
    return out + bytes.size();
}

} // namespace

bool TextGenerator::writeNatural(quint64 k, char *out, qsizetype *length) const
{
    const WordLists::Utf8 &u = m_lists.utf8;
    const quint64 nF = quint64(u.firstNames.size());
    char *end = out;
    switch (m_kind) {
    case Kind::FirstName: end = put(out, u.firstNames[qsizetype(k)]); break;
    case Kind::LastName: end = put(out, u.lastNames[qsizetype(k)]); break;
    case Kind::FullName:
        end = put(out, u.firstNames[qsizetype(k % nF)]);
        *end++ = ' ';
        end = put(end, u.lastNames[qsizetype(k / nF)]);
        break;
    case Kind::Email:
        end = put(out, u.firstNamesLower[qsizetype(k % nF)]);
        *end++ = '.';
        end = put(end, u.lastNamesLower[qsizetype(k / nF)]);
        *end++ = '@';
        end = put(end, u.emailDomains[qsizetype(SeededRandom::mix(k) % quint64(u.emailDomains.size()))]);
        break;
    case Kind::City: end = put(out, u.cities[qsizetype(k)]); break;
    case Kind::Country: end = put(out, u.countryNames[qsizetype(k)]); break;
    case Kind::Company: {
        const quint64 nC = quint64(u.companies.size());
        end = put(out, u.companies[qsizetype(k % nC)]);
        *end++ = ' ';
        end = put(end, u.companySuffixes[qsizetype(k / nC)]);
        break;
    }
    case Kind::ProductName: {
        const quint64 nA = quint64(u.adjectives.size());
        end = put(out, u.adjectives[qsizetype(k % nA)]);
        *end++ = ' ';
        end = put(end, u.nouns[qsizetype(k / nA)]);
        break;
    }
    case Kind::Status: end = put(out, u.statuses[qsizetype(k)]); break;
    default: return false;
    }
    *length = end - out;
    return true;
}

QString TextGenerator::nextText(SeededRandom &random) const
{
    switch (m_kind) {
    case Kind::Text: return fit(running(random), &random);
    case Kind::Words:
    case Kind::Title: {
        const int count = m_kind == Kind::Words ? 1 + int(random.below(4)) : 2 + int(random.below(5));
        QString out;
        for (int i = 0; i < count; ++i) {
            const QString &word = m_lists.words[qsizetype(random.below(quint64(m_lists.words.size())))];
            out += (i ? QStringLiteral(" ") : QString()) + (m_kind == Kind::Title && i == 0 ? capitalised(word) : word);
        }
        return fit(out, &random);
    }
    default: return fit(natural(random.below(m_natural), &random), &random);
    }
}

QVariant TextGenerator::valueAt(quint64 k) const
{
    const bool enumerated = m_kind == Kind::CountryCode || m_kind == Kind::Currency || m_kind == Kind::Code ||
                            m_kind == Kind::Letters || m_kind == Kind::Phone || m_kind == Kind::PostalCode;
    if (m_codes)
        return fit(text::base36(k, std::min(m_maxLength, 12)), nullptr);
    if (k < m_natural || enumerated) // codes count through every combination of their characters
        return fit(natural(k, nullptr), nullptr);
    const QString n = QString::number(k / m_natural + 1);
    const QString base = natural(k % m_natural, nullptr);
    if (m_kind == Kind::Email) {
        const qsizetype at = base.indexOf(u'@');
        return fit(base.left(at) + n + base.mid(at), nullptr);
    }
    return fit(base + (m_kind == Kind::Slug || m_kind == Kind::Url ? u'-' : u' ') + n, nullptr);
}

} // namespace strata::workload
