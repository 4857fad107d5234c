// SPDX-License-Identifier: MIT
#include "store/library_identity.h"

#include <array>
#include <filesystem>
#include <random>

namespace kanbao::store {
namespace {

constexpr std::string_view kUuidKey = "library_uuid";

std::string canonical_path(const std::string& path) {
  std::error_code ec;
  auto canonical = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : canonical.string();
}

}  // namespace

// std::random_device reads the kernel's random source (getrandom) with
// libstdc++ on Linux.
std::string random_uuid() {
  std::random_device device;
  std::array<unsigned char, 16> b{};
  for (std::size_t i = 0; i < b.size(); i += 4) {
    const unsigned int r = device();
    for (std::size_t k = 0; k < 4; ++k) b[i + k] = static_cast<unsigned char>(r >> (8 * k));
  }
  b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);  // version 4
  b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // RFC 4122 variant
  std::string out;
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    static constexpr char kHex[] = "0123456789abcdef";
    out += kHex[b[i] >> 4];
    out += kHex[b[i] & 0x0F];
  }
  return out;
}

Status ensure_library_uuid(sql::Db& db) {
  KANBAO_ASSIGN_OR_RETURN(auto insert, db.prepare("INSERT OR IGNORE INTO meta(key, value) VALUES (?1, ?2)"));
  insert.bind(1, kUuidKey).bind(2, random_uuid());
  if (auto s = insert.run(); !s) return Error("cannot give the library its identity: " + s.error().message());
  return Status::Ok();
}

Result<LibraryIdentity> read_library_identity(sql::Db& db, const std::string& path) {
  LibraryIdentity identity;
  identity.path_key = "path:" + canonical_path(path);
  KANBAO_ASSIGN_OR_RETURN(auto select, db.prepare("SELECT value FROM meta WHERE key = ?1"));
  select.bind(1, kUuidKey);
  KANBAO_ASSIGN_OR_RETURN(auto row, select.step());
  identity.key = row && !select.text_view(0).empty() ? "uuid:" + select.text(0) : identity.path_key;
  return identity;
}

}  // namespace kanbao::store
