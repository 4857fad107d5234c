// SPDX-License-Identifier: MIT
#include "cli/common.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "cli/paths.h"
#include "cli/progress.h"
#include "cli/terminal.h"
#include "config/gazetteer.h"
#include "text/width.h"

namespace kanbao::cli {

namespace fs = std::filesystem;

// Messages quote what the user typed and what files hold: sanitised, so an
// argument like 管城\x1b[2J区 cannot clear the screen through stderr.
void print_error(const std::string& message) {
  std::fprintf(stderr, "kanbao: %s\n", text::sanitize(message).c_str());
}

void print(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

std::optional<int> parse_count(const std::string& option, const std::string& value) {
  int n = -1;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < 0) {
    print_error(fmt::format("{} takes a whole number, not '{}'", option, text::sanitize(value)));
    return std::nullopt;
  }
  return n;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) {
    if (!out.empty()) out += ' ';
    out += name;
  }
  return out;
}

namespace {

std::string summarize(const store::IndexReport& r) {
  auto plural = [](auto n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
  if (r.files_indexed == 0 && r.files_removed == 0 && r.skipped.empty()) {
    return fmt::format("nothing to do: {} unchanged", plural(r.files_unchanged, "file"));
  }
  return fmt::format("indexed {} ({} added, {} removed); {} unchanged, {} removed, {} skipped",
                     plural(r.files_indexed, "file"), plural(r.articles_added, "article"), r.articles_removed,
                     r.files_unchanged, r.files_removed, r.skipped.size());
}

}  // namespace

int index_and_report(store::Library& library, const std::vector<std::string>& paths,
                     const store::IndexOptions& options, bool quiet, std::FILE* summary_stream) {
  ProgressBar bar(!quiet && is_terminal(stderr));
  auto report = library.index(paths, options, [&bar](const store::IndexProgress& p) { bar.update(p); });
  bar.finish();
  if (!report) {
    print_error(report.error().message());
    return kExitError;
  }
  for (const auto& warning : report->warnings) print_error("warning: " + text::sanitize(warning));
  for (const auto& skipped : report->skipped) {
    print_error(fmt::format("skipped {}: {}", text::sanitize(skipped.path), skipped.reason));
  }
  if (!quiet) std::fprintf(summary_stream, "%s\n", summarize(*report).c_str());
  return report->skipped.empty() ? kExitOk : kExitSkipped;
}

LibraryLocation library_location(const Context& context) {
  return library_location(context.invocation.value("--db"), context.config.library);
}

Result<store::Library> open_library(const Context& context, const std::string& path, store::OpenMode mode) {
  auto library = store::Library::open(path, mode);
  if (library) library->set_gazetteer(config::extended_gazetteer(context.config));
  return library;
}

Result<store::Library> open_for_reading(const Context& context) {
  LibraryLocation location = library_location(context);
  std::error_code ec;
  bool exists = fs::exists(location.path, ec);
  if (ec) {
    // A shared library in a folder this user may not enter: say so, rather
    // than "no library" with advice to create one.
    return Error(fmt::format("cannot open the library {}: {}", location.path, ec.message()));
  }
  if (!exists) {
    if (!location.is_default) {
      return Error(fmt::format("no library at {} (create one with 'kanbao --db {} index PATH...')",
                               location.path, location.path));
    }
    auto sample = sample_dir(context.argv0);
    if (!sample) return Error("no library at " + location.path + " and the bundled sample pages are missing");
    auto library = open_library(context, location.path, store::OpenMode::kReadWrite);
    if (!library) return library.error();
    print_error(fmt::format("created a new library at {} from the bundled sample pages in {}", location.path,
                            *sample));
    int status = index_and_report(*library, {*sample}, {}, true, stderr);
    if (status == kExitError) return Error("could not index the sample pages into " + location.path);
  }
  return open_library(context, location.path, store::OpenMode::kReadOnly);
}

Result<Emphasis> emphasis(const Invocation& invocation) {
  std::string when = invocation.value("--color").value_or("auto");
  bool on = false;
  if (when == "always") {
    on = true;
  } else if (when == "auto") {
    const char* no_color = std::getenv("NO_COLOR");
    on = is_terminal(stdout) && (no_color == nullptr || *no_color == '\0');
  } else if (when != "never") {
    return Error(fmt::format("--color takes auto, always or never, not '{}' (see 'kanbao --help')",
                             text::sanitize(when)));
  }
  if (!on) return Emphasis{};
  return Emphasis{"\x1b[1;33m", "\x1b[0m"};
}

}  // namespace kanbao::cli
