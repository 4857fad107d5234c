// SPDX-License-Identifier: MIT
#include "store/stored_date.h"

namespace kanbao::store {
namespace {

// Digits of key[begin, begin+n) as a number, or -1.
int number(std::string_view key, std::size_t begin, std::size_t n) {
  int v = 0;
  for (std::size_t i = begin; i < begin + n; ++i) {
    char c = key[i];
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::string date_label(const StoredDate& date) {
  if (!date.known()) return kUnknownDateLabel;
  const std::string s = date.str();
  return s.rfind("--", 0) == 0 ? s.substr(2) : s;
}

std::string date_key(const StoredDate& date) {
  // The written form, with "0000" for an unknown year so that it sorts first.
  const std::string written = date.str();
  return date.known() && date.year == 0 ? "0000" + written.substr(1) : written;  // "--06-20" -> "0000-06-20"
}

StoredDate date_from_key(std::string_view key) {
  if (key.size() != 10 || key[4] != '-' || key[7] != '-') return {};
  int y = number(key, 0, 4), m = number(key, 5, 2), d = number(key, 8, 2);
  if (y < 0 || m <= 0 || d < 0) return {};
  return StoredDate{y, m, d};
}

}  // namespace kanbao::store
