// SPDX-License-Identifier: MIT
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

#include "config/config.h"

namespace kanbao::config {

namespace {

// Reads `path` on top of `out`. `fallback` says what stays in force when the
// file cannot be read ("defaults used", or the earlier files' settings).
void load_into(const std::string& path, Loaded& out, const char* fallback) {
  if (path.empty()) return;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec) && !ec) return;  // no file: nothing to add
  if (std::filesystem::is_directory(path, ec)) {
    out.problems.push_back({path, 0, std::string("is a directory, not a configuration file; ") + fallback});
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.problems.push_back({path, 0, std::string("cannot read: ") + std::strerror(errno) + "; " + fallback});
    return;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    out.problems.push_back({path, 0, std::string("read error; ") + fallback});
    return;
  }
  parse_into(ss.str(), path, out);
}

}  // namespace

Loaded load(const std::string& path) {
  Loaded out;
  load_into(path, out, "defaults used");
  return out;
}

Loaded load(const std::vector<std::string>& paths) {
  Loaded out;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    load_into(paths[i], out, i == 0 ? "defaults used" : "the earlier files' settings used");
  }
  return out;
}

}  // namespace kanbao::config
