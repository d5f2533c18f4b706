// The expressions of a model are outside input that the SQLite writer parses (with libpg_query) and
// tries on SQLite: mutated many times, they never crash the writer, never cost more than what they
// are part of, the SQLite script always runs on a fresh database and the PostgreSQL script always
// parses. A failure prints the seed.
#include "DdlCases.h"
#include "RandomModel.h"

#include <modeler/SqlQuoting.h>

#include <QRandomGenerator>
#include <QTest>

#include <pg_query.h>

using namespace strata::modeler;

namespace {

// A few random edits of SQL text: delete, insert, repeat or swap characters, or smuggle in a statement.
QString mutate(QString text, QRandomGenerator &random)
{
    static const QString alphabet = QStringLiteral("()'\":;,.+-*/%|=<>!~[]{}$?@ \n\t0123456789abcxyzSELECTNULLANDOR\\");
    const int edits = 1 + random.bounded(3);
    for (int i = 0; i < edits; ++i) {
        const int at = text.isEmpty() ? 0 : random.bounded(int(text.size()));
        const int length = qMin(int(text.size()) - at, 1 + random.bounded(4));
        switch (random.bounded(5)) {
        case 0: text.remove(at, length); break;
        case 1: text.insert(at, alphabet.at(random.bounded(int(alphabet.size())))); break;
        case 2: text.insert(at, text.mid(at, length)); break;
        case 3: text.insert(at, QStringLiteral("); DROP TABLE t; SELECT (")); break; // a second statement smuggled in
        default:
            if (length >= 2)
                std::swap(text[at], text[at + 1]);
        }
    }
    return text;
}

// Every expression place of the model's first table, so that a mutation can land in any of them.
QList<QString *> expressionPlaces(Model &model)
{
    QList<QString *> places;
    Table &t = model.tables[0];
    for (Column &c : t.columns) {
        places << &c.defaultExpr;
        if (!c.generatedExpr.isEmpty())
            places << &c.generatedExpr;
    }
    for (CheckConstraint &c : t.checks)
        places << &c.expression;
    for (Index &i : t.indexes) {
        places << &i.where;
        for (IndexKey &k : i.keys) {
            if (k.isExpression())
                places << &k.expression;
        }
    }
    for (View &v : model.views)
        places << &v.definition;
    return places;
}

// PostgreSQL's parser on the whole script: empty when it parses.
QString parseAsPostgres(const QString &sql)
{
    PgQueryParseResult parsed = pg_query_parse(sql.toUtf8().constData());
    const QString error = parsed.error ? QString::fromUtf8(parsed.error->message) : QString();
    pg_query_free_parse_result(parsed);
    return error;
}

} // namespace

class TestDdlMutations : public QObject
{
    Q_OBJECT

private slots:
    void mutatedExpressionsNeverBreakTheScript()
    {
        QList<QString> pool;
        Model base;
        for (strata::test::DdlCase &c : strata::test::ddlCases()) {
            for (QString *place : expressionPlaces(c.model)) {
                if (!place->isEmpty())
                    pool << *place;
            }
            if (c.name == u"rewrites")
                base = c.model;
        }
        QVERIFY(!base.tables.isEmpty() && pool.size() > 30);
        base.views << View{QStringLiteral("v"), {}, QStringLiteral("v"), QStringLiteral("SELECT a, b FROM t"), {}, false, {}, {}};

        const quint32 seed = strata::test::firstSeed();
        QRandomGenerator random(seed);
        for (int round = 0; round < 400; ++round) {
            Model model = base;
            const QList<QString *> places = expressionPlaces(model);
            QString *place = places.at(random.bounded(int(places.size())));
            *place = mutate(pool.at(random.bounded(int(pool.size()))), random);
            const DdlScript lite = DdlWriter::write(model, Dialect::Sqlite);
            const DdlScript pg = DdlWriter::write(model, Dialect::Postgres);
            const QString pgError = strata::hasErrors(pg.diagnostics) ? strata::test::ddlScriptWithDiagnostics(pg) : parseAsPostgres(pg.sql);
            QVERIFY2(pgError.isEmpty(), qPrintable(QStringLiteral("seed %1 (rerun with STRATA_SEED=%1), round %2, expression %3: %4")
                                                       .arg(seed).arg(round).arg(*place, pgError)));
            // A bad expression is left out with a warning: the table and the rest of the script stay.
            const QString error = strata::hasErrors(lite.diagnostics) ? strata::test::ddlScriptWithDiagnostics(lite) : strata::test::sqliteScriptError(lite.sql);
            QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("seed %1 (rerun with STRATA_SEED=%1), round %2, expression %3: %4")
                                                     .arg(seed).arg(round).arg(*place, error)));
        }
    }

    // The view rewriter parses outside SQL: a mutated view query never breaks the script, the view
    // is in it or named in a warning, and what our rewrite prints is never a syntax error to SQLite.
    void mutatedViewsAreKeptOrNamed()
    {
        Model base;
        for (strata::test::DdlCase &c : strata::test::ddlCases()) {
            if (c.name == u"views")
                base = c.model;
        }
        QVERIFY(base.views.size() > 20);
        const quint32 seed = strata::test::firstSeed();
        QRandomGenerator random(seed);
        for (int round = 0; round < 300; ++round) {
            Model model = base;
            View &view = model.views[random.bounded(int(model.views.size()))];
            view.definition = mutate(view.definition, random);
            const QString where = QStringLiteral("seed %1 (rerun with STRATA_SEED=%1), round %2, view %3: %4").arg(seed).arg(round).arg(view.name, view.definition);
            const DdlScript lite = DdlWriter::write(model, Dialect::Sqlite);
            const QString error = strata::test::sqliteScriptError(lite.sql);
            QVERIFY2(error.isEmpty(), qPrintable(where + u'\n' + error));
            const QString head = QStringLiteral("CREATE VIEW %1 ").arg(quoteIdentifier(view.name, Dialect::Sqlite));
            const auto named = std::find_if(lite.diagnostics.begin(), lite.diagnostics.end(), [&](const strata::Diagnostic &d) {
                return d.code == u"ddl.rejected" && d.place.path == view.name;
            });
            QVERIFY2(lite.sql.contains(head) != (named != lite.diagnostics.end()), qPrintable(where));
            if (named != lite.diagnostics.end())
                QVERIFY2(!named->message.contains(QStringLiteral("refuses its rewrite: near")), qPrintable(where + u'\n' + named->message));
        }
    }
};

QTEST_GUILESS_MAIN(TestDdlMutations)
#include "TestDdlMutations.moc"
