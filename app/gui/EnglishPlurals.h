// English plurals for the window's "%n table(s)" texts: "1 table", "3 tables". Qt writes a count's
// plural only through a translation (a .qm file that Qt's Linguist tools would compile); Strata ships
// in English alone, so this translator answers the one rule English needs instead.
#pragma once

#include <QTranslator>

namespace strata::app {

class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override;
};

} // namespace strata::app
