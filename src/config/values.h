// SPDX-License-Identifier: MIT
// Parsers for the values of configuration settings. Each error message is
// the text that follows "<key>: " in a problem report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "config/config.h"

namespace kanbao::config {

// on/off (also yes/no, true/false, 1/0).
Result<bool> parse_switch(std::string_view value);
// A whole decimal number in [low, high].
Result<int> parse_number(std::string_view value, int low, int high);
// default | monochrome
Result<std::string> parse_theme(std::string_view value);
// single | three-pane (true = three-pane)
Result<bool> parse_layout(std::string_view value);
// `language = auto | zh | en`
Result<std::string> parse_language(std::string_view value);
// fg [on bg] [attribute...]
Result<ColorSpec> parse_color(std::string_view value);
// Aliases separated by commas (ASCII , or the Chinese ， and 、).
Result<std::vector<std::string>> parse_aliases(std::string_view value);

}  // namespace kanbao::config
