// SPDX-License-Identifier: MIT
// index: adding pages to the library.
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <optional>
#include <string>

#include "cli/common.h"
#include "cli/paths.h"
#include "text/width.h"

namespace kanbao::cli {

namespace fs = std::filesystem;

namespace {

// `index --rebuild` on a damaged library: the damaged file (and its WAL) is
// moved aside, never deleted, so nothing is thrown away silently.
Result<std::string> move_aside(const std::string& path) {
  std::time_t now = std::time(nullptr);
  char stamp[32] = {};
  std::tm local{};
  // Without a local time (no time zone data), the seconds since the epoch
  // name the copy just as uniquely.
  const bool dated = localtime_r(&now, &local) != nullptr &&
                     std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local) != 0;
  std::string target = path + ".damaged-" + (dated ? std::string(stamp) : std::to_string(now));
  std::error_code ec;
  fs::rename(path, target, ec);
  if (ec) return Error(fmt::format("cannot move the damaged library {} aside: {}", path, ec.message()));
  for (const char* suffix : {"-wal", "-shm"}) {
    if (fs::exists(path + suffix, ec)) fs::rename(path + suffix, target + suffix, ec);
  }
  return target;
}

// A new library at `path`, where a damaged one was, with the damaged one's
// UUID when it could still be read: the users' reading state is kept per
// library identity, and a new identity would leave it all behind.
Result<store::Library> new_library(const Context& context, const std::string& path,
                                   const std::optional<std::string>& uuid) {
  {
    KANBAO_ASSIGN_OR_RETURN(const store::Library created,
                            open_library(context, path, store::OpenMode::kReadWrite));
  }
  if (uuid) KANBAO_TRY(store::adopt_library_uuid(path, *uuid));
  return open_library(context, path, store::OpenMode::kReadWrite);
}

// The options `index` was given, checked.
Result<store::IndexOptions> index_options(const Invocation& inv) {
  store::IndexOptions options;
  if (auto year = inv.value("--year")) {
    KANBAO_ASSIGN_OR_RETURN(const int n, parse_count("--year", *year));
    if (n < 1900 || n > 2099) {
      return usage_error(
          fmt::format("--year takes a four-digit year between 1900 and 2099, not '{}'", *year));
    }
    options.year = n;
  }
  if (auto paper = inv.value("--paper")) {
    if (text::sanitize(*paper) != *paper || paper->empty() || paper->find('\n') != std::string::npos) {
      return usage_error(fmt::format("--paper takes a paper's name, not '{}'", text::sanitize(*paper)));
    }
    options.paper = *paper;
  }
  if (auto date = inv.value("--date")) {
    auto parsed = parse_issue_date(*date);
    if (!parsed) {
      if (auto problem = typed_date_problem(*date)) return usage_error("--date: " + *problem);
      return usage_error(fmt::format(
          "--date takes a day as YYYY-MM-DD (2023-06-21, 2023/6/21, 20230621 or 2023年6月21日), not '{}'",
          text::sanitize(*date)));
    }
    options.date = *parsed;
  }
  options.rebuild = inv.has("--rebuild");
  return options;
}

}  // namespace

Outcome run_index(const Context& context) {
  const Invocation& inv = context.invocation;
  KANBAO_ASSIGN_OR_RETURN(const store::IndexOptions options, index_options(inv));
  for (const auto& path : inv.positionals) {
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec))) {
      return Error(fmt::format("cannot index {}: no such file or directory", text::sanitize(path)));
    }
  }
  LibraryLocation location = library_location(context);
  auto library = open_library(context, location.path, store::OpenMode::kReadWrite);
  if (!library && options.rebuild && library.error().kind() == ErrorKind::kCorruption) {
    const std::optional<std::string> uuid = store::salvaged_library_uuid(location.path);
    KANBAO_ASSIGN_OR_RETURN(const std::string moved, move_aside(location.path));
    print_error(fmt::format("moved the damaged library to {}; building a new one", moved));
    library = new_library(context, location.path, uuid);
  }
  if (!library) return library.error();
  return index_and_report(*library, inv.positionals, options, inv.has("--quiet"), stdout);
}

}  // namespace kanbao::cli
