// SPDX-License-Identifier: MIT
// Fuzz target: encoding detection and page parsing of arbitrary bytes.
// decode() either fails with a message or yields valid UTF-8; parse_page()
// on that text yields articles whose every string is valid UTF-8, whose
// line ranges lie inside the text (1 <= first_line <= last_line <= lines),
// in page order, and that have a title (or the page carries a warning);
// furniture lines are real lines of the page, in order.
#include <unicode/ustring.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "corpus/decode.h"
#include "corpus/parse.h"

namespace {

// Strict UTF-8 (no overlongs, surrogates or values above U+10FFFF), as ICU checks it.
bool valid_utf8(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &status);
  return status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING || U_SUCCESS(status);
}

void must_be_utf8(std::string_view s) {
  if (!valid_utf8(s)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto decoded = kanbao::corpus::decode(bytes);
  if (!decoded.ok()) {
    if (decoded.error().message().empty()) std::abort();
    return 0;
  }
  const std::string& text = decoded->text;
  must_be_utf8(text);
  if (decoded->replaced < 0 || decoded->encoding.empty()) std::abort();
  if (text.find('\r') != std::string::npos) std::abort();  // line endings normalised

  // The parser numbers lines as split at '\n': one more than the newlines.
  int lines = 1;
  for (char c : text) lines += c == '\n' ? 1 : 0;

  kanbao::corpus::PageContext context;
  context.path = "fuzz/2023/page.txt";
  const kanbao::corpus::Page page = kanbao::corpus::parse_page(text, context);
  must_be_utf8(page.district);
  for (const auto& w : page.warnings) must_be_utf8(w);
  int previous_last = 0;
  int position = 0;
  for (const auto& a : page.articles) {
    if (a.title.empty() && page.warnings.empty()) std::abort();
    if (a.first_line < 1 || a.first_line > a.last_line || a.last_line > lines) std::abort();
    if (a.first_line <= previous_last) std::abort();  // articles do not overlap
    previous_last = a.last_line;
    if (a.position != position++) std::abort();
    must_be_utf8(a.title);
    must_be_utf8(a.subtitle);
    must_be_utf8(a.byline);
    for (const auto& p : a.paragraphs) must_be_utf8(p);
    for (const auto& r : a.reporters) must_be_utf8(r);
    for (const auto& r : a.correspondents) must_be_utf8(r);
    must_be_utf8(a.kicker);
    must_be_utf8(a.continued_to);
    must_be_utf8(a.continued_from);
    if (a.date) {
      if (a.date->month < 1 || a.date->month > 12 || a.date->day < 1 || a.date->day > 31) std::abort();
    }
  }
  // Furniture lines are real lines of the page, in order.
  int previous_furniture = 0;
  for (const auto& f : page.furniture) {
    must_be_utf8(f.text);
    if (f.text.empty() || f.line <= previous_furniture || f.line > lines) std::abort();
    previous_furniture = f.line;
    // Furniture may stand between an article's paragraphs, but never opens
    // or closes one.
    for (const auto& a : page.articles)
      if (f.line == a.first_line || f.line == a.last_line) std::abort();
  }
  return 0;
}
