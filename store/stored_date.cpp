// SPDX-License-Identifier: MIT
#include "store/stored_date.h"

#include <cstdio>

namespace kanbao::store {
namespace {

std::string two_digits(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v % 100);
  return buf;
}

std::string four_digits(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04d", v % 10000);
  return buf;
}

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

std::string StoredDate::str() const {
  if (!known()) return "";
  std::string md = two_digits(month) + "-" + two_digits(day);
  return year != 0 ? four_digits(year) + "-" + md : "--" + md;
}

std::string StoredDate::label() const {
  if (!known()) return kUnknownDateLabel;
  const std::string s = str();
  return s.rfind("--", 0) == 0 ? s.substr(2) : s;
}

std::string date_key(const StoredDate& date) {
  if (!date.known()) return "";
  return four_digits(date.year) + "-" + two_digits(date.month) + "-" + two_digits(date.day);
}

StoredDate date_from_key(std::string_view key) {
  if (key.size() != 10 || key[4] != '-' || key[7] != '-') return {};
  int y = number(key, 0, 4), m = number(key, 5, 2), d = number(key, 8, 2);
  if (y < 0 || m <= 0 || d < 0) return {};
  return StoredDate{y, m, d};
}

}  // namespace kanbao::store
