#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>
#include <filesystem>

#include "config/config.h"

namespace kanbao::config {

Loaded load(const std::string& path) {
  if (path.empty()) return {};
  std::error_code ec;
  if (!std::filesystem::exists(path, ec) && !ec) return {};  // no file: the defaults
  Loaded out;
  if (std::filesystem::is_directory(path, ec)) {
    out.problems.push_back({path, 0, "is a directory, not a configuration file; defaults used"});
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.problems.push_back({path, 0, std::string("cannot read: ") + std::strerror(errno) + "; defaults used"});
    return out;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    out.problems.push_back({path, 0, "read error; defaults used"});
    return out;
  }
  return parse(ss.str(), path);
}

}  // namespace kanbao::config
