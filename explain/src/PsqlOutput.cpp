#include "PsqlOutput.h"

#include <QHash>
#include <QRegularExpression>

namespace strata::explain {

namespace {

bool isBorderChar(QChar c)
{
    return c == u'|' || c == u'│' || c == u'║' || c == u'┃';
}

// "-----", "═══╪═══", "+-----+": a rule of a table, never part of a plan.
bool isRule(QStringView line)
{
    static const QString ruleChars = QStringLiteral("-+=─═━┼┬┴├┤┌┐└┘╞╪╡╔╗╚╝╠╣╦╩╬╒╕╘╛│║|┃ \t");
    int dashes = 0;
    for (QChar c : line) {
        if (!ruleChars.contains(c))
            return false;
        if (c == u'-' || c == u'─' || c == u'═' || c == u'━' || c == u'=')
            ++dashes;
    }
    return dashes >= 3;
}

bool isFooter(QStringView line)
{
    line = line.trimmed();
    if (line.size() < 5 || line.front() != u'(' || line.back() != u')' || !line[1].isDigit())
        return false;
    static const QRegularExpression footer(QStringLiteral("^\\(\\d+ [^()]+\\)$"));
    return footer.match(line).hasMatch();
}

void stripBorders(QList<SourceLine> &lines)
{
    int left = 0, right = 0, nonEmpty = 0;
    for (const SourceLine &l : lines) {
        const QStringView t = QStringView(l.text).trimmed();
        if (t.isEmpty() || isRule(t))
            continue;
        ++nonEmpty;
        left += isBorderChar(t.front());
        right += isBorderChar(t.back());
    }
    const bool stripLeft = nonEmpty > 0 && left * 2 > nonEmpty;
    const bool stripRight = nonEmpty > 0 && right * 2 > nonEmpty;
    for (SourceLine &l : lines) {
        QString &s = l.text;
        if (stripLeft) {
            qsizetype i = 0;
            while (i < s.size() && s[i].isSpace())
                ++i;
            if (i < s.size() && isBorderChar(s[i]))
                s.remove(0, i + 1);
        }
        if (stripRight) {
            while (!s.isEmpty() && s.back().isSpace())
                s.chop(1);
            if (!s.isEmpty() && isBorderChar(s.back()))
                s.chop(1);
        }
    }
}

// psql marks a newline inside one value (a JSON plan is one value) with "↵" or, in ascii, with a
// "+" in the last column: the lines of one value are padded to the same width, so the "+" that
// stand in the same column are marks and a "+" ending a plan expression elsewhere is kept.
void stripContinuationMarks(QList<SourceLine> &lines)
{
    QHash<qsizetype, int> plusColumns;
    for (SourceLine &l : lines) {
        while (!l.text.isEmpty() && l.text.back().isSpace())
            l.text.chop(1);
        if (l.text.endsWith(u'↵'))
            l.text.chop(1);
        else if (l.text.endsWith(u'+'))
            ++plusColumns[l.text.size()];
    }
    qsizetype column = -1;
    int best = 1;
    for (auto it = plusColumns.constBegin(); it != plusColumns.constEnd(); ++it) {
        if (it.value() > best) {
            best = it.value();
            column = it.key();
        }
    }
    for (SourceLine &l : lines) {
        if (column > 0 && l.text.size() == column && l.text.endsWith(u'+'))
            l.text.chop(1);
    }
}

// pgAdmin and spreadsheets quote each line: "Limit  (cost=...)" or 'Sort ...'.
void stripQuotes(QList<SourceLine> &lines)
{
    for (QChar quote : {QChar(u'"'), QChar(u'\'')}) {
        int both = 0, trailing = 0, nonEmpty = 0;
        for (const SourceLine &l : lines) {
            const QString t = l.text.trimmed();
            if (t.isEmpty())
                continue;
            ++nonEmpty;
            if (t.size() >= 2 && t.front() == quote && t.back() == quote)
                ++both;
            else if (t.back() == quote && t.front() != quote)
                ++trailing;
        }
        if (nonEmpty == 0)
            continue;
        if (both * 2 > nonEmpty) {
            for (SourceLine &l : lines) {
                const QString t = l.text.trimmed();
                if (t.size() >= 2 && t.front() == quote && t.back() == quote) {
                    l.text = t.mid(1, t.size() - 2);
                    if (quote == u'"')
                        l.text.replace(QStringLiteral("\"\""), QStringLiteral("\""));
                }
            }
            return;
        }
        if (trailing * 2 > nonEmpty) {
            for (SourceLine &l : lines) {
                while (!l.text.isEmpty() && l.text.back().isSpace())
                    l.text.chop(1);
                if (l.text.endsWith(quote))
                    l.text.chop(1);
            }
            return;
        }
    }
}

} // namespace

bool PsqlOutput::startsJson(QStringView line)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\[\\s*(?:\\{|\\[|\\]|[+↵]?$)|\\{\\s*(?:\"|[+↵]?$))"));
    return re.match(line.trimmed()).hasMatch();
}

QList<SourceLine> PsqlOutput::splitLines(QStringView input)
{
    QList<SourceLine> lines;
    int number = 1;
    for (QStringView l : input.split(u'\n')) {
        if (l.endsWith(u'\r'))
            l.chop(1);
        lines.append({l.toString(), number++, !l.isEmpty() && l.back().isSpace()});
    }
    return lines;
}

QList<SourceLine> PsqlOutput::clean(QStringView input)
{
    QList<SourceLine> lines = splitLines(input);
    // A header is a bare name ("QUERY PLAN", a function's column name) just above a rule that has
    // more lines below it; the last line of a boxed table also sits above a rule, but nothing follows.
    auto isHeader = [&](qsizetype i, QStringView t) {
        static const QRegularExpression name(QStringLiteral("^[|│║┃]?\\s*[A-Za-z_][A-Za-z0-9_ ]*\\s*[|│║┃]?$"));
        if (i + 1 >= lines.size() || !isRule(QStringView(lines[i + 1].text).trimmed()) || !name.match(t).hasMatch())
            return false;
        for (qsizetype j = i + 2; j < lines.size(); ++j) {
            const QStringView next = QStringView(lines[j].text).trimmed();
            if (!next.isEmpty() && !isRule(next) && !isFooter(next))
                return true;
        }
        return false;
    };
    QList<SourceLine> kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView t = QStringView(lines[i].text).trimmed();
        if (isRule(t) || isHeader(i, t) || isFooter(t))
            continue;
        QStringView bare = t;
        while (!bare.isEmpty() && isBorderChar(bare.back()))
            bare.chop(1);
        while (!bare.isEmpty() && isBorderChar(bare.front()))
            bare = bare.mid(1);
        if (bare.trimmed().compare(u"QUERY PLAN", Qt::CaseInsensitive) == 0)
            continue;
        kept.append(lines[i]);
    }
    stripBorders(kept);
    stripContinuationMarks(kept);
    stripQuotes(kept);
    for (SourceLine &l : kept) {
        while (!l.text.isEmpty() && l.text.back().isSpace())
            l.text.chop(1);
        l.text.replace(u'\t', QStringLiteral("    "));
    }
    return kept;
}

} // namespace strata::explain
