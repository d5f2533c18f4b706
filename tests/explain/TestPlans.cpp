#include "TestPlans.h"

#include <explain/PlanReader.h>

#include <QFile>
#include <QFileInfo>

namespace strata::test {

QString explainDataDir()
{
    return QStringLiteral(STRATA_TEST_DATA_DIR "/explain/");
}

explain::Plan planFromText(const QString &text, const QString &sourceName)
{
    auto plan = explain::PlanReader::read(text, sourceName);
    if (!plan)
        qFatal("a test plan does not read: %s", qPrintable(plan.error().toString()));
    return *plan;
}

explain::Plan testPlan(const QString &relative)
{
    QFile file(explainDataDir() + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    return planFromText(QString::fromUtf8(file.readAll()), QFileInfo(relative).fileName());
}

} // namespace strata::test
