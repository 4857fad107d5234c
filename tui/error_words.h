// SPDX-License-Identifier: MIT
// The Chinese words of the errors a reader meets: a search the library
// cannot read (date:abc, district:不存在, -date:..., ...), a server that is
// down, SQLite's own failures (a damaged or locked library, a full disk),
// and the contexts around them ("search failed: ..."). The library writes
// them in English with their template kept (ErrorWords in base/result.h);
// the Chinese browser says them in Chinese.
#pragma once

#include <string>

#include "base/result.h"

namespace kanbao::tui {

// The Chinese template for an English error template of the library; nullptr
// when there is none (the error is then shown in English).
const char* chinese_error_words(const std::string& english_format);

// `error` in the browser's language: Chinese when that is the language and
// the error has known words, else the library's English message.
std::string error_in_language(const Error& error);

}  // namespace kanbao::tui
