#include "SampleModel.h"

#include <modeler/ModelFile.h>

namespace strata::test {

QString sampleModelPath()
{
    return QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.strata");
}

modeler::Model sampleModel()
{
    auto model = modeler::ModelFile::load(sampleModelPath());
    if (!model)
        qFatal("%s", qPrintable(model.error().toString()));
    return *model;
}

} // namespace strata::test
