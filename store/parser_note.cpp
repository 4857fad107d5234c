// SPDX-License-Identifier: MIT
#include "store/parser_note.h"

#include <charconv>

#include "corpus/parse.h"

namespace kanbao::store {
namespace {

// The next number of `s` from `at` (after one space, but for the first).
template <typename Int>
bool next_number(std::string_view s, std::size_t& at, Int& out) {
  if (at > 0) {
    if (at >= s.size() || s[at] != ' ') return false;
    ++at;
  }
  const auto [end, error] = std::from_chars(s.data() + at, s.data() + s.size(), out);
  if (error != std::errc() || out < 0) return false;
  at = static_cast<std::size_t>(end - s.data());
  return true;
}

}  // namespace

std::optional<ParsedBy> read_parsed_by(std::string_view value) {
  ParsedBy p;
  std::size_t at = 0;
  if (!next_number(value, at, p.version) || !next_number(value, at, p.other) ||
      !next_number(value, at, p.total) || at != value.size() || p.other > p.total)
    return std::nullopt;
  return p;
}

std::optional<std::int64_t> recorded_files_to_read_again(const std::optional<std::string>& value) {
  if (!value) return std::nullopt;
  const std::optional<ParsedBy> p = read_parsed_by(*value);
  if (!p) return std::nullopt;
  return p->version == corpus::kParserVersion ? p->other : p->total;
}

}  // namespace kanbao::store
