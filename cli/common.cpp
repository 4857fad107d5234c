// SPDX-License-Identifier: MIT
#include "cli/common.h"

#include <fmt/format.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "base/typed_date.h"
#include "cli/formats.h"
#include "cli/paths.h"
#include "cli/progress.h"
#include "cli/terminal.h"
#include "store/location.h"
#include "text/width.h"
#include "tui/browser.h"

namespace kanbao::cli {

namespace fs = std::filesystem;

namespace {
bool stderr_failed = false;  // a write to stderr failed: a message was lost
}  // namespace

void write_stderr(const std::string& s) {
  if (s.empty()) return;
  if (std::fwrite(s.data(), 1, s.size(), stderr) != s.size() || std::fflush(stderr) != 0)
    stderr_failed = true;
}

bool stderr_lost() { return stderr_failed; }

// Messages quote what the user typed and what files hold: sanitised, so an
// argument like 管城\x1b[2J区 cannot clear the screen through stderr.
void print_error(const std::string& message) { write_stderr("kanbao: " + text::sanitize(message) + "\n"); }

Status choose_output_language(const config::Config& config) { return tui::use_browser_language(config); }

Error usage_error(std::string message) { return Error(std::move(message), ErrorKind::kUsage); }

int exit_status(const Outcome& outcome) {
  if (outcome) return *outcome;
  print_error(outcome.error().message());
  return outcome.error().kind() == ErrorKind::kUsage ? kExitUsage : kExitError;
}

namespace {
int output_errno = 0;  // of the first write to stdout that failed
}  // namespace

void print(const std::string& s) {
  if (output_errno != 0 || s.empty()) return;  // the output is incomplete already
  errno = 0;
  if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size()) output_errno = errno != 0 ? errno : EIO;
}

Status finish_output() {
  errno = 0;
  if (std::fflush(stdout) != 0 && output_errno == 0) output_errno = errno != 0 ? errno : EIO;
  if (output_errno == 0 && std::ferror(stdout) != 0) output_errno = EIO;  // a write that bypassed print()
  if (output_errno != 0) return Error(std::string("cannot write output: ") + std::strerror(output_errno));
  return Status::Ok();
}

Result<int> parse_count(const std::string& option, const std::string& value) {
  int n = -1;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < 0) {
    return usage_error(fmt::format("{} takes a whole number, not '{}'", option, text::sanitize(value)));
  }
  return n;
}

std::optional<store::StoredDate> parse_issue_date(const std::string& typed) {
  const auto date = parse_typed_date(typed);
  if (!date || date->kind != TypedDate::Kind::kDay) return std::nullopt;
  return store::StoredDate{date->year, date->month, date->day};
}

std::optional<std::string> typed_date_problem(const std::string& typed) {
  const auto date = read_typed_date(typed);
  if (!date) return std::nullopt;
  auto problem = calendar_problem(*date, text::sanitize(typed));
  if (!problem) return std::nullopt;
  return problem->fill();
}

namespace {

std::string summarize(const store::IndexReport& r) {
  auto plural = [](auto n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
  if (r.files_indexed == 0 && r.files_removed == 0 && r.skipped.empty()) {
    return fmt::format("nothing to do: {} unchanged", plural(r.files_unchanged, "file"));
  }
  // Each count names its unit: articles inside the parentheses, files after.
  // Articles read again in place (keeping their ids) are updated, neither
  // added nor removed.
  const std::string updated =
      r.articles_updated > 0 ? fmt::format(", {} updated", plural(r.articles_updated, "article")) : "";
  std::string line =
      fmt::format("indexed {} ({} added{}, {} removed); {} unchanged, {} removed, {} skipped",
                  plural(r.files_indexed, "file"), plural(r.articles_added, "article"), updated,
                  plural(r.articles_removed, "article"), plural(r.files_unchanged, "file"),
                  plural(r.files_removed, "file"), r.skipped.size());
  if (!r.not_pages.empty()) line += fmt::format(", {} not pages", r.not_pages.size());
  if (r.files_reread > 0)
    line += fmt::format("; {} read again (parsed by an older kanbao)", plural(r.files_reread, "file"));
  return line;
}

// Files of a walked folder that are no page (README.md, truth.tsv): named,
// a few of them, so that nothing is left out silently.
void report_not_pages(const std::vector<std::string>& not_pages) {
  if (not_pages.empty()) return;
  constexpr std::size_t kNamed = 5;
  std::string names;
  for (std::size_t i = 0; i < not_pages.size() && i < kNamed; ++i)
    names += (i == 0 ? "" : ", ") + text::sanitize(not_pages[i]);
  if (not_pages.size() > kNamed) names += fmt::format(" and {} more", not_pages.size() - kNamed);
  print_error(fmt::format("note: left out {} file{} that {} no page (notes, tables, data): {}",
                          not_pages.size(), not_pages.size() == 1 ? "" : "s",
                          not_pages.size() == 1 ? "is" : "are", names));
}

}  // namespace

Outcome index_and_report(store::Library& library, const std::vector<std::string>& paths,
                         const store::IndexOptions& options, bool quiet, std::FILE* summary_stream) {
  ProgressBar bar(!quiet && is_terminal(stderr));
  auto report = library.index(paths, options, [&bar](const store::IndexProgress& p) { bar.update(p); });
  bar.finish();
  if (!report) return report.error();
  for (const auto& warning : report->warnings) print_error("warning: " + text::sanitize(warning));
  for (const auto& skipped : report->skipped) {
    print_error(fmt::format("skipped {}: {}", text::sanitize(skipped.path), skipped.reason));
  }
  // A note, nothing to act on: --quiet (cron) silences it with the summary.
  if (!quiet) report_not_pages(report->not_pages);
  if (!quiet) {
    const std::string line = summarize(*report) + "\n";
    if (summary_stream == stdout) {
      print(line);
    } else if (std::fputs(line.c_str(), summary_stream) == EOF) {
      return Error(
          "cannot write to standard error");  // said where it can no longer be read: the status tells
    }
  }
  return report->skipped.empty() ? kExitOk : kExitSkipped;
}

LibraryLocation library_location(const Context& context) {
  return library_location(context.invocation.value("--db"), context.config.library);
}

corpus::Gazetteer gazetteer(const config::Config& config) {
  corpus::Gazetteer out = corpus::Gazetteer::zhengzhou();
  for (const auto& alias : config.district_aliases) {
    out.add(alias.canonical, alias.canonical);  // a new district names itself
    out.add(alias.alias, alias.canonical);
  }
  return out;
}

std::function<Result<bool>(const std::string&)> country_districts(const char* argv0) {
  // Loaded on the first name asked about, kept for the next.
  auto loaded = std::make_shared<std::optional<Result<corpus::Divisions>>>();
  return [argv0, loaded](const std::string& name) -> Result<bool> {
    if (!loaded->has_value()) {
      const std::optional<std::string> file = divisions_file(argv0);
      if (!file) {
        return Error(
            fmt::format("cannot tell whether \"{}\" is a district: the gazetteer divisions.tsv is missing "
                        "(reinstall kanbao)",
                        name));
      }
      *loaded = corpus::Divisions::load(*file);
    }
    const Result<corpus::Divisions>& divisions = **loaded;
    if (!divisions) return divisions.error();
    return divisions->county_level(name);
  };
}

namespace {

// The bundled table's city papers (都市快报 is Hangzhou's); the
// configuration's `paper.NAME.city` overrides it.
void add_home_cities(const Context& context, corpus::Papers& papers) {
  auto file = papers_file(context.argv0);
  if (!file) {
    print_error(
        "warning: the table of papers papers.tsv is missing (reinstall kanbao); a city paper whose name "
        "names no city (都市快报) gets districts only with paper.NAME.city configured");
    return;
  }
  auto loaded = corpus::load_home_cities(*file);
  if (!loaded) {
    print_error("warning: " + loaded.error().message() + "; city papers' cities only as configured");
    return;
  }
  for (auto& row : *loaded) papers.add_home_city(std::move(row.paper), std::move(row.city));
}

}  // namespace

std::shared_ptr<const corpus::Papers> papers(const Context& context) {
  std::shared_ptr<const corpus::Divisions> divisions;
  if (auto file = divisions_file(context.argv0)) {
    auto loaded = corpus::Divisions::load(*file);
    if (loaded) {
      divisions = std::make_shared<const corpus::Divisions>(std::move(*loaded));
    } else {
      print_error("warning: " + loaded.error().message() + "; districts only for Zhengzhou's papers");
    }
  } else {
    print_error(
        "warning: the gazetteer divisions.tsv is missing (reinstall kanbao); districts only for Zhengzhou");
  }
  auto out = std::make_shared<corpus::Papers>(divisions, gazetteer(context.config));
  add_home_cities(context, *out);
  for (const auto& a : context.config.paper_aliases) out->add_alias(a.alias, a.name);
  for (const auto& c : context.config.paper_cities) out->set_city(c.paper, c.city);
  return out;
}

std::shared_ptr<const corpus::Papers> reading_papers(const config::Config& config) {
  // Papers::national reads only the names and the configured cities.
  auto out = std::make_shared<corpus::Papers>(nullptr, gazetteer(config));
  for (const auto& a : config.paper_aliases) out->add_alias(a.alias, a.name);
  for (const auto& c : config.paper_cities) out->set_city(c.paper, c.city);
  return out;
}

// SQLite's page cache for a command that reads and exits: 64 pages (256 KB).
// Measured on `kanbao search` at 20,000 articles: the default cache touched
// a fresh page of memory for each of the 100-700 pages a search reads, at
// about 10 us a page fault; with 64 pages the median search has 356 faults
// instead of 482, for a few percent more reads (README, Performance).
constexpr int kOneCommandCachePages = 64;

Result<store::Library> open_library(const Context& context, const std::string& path, store::OpenMode mode,
                                    int cache_pages) {
  store::LibrarySetup setup{gazetteer(context.config), nullptr, country_districts(context.argv0)};
  // Only indexing parses pages; reading needs no divisions.
  if (mode == store::OpenMode::kReadWrite) {
    setup.papers = papers(context);
    // Said first: an upgrade may keep the open busy for minutes.
    if (auto upgrade = store::pending_upgrade(path)) print_error("note: " + *upgrade);
  }
  setup.cache_pages = cache_pages;
  return store::Library::open(path, mode, std::move(setup));
}

Status check_paper(store::Library& library, const std::optional<std::string>& paper) {
  if (!paper) return Status::Ok();
  return store::check_paper(library, *paper);
}

Result<store::Library> open_for_reading(const Context& context) {
  LibraryLocation location = library_location(context);
  // A scheme kanbao does not know is an error, never a file name.
  KANBAO_ASSIGN_OR_RETURN(const store::Backend backend, store::backend_of(location.path));
  std::error_code ec;
  // A server library is there or not as the server says.
  const bool exists = backend != store::Backend::kSqlite || fs::exists(location.path, ec);
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
    KANBAO_ASSIGN_OR_RETURN(store::Library library,
                            open_library(context, location.path, store::OpenMode::kReadWrite));
    print_error(fmt::format("created a new library at {} from the bundled sample pages in {}", location.path,
                            *sample));
    const Outcome indexed = index_and_report(library, {*sample}, {}, true, stderr);
    if (!indexed) {
      print_error(indexed.error().message());  // why, before what it means for this command
      return Error("could not index the sample pages into " + location.path);
    }
  }
  return open_library(context, location.path, store::OpenMode::kReadOnly, kOneCommandCachePages);
}

Result<bool> color_chosen(const Invocation& invocation) {
  const std::string when = invocation.value("--color").value_or("auto");
  if (when == "always") return true;
  if (when == "never") return false;
  if (when == "auto") {
    const char* no_color = std::getenv("NO_COLOR");
    return is_terminal(stdout) && (no_color == nullptr || *no_color == '\0');
  }
  return usage_error(fmt::format("--color takes auto, always or never, not '{}' (see 'kanbao --help')",
                                 text::sanitize(when)));
}

Emphasis emphasis(bool color) {
  if (!color) return Emphasis{};
  return Emphasis{"\x1b[1;33m", "\x1b[0m"};
}

}  // namespace kanbao::cli
