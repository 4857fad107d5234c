// SPDX-License-Identifier: MIT
#include "cli/paths.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

namespace kanbao::cli {

namespace fs = std::filesystem;

namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? std::string(value) : std::string();
}

// An XDG base directory: the variable if it holds an absolute path (the spec
// says relative ones are invalid and must be ignored), else ~/<fallback>.
fs::path xdg_dir(const char* variable, const char* fallback) {
  std::string value = env(variable);
  if (!value.empty() && value.front() == '/') return value;
  std::string home = env("HOME");
  return fs::path(home.empty() ? std::string(".") : home) / fallback;
}

}  // namespace

LibraryLocation library_location(const std::optional<std::string>& db_option,
                                 const config::Setting<std::string>& configured) {
  if (db_option) return {*db_option, "--db", false};
  if (std::string db = env("KANBAO_DB"); !db.empty()) return {db, "$KANBAO_DB", false};
  if (!configured.value.empty()) return {configured.value, configured.origin, false};
  return {(xdg_dir("XDG_DATA_HOME", ".local/share") / "kanbao/library.db").string(), "default", true};
}

std::string state_dir() { return (xdg_dir("XDG_STATE_HOME", ".local/state") / "kanbao").string(); }

std::string config_path() { return (xdg_dir("XDG_CONFIG_HOME", ".config") / "kanbao/config").string(); }

std::vector<std::string> config_paths() {
  // The spec: an unset or empty $XDG_CONFIG_DIRS means /etc/xdg; the first
  // directory listed is the most important, so it is read last of them.
  std::string dirs = env("XDG_CONFIG_DIRS");
  if (dirs.empty()) dirs = "/etc/xdg";
  std::vector<std::string> paths;
  std::size_t start = 0;
  while (start <= dirs.size()) {
    std::size_t colon = std::min(dirs.find(':', start), dirs.size());
    std::string dir = dirs.substr(start, colon - start);
    if (!dir.empty() && dir.front() == '/')
      paths.insert(paths.begin(), (fs::path(dir) / "kanbao/config").string());
    start = colon + 1;
  }
  paths.push_back(config_path());
  return paths;
}

namespace {

// `name` under share/kanbao next to the running binary, else `installed`,
// else `build` (the source tree this binary was built from).
std::optional<std::string> bundled(const char* argv0, const char* name, const char* installed,
                                   const char* build, bool directory) {
  std::error_code ec;
  std::vector<fs::path> candidates;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec && argv0 != nullptr) self = fs::absolute(argv0, ec);
  if (!self.empty()) candidates.push_back(self.parent_path().parent_path() / "share/kanbao" / name);
  candidates.emplace_back(installed);
  candidates.emplace_back(build);
  for (const auto& p : candidates) {
    if (directory ? fs::is_directory(p, ec) : fs::is_regular_file(p, ec))
      return p.lexically_normal().string();
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> sample_dir(const char* argv0) {
  return bundled(argv0, "sample", KANBAO_SAMPLE_DIR_INSTALLED, KANBAO_SAMPLE_DIR_BUILD, true);
}

std::optional<std::string> divisions_file(const char* argv0) {
  return bundled(argv0, "divisions.tsv", KANBAO_DIVISIONS_INSTALLED, KANBAO_DIVISIONS_BUILD, false);
}

std::optional<std::string> papers_file(const char* argv0) {
  return bundled(argv0, "papers.tsv", KANBAO_PAPERS_INSTALLED, KANBAO_PAPERS_BUILD, false);
}

}  // namespace kanbao::cli
