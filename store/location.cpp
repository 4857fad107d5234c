// SPDX-License-Identifier: MIT
#include "store/location.h"

#include <algorithm>
#include <cctype>

namespace kanbao::store {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// The scheme of "scheme://rest" (RFC 3986: a letter, then letters, digits,
// '+', '-', '.'), or "" when `location` does not start with one.
std::string_view scheme_of(std::string_view location) {
  const auto colon = location.find("://");
  if (colon == std::string_view::npos || colon == 0) return {};
  const std::string_view scheme = location.substr(0, colon);
  if (!std::isalpha(static_cast<unsigned char>(scheme.front()))) return {};
  for (char c : scheme) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return {};
  }
  return scheme;
}

}  // namespace

Result<Backend> backend_of(std::string_view location) {
  const std::string_view scheme = scheme_of(location);
  if (scheme.empty()) return Backend::kSqlite;
  const std::string name = lower(scheme);
  if (name == "postgresql" || name == "postgres") return Backend::kPostgres;
  return Error("the library location " + shown_location(location) + " names the scheme '" +
               std::string(scheme) +
               "://', which kanbao does not know: give a file path (SQLite) or a postgresql:// URI");
}

std::string shown_location(std::string_view location) {
  std::string out(location);
  if (scheme_of(location).empty()) return out;
  // userinfo: between "://" and the first '@' before any '/'.
  const auto start = out.find("://") + 3;
  const auto slash = out.find('/', start);
  const auto at = out.find('@', start);
  if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
    const auto colon = out.find(':', start);
    if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
  }
  // A password=... query parameter.
  for (auto p = lower(out).find("password="); p != std::string::npos;
       p = lower(out).find("password=", p + 1)) {
    const auto begin = p + 9;
    const auto end = out.find('&', begin);
    out.replace(begin, (end == std::string::npos ? out.size() : end) - begin, "***");
  }
  return out;
}

}  // namespace kanbao::store
