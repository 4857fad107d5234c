// SPDX-License-Identifier: MIT
// 64-bit FNV-1a: the files' content hash (file_reader.h) and the hashed
// token ids of the PostgreSQL index (pg/pg_tokens.h). Internal to store/.
#pragma once

#include <cstdint>
#include <string_view>

namespace kanbao::store {

inline std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace kanbao::store
