// SPDX-License-Identifier: MIT
// Turning the bytes of a page file into NFC-normalised UTF-8 text.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace kanbao::corpus {

struct DecodedText {
  std::string text;      // UTF-8, NFC, line endings (and <br>) normalised to "\n", no BOM
  std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
  int replaced = 0;      // number of invalid byte sequences replaced by U+FFFD
};

// Decodes a page. Accepts UTF-8 with or without BOM, UTF-16 with BOM and
// GB18030/GBK (detected with ICU when the bytes are not valid UTF-8).
// Line endings LF, CRLF and CR all become LF, and so do HTML line breaks
// (<br>, <br/>) left in crawled pages. Invalid sequences become U+FFFD
// and are counted in `replaced`.
// Fails with a message (without the file name; the caller adds it) when the
// bytes are not text: NUL bytes outside UTF-16, or mostly undecodable bytes.
Result<DecodedText> decode(std::string_view bytes);

}  // namespace kanbao::corpus
