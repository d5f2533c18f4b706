// Reading a synth recipe with the JSON path of what is wrong, so that the model reader can place the
// error in the file (line, column) and SynthRecipe::fromJson can name the key.
#pragma once

#include "JsonLocator.h"

#include "modeler/SynthRecipe.h"

#include <optional>

namespace strata::modeler {

struct RecipeError
{
    JsonPath path; ///< inside the recipe: {"weights", 2}
    QString message;
};

/// Fills `recipe` from `json`, or returns what is wrong and where.
std::optional<RecipeError> readSynthRecipe(const QJsonObject &json, SynthRecipe *recipe);

} // namespace strata::modeler
