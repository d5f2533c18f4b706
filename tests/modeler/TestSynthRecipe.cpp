// Column recipes: what is written is read back, every documented generator is accepted, and mutated
// recipes are either read or refused with the key that is wrong, never crash or hang the reader.
#include <modeler/ModelFile.h>
#include <modeler/SynthRecipe.h>

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace strata::modeler;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// Valid recipes that together use every key.
QList<QJsonObject> validRecipes()
{
    return {
        object(R"({"generator": "sequence", "start": 100, "step": -2})"),
        object(R"({"generator": "uniform", "min": 1, "max": 5, "nullRate": 0.25})"),
        object(R"({"generator": "normal", "mean": 40, "stddev": 9.5, "min": 0})"),
        object(R"({"generator": "exponential", "mean": 3})"),
        object(R"({"generator": "zipf", "min": 1, "max": 1000, "skew": 1.2, "distinct": 50})"),
        object(R"({"generator": "weighted", "values": ["a", 2, true], "weights": [3, 1, 0]})"),
        object(R"({"generator": "boolean", "probability": 0.1})"),
        object(R"({"generator": "timestamp", "from": "2023-01-01", "to": "2024-06-30T12:00:00",
                   "seasonality": {"period": "year", "amplitude": 0.6, "peak": 0.9}})"),
        object(R"({"generator": "date", "from": "2020-02-29", "to": "2020-03-01"})"),
        object(R"({"generator": "time", "from": "08:00", "to": "18:30:00"})"),
        object(R"({"generator": "text", "minLength": 20, "maxLength": 400})"),
        object(R"({"nullRate": 0.5})"),
    };
}

} // namespace

class TestSynthRecipe : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWhatItWrites()
    {
        for (const QJsonObject &json : validRecipes()) {
            auto recipe = SynthRecipe::fromJson(json);
            QVERIFY2(recipe.ok(), qPrintable(recipe.ok() ? QString() : recipe.error().toString()));
            auto back = SynthRecipe::fromJson(recipe->toJson());
            QVERIFY(back.ok());
            QVERIFY(back.value() == recipe.value());
        }
    }

    void acceptsEveryDocumentedGenerator()
    {
        for (const QString &name : SynthRecipe::generatorNames()) {
            QJsonObject json{{QStringLiteral("generator"), name}};
            if (name == u"normal")
                json = object(R"({"generator": "normal", "mean": 0, "stddev": 1})");
            else if (name == u"exponential")
                json = object(R"({"generator": "exponential", "mean": 1})");
            else if (name == u"weighted")
                json = object(R"({"generator": "weighted", "values": ["x"]})");
            auto recipe = SynthRecipe::fromJson(json);
            QVERIFY2(recipe.ok(), qPrintable(name));
        }
    }

    void namesTheKeyThatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("min above max") << QByteArray(R"({"generator": "uniform", "min": 5, "max": 1})") << "max";
        QTest::newRow("zipf of reals") << QByteArray(R"({"generator": "zipf", "min": 0.5})") << "min";
        QTest::newRow("normal without stddev") << QByteArray(R"({"generator": "normal", "mean": 1})") << "stddev";
        QTest::newRow("weights too few") << QByteArray(R"({"generator": "weighted", "values": [1, 2], "weights": [1]})") << "weights";
        QTest::newRow("all weights zero") << QByteArray(R"({"generator": "weighted", "values": [1], "weights": [0]})") << "weights";
        QTest::newRow("value not a scalar") << QByteArray(R"({"generator": "weighted", "values": [1, [2]]})") << "values[1]";
        QTest::newRow("dates reversed") << QByteArray(R"({"generator": "date", "from": "2024-02-01", "to": "2024-01-01"})") << "to";
        QTest::newRow("bad date") << QByteArray(R"({"generator": "date", "from": "2024-02-30"})") << "from";
        QTest::newRow("amplitude") << QByteArray(R"({"generator": "date", "seasonality": {"period": "week", "amplitude": 2}})")
                                   << "seasonality.amplitude";
        QTest::newRow("key without generator") << QByteArray(R"({"skew": 2})") << "skew";
        QTest::newRow("negative distinct") << QByteArray(R"({"distinct": 0})") << "distinct";
        QTest::newRow("zero step") << QByteArray(R"({"generator": "sequence", "step": 0})") << "step";
    }

    void namesTheKeyThatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        auto recipe = SynthRecipe::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!recipe.ok());
        QCOMPARE(recipe.error().place.path, path);
    }

    // Mutations of valid recipes inside a model file: each is read, or refused with a place inside
    // the recipe (line and column in the file, the path down to the synth key).
    void mutatedRecipesAreReadOrPlaced()
    {
        const QStringList keys{QStringLiteral("generator"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("mean"),
                               QStringLiteral("stddev"), QStringLiteral("skew"), QStringLiteral("values"), QStringLiteral("weights"),
                               QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("seasonality"), QStringLiteral("nullRate"),
                               QStringLiteral("distinct"), QStringLiteral("minLength"), QStringLiteral("maxLength"), QStringLiteral("start"),
                               QStringLiteral("step"), QStringLiteral("probability"), QStringLiteral("bogus")};
        const QList<QJsonValue> odd{QJsonValue(-1), QJsonValue(0), QJsonValue(1e300), QJsonValue(0.5), QJsonValue(QStringLiteral("x")),
                                    QJsonValue(QStringLiteral("2024-13-01")), QJsonValue(true), QJsonValue(QJsonArray{1, u"a"_qs}),
                                    QJsonValue(QJsonObject{{u"period"_qs, u"day"_qs}}), QJsonValue(QJsonValue::Null),
                                    QJsonValue(u"zipf"_qs), QJsonValue(u"weighted"_qs)};
        QRandomGenerator random(20240611);
        const QList<QJsonObject> bases = validRecipes();
        int refused = 0;
        for (int i = 0; i < 3000; ++i) {
            QJsonObject recipe = bases[random.bounded(int(bases.size()))];
            for (int edit = 1 + random.bounded(3); edit > 0; --edit) {
                const QString key = keys[random.bounded(int(keys.size()))];
                if (random.bounded(4) == 0)
                    recipe.remove(key);
                else
                    recipe.insert(key, odd[random.bounded(int(odd.size()))]);
            }
            const QJsonObject column{{u"id"_qs, u"c"_qs}, {u"name"_qs, u"c"_qs}, {u"type"_qs, u"integer"_qs}, {u"synth"_qs, recipe}};
            const QJsonObject table{{u"id"_qs, u"t"_qs}, {u"name"_qs, u"t"_qs}, {u"columns"_qs, QJsonArray{column}}};
            const QJsonObject file{{u"formatVersion"_qs, 1}, {u"model"_qs, QJsonObject{{u"tables"_qs, QJsonArray{table}}}}};
            auto model = ModelFile::fromJson(QJsonDocument(file).toJson(), QStringLiteral("m.strata"));
            auto direct = SynthRecipe::fromJson(recipe);
            QCOMPARE(model.ok(), direct.ok());
            if (model.ok())
                continue;
            ++refused;
            QVERIFY2(model.error().place.path.startsWith(u"model.tables[0].columns[0].synth."), qPrintable(model.error().toString()));
            QCOMPARE(model.error().place.path, QStringLiteral("model.tables[0].columns[0].synth.") + direct.error().place.path);
            QVERIFY(model.error().place.line > 0);
        }
        QVERIFY(refused > 100); // the mutations do reach the checks
    }
};

QTEST_GUILESS_MAIN(TestSynthRecipe)
#include "TestSynthRecipe.moc"
