// SPDX-License-Identifier: MIT
#include "store/library_identity.h"

#include <array>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string_view>

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

namespace {

// "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", lower-case hex: what random_uuid
// gives (a damaged file may hold anything).
bool uuid_shaped(std::string_view s) {
  constexpr std::size_t kLength = 36;
  if (s.size() != kLength) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    const char c = s[i];
    if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// The UUID read from the file's bytes, not through SQLite: a damaged schema
// stops every query, and the file must stay byte for byte as it is. The
// meta row stores its key and its value side by side ("library_uuid" then
// the 36 characters), on one of the first pages (the table is made with the
// library). Reads the first 4 MiB.
std::optional<std::string> uuid_by_bytes(const std::string& path) {
  constexpr std::streamsize kScanned = std::streamsize{4} << 20;
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<std::size_t>(kScanned), '\0');
  in.read(bytes.data(), kScanned);
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  constexpr std::size_t kUuidLength = 36;
  for (std::size_t at = bytes.find(kUuidKey); at != std::string::npos; at = bytes.find(kUuidKey, at + 1)) {
    const std::string_view value = std::string_view(bytes).substr(at + kUuidKey.size(), kUuidLength);
    if (uuid_shaped(value)) return std::string(value);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> salvaged_library_uuid(const std::string& path) { return uuid_by_bytes(path); }

Status adopt_library_uuid(const std::string& path, const std::string& uuid) {
  if (!uuid_shaped(uuid)) return Error("cannot give the library the identity '" + uuid + "': no UUID");
  KANBAO_ASSIGN_OR_RETURN(sql::Db db, sql::Db::open(path, SQLITE_OPEN_READWRITE));
  KANBAO_ASSIGN_OR_RETURN(auto update, db.prepare("UPDATE meta SET value = ?2 WHERE key = ?1"));
  update.bind(1, kUuidKey).bind(2, uuid);
  if (auto s = update.run(); !s)
    return Error("cannot give " + path + " its identity: " + s.error().message());
  if (db.changes() != 1) return Error("cannot give " + path + " its identity: it has none to replace");
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
