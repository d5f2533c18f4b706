#include "ParameterSyntax.h"

#include "ValueText.h"

#include <QHash>

namespace strata::workload {

using Kind = ParameterSource::Kind;

namespace {

struct Token
{
    enum class Type { Name, Number, String, Punct, End };
    Type type = Type::End;
    QString text;  ///< a name (unquoted), a string's value, a number as written, or the character
    qsizetype at = 0;
};

struct SyntaxError
{
    qsizetype at;
    QString message;
};

QList<Token> tokens(const QString &s)
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
        } else if (c.isLetter() || c == u'_') {
            const qsizetype start = i;
            while (i < s.size() && (s[i].isLetterOrNumber() || s[i] == u'_'))
                ++i;
            out << Token{Token::Type::Name, s.mid(start, i - start), start};
        } else if (c.isDigit() || ((c == u'-' || c == u'+' || c == u'.') && i + 1 < s.size() && (s[i + 1].isDigit() || s[i + 1] == u'.'))) {
            const qsizetype start = i++;
            while (i < s.size() && (s[i].isDigit() || s[i] == u'.' || s[i] == u'e' || s[i] == u'E' ||
                                    ((s[i] == u'-' || s[i] == u'+') && (s[i - 1] == u'e' || s[i - 1] == u'E'))))
                ++i;
            out << Token{Token::Type::Number, s.mid(start, i - start), start};
        } else if (c == u'\'' || c == u'"') { // 'string' or "quoted name", the quote doubled inside
            const qsizetype start = i++;
            QString value;
            while (true) {
                if (i >= s.size())
                    throw SyntaxError{start, c == u'\'' ? QStringLiteral("a string is not closed") : QStringLiteral("a quoted name is not closed")};
                if (s[i] == c && i + 1 < s.size() && s[i + 1] == c) {
                    value += c;
                    i += 2;
                } else if (s[i] == c) {
                    ++i;
                    break;
                } else {
                    value += s[i++];
                }
            }
            out << Token{c == u'\'' ? Token::Type::String : Token::Type::Name, value, start};
        } else if (c == u'(' || c == u')' || c == u',' || c == u'.') {
            out << Token{Token::Type::Punct, QString(c), i++};
        } else {
            throw SyntaxError{i, QStringLiteral("unexpected '%1'").arg(c)};
        }
    }
    out << Token{Token::Type::End, {}, s.size()};
    return out;
}

const QHash<QString, Kind> &kinds()
{
    static const QHash<QString, Kind> k{{QStringLiteral("sample"), Kind::Sample},     {QStringLiteral("uniform"), Kind::Uniform},
                                        {QStringLiteral("normal"), Kind::Normal},     {QStringLiteral("zipf"), Kind::Zipf},
                                        {QStringLiteral("one_of"), Kind::OneOf},      {QStringLiteral("date"), Kind::Date},
                                        {QStringLiteral("timestamp"), Kind::Timestamp}, {QStringLiteral("sequence"), Kind::Sequence},
                                        {QStringLiteral("constant"), Kind::Constant}};
    return k;
}

QVariant literal(const Token &t)
{
    if (t.type == Token::Type::String)
        return t.text;
    bool ok = false;
    const qlonglong n = t.text.toLongLong(&ok);
    if (ok)
        return n;
    const double d = t.text.toDouble(&ok);
    if (!ok)
        throw SyntaxError{t.at, QStringLiteral("'%1' is not a number").arg(t.text)};
    return d;
}

// The arguments' rules for each function.
void check(ParameterSource &p, const QList<Token> &args)
{
    const auto need = [&](int count, const QString &what) {
        if (p.arguments.size() != count)
            throw SyntaxError{args.isEmpty() ? 0 : args.first().at, QStringLiteral("%1 takes %2").arg(p.text.section(u'(', 0, 0), what)};
    };
    const auto number = [&](int i) {
        if (args[i].type != Token::Type::Number)
            throw SyntaxError{args[i].at, QStringLiteral("expected a number")};
        return p.arguments[i].toDouble();
    };
    const auto time = [&](int i) {
        const bool ok = args[i].type == Token::Type::String &&
                        (p.kind == Kind::Date ? text::parseDate(args[i].text).has_value() : text::parseTimestamp(args[i].text).has_value());
        if (!ok)
            throw SyntaxError{args[i].at, p.kind == Kind::Date ? QStringLiteral("expected a date as 'YYYY-MM-DD'")
                                                               : QStringLiteral("expected a timestamp as 'YYYY-MM-DD HH:MM:SS'")};
    };
    switch (p.kind) {
    case Kind::Uniform:
        need(2, QStringLiteral("a low and a high number"));
        if (number(0) > number(1))
            throw SyntaxError{args[1].at, QStringLiteral("the high bound is below the low one")};
        break;
    case Kind::Normal:
        need(2, QStringLiteral("a mean and a standard deviation"));
        (void)number(0);
        if (number(1) < 0)
            throw SyntaxError{args[1].at, QStringLiteral("a standard deviation is not negative")};
        break;
    case Kind::Zipf:
        need(3, QStringLiteral("a low and a high integer and a skew"));
        if (p.arguments[0].typeId() != QMetaType::LongLong || p.arguments[1].typeId() != QMetaType::LongLong || number(0) > number(1))
            throw SyntaxError{args[0].at, QStringLiteral("expected two integers, the low one first")};
        if (number(2) <= 0)
            throw SyntaxError{args[2].at, QStringLiteral("a skew is above 0")};
        break;
    case Kind::OneOf:
        if (p.arguments.isEmpty())
            throw SyntaxError{0, QStringLiteral("one_of takes at least one value")};
        break;
    case Kind::Date:
    case Kind::Timestamp:
        need(2, QStringLiteral("a first and a last moment, in quotes"));
        time(0);
        time(1);
        if (args[0].text > args[1].text)
            throw SyntaxError{args[1].at, QStringLiteral("the last moment is before the first")};
        break;
    case Kind::Sequence:
        if (p.arguments.isEmpty())
            p.arguments << qlonglong(1);
        if (p.arguments.size() != 1 || p.arguments[0].typeId() != QMetaType::LongLong)
            throw SyntaxError{0, QStringLiteral("sequence takes the integer to start from")};
        break;
    case Kind::Constant: need(1, QStringLiteral("one value")); break;
    case Kind::Sample: break;
    }
}

ParameterSource read(const QString &text)
{
    const QList<Token> t = tokens(text);
    if (t[0].type != Token::Type::Name || !kinds().contains(t[0].text.toLower()))
        throw SyntaxError{t[0].at, QStringLiteral("expected one of sample, uniform, normal, zipf, one_of, date, timestamp, "
                                                  "sequence, constant")};
    ParameterSource p;
    p.kind = kinds().value(t[0].text.toLower());
    p.text = text.trimmed();
    if (t[1].type != Token::Type::Punct || t[1].text != u"(")
        throw SyntaxError{t[1].at, QStringLiteral("expected '(' after %1").arg(t[0].text)};
    qsizetype i = 2;
    QList<Token> args;
    if (p.kind == Kind::Sample) { // [schema.]table.column
        QStringList parts;
        while (t[i].type == Token::Type::Name) {
            parts << t[i++].text;
            if (t[i].type == Token::Type::Punct && t[i].text == u".")
                ++i;
            else
                break;
        }
        if (parts.size() < 2 || parts.size() > 3)
            throw SyntaxError{t[2].at, QStringLiteral("expected table.column (or schema.table.column)")};
        p.column = parts.takeLast();
        p.table = parts.takeLast();
        p.schema = parts.value(0);
    } else {
        while (!(t[i].type == Token::Type::Punct && t[i].text == u")")) {
            if (t[i].type != Token::Type::Number && t[i].type != Token::Type::String)
                throw SyntaxError{t[i].at, QStringLiteral("expected a number or a 'string'")};
            args << t[i];
            p.arguments << literal(t[i++]);
            if (t[i].type == Token::Type::Punct && t[i].text == u",")
                ++i;
            else if (!(t[i].type == Token::Type::Punct && t[i].text == u")"))
                throw SyntaxError{t[i].at, QStringLiteral("expected ',' or ')'")};
        }
    }
    if (!(t[i].type == Token::Type::Punct && t[i].text == u")"))
        throw SyntaxError{t[i].at, QStringLiteral("expected ')'")};
    if (t[i + 1].type != Token::Type::End)
        throw SyntaxError{t[i + 1].at, QStringLiteral("unexpected text after ')'")};
    check(p, args);
    return p;
}

} // namespace

Result<ParameterSource> ParameterSyntax::parse(const QString &text, const SourcePlace &place)
{
    try {
        ParameterSource p = read(text);
        p.place = place;
        return p;
    } catch (const SyntaxError &e) {
        SourcePlace at = place;
        at.column += int(e.at);
        return Error(e.message, at, QStringLiteral("workload.syntax"));
    }
}

} // namespace strata::workload
