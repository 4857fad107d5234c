#include "cli/commands.h"

#include <fmt/format.h>
#include <unicode/uvernum.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli/json.h"
#include "cli/paths.h"
#include "cli/table.h"
#include "cli/terminal.h"
#include "store/library.h"
#include "text/width.h"
#include "tui/browser.h"

namespace kanbao::cli {

namespace fs = std::filesystem;

namespace {

void print_error(const std::string& message) { std::fprintf(stderr, "kanbao: %s\n", message.c_str()); }

void print(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

// Parses --limit N (N >= 0); nullopt with a usage message when malformed.
std::optional<int> parse_count(const std::string& option, const std::string& value) {
  int n = -1;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < 0) {
    print_error(fmt::format("{} takes a whole number (0 = no limit), not '{}'", option, value));
    return std::nullopt;
  }
  return n;
}

std::string summarize(const store::IndexReport& r) {
  if (r.files_indexed == 0 && r.files_removed == 0 && r.skipped.empty()) {
    return fmt::format("nothing to do: {} file{} unchanged", r.files_unchanged,
                       r.files_unchanged == 1 ? "" : "s");
  }
  return fmt::format(
      "indexed {} file{} ({} article{} added, {} removed); {} unchanged, {} removed, {} skipped",
      r.files_indexed, r.files_indexed == 1 ? "" : "s", r.articles_added, r.articles_added == 1 ? "" : "s",
      r.articles_removed, r.files_unchanged, r.files_removed, r.skipped.size());
}

// Runs an index and reports on stderr/stdout; returns the exit status.
int index_and_report(store::Library& library, const std::vector<std::string>& paths,
                     const store::IndexOptions& options, bool quiet, std::FILE* summary_stream) {
  auto report = library.index(paths, options);
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

// Opens the library for reading. A default library that does not exist yet
// is created from the bundled sample pages (saying so on stderr).
Result<store::Library> open_for_reading(const Context& context) {
  LibraryLocation location = library_location(context.invocation.value("--db"));
  std::error_code ec;
  if (!fs::exists(location.path, ec)) {
    if (!location.is_default) {
      return Error(fmt::format("no library at {} (create one with 'kanbao --db {} index PATH...')",
                               location.path, location.path));
    }
    auto sample = sample_dir(context.argv0);
    if (!sample) return Error("no library at " + location.path + " and the bundled sample pages are missing");
    auto library = store::Library::open(location.path, store::OpenMode::kReadWrite);
    if (!library) return library.error();
    std::fprintf(stderr, "kanbao: created a new library at %s from the bundled sample pages in %s\n",
                 location.path.c_str(), sample->c_str());
    int status = index_and_report(*library, {*sample}, {}, true, stderr);
    if (status == kExitError) return Error("could not index the sample pages into " + location.path);
  }
  return store::Library::open(location.path, store::OpenMode::kReadOnly);
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : " ") + name;
  return out;
}

}  // namespace

int run_index(const Context& context) {
  const Invocation& inv = context.invocation;
  store::IndexOptions options;
  if (auto year = inv.value("--year")) {
    auto n = parse_count("--year", *year);
    if (!n) return kExitUsage;
    if (*n < 1900 || *n > 2099) {
      print_error(fmt::format("--year takes a four-digit year between 1900 and 2099, not '{}'", *year));
      return kExitUsage;
    }
    options.year = *n;
  }
  options.rebuild = inv.has("--rebuild");
  for (const auto& path : inv.positionals) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      print_error(fmt::format("cannot index {}: no such file or directory", path));
      return kExitError;
    }
  }
  LibraryLocation location = library_location(inv.value("--db"));
  auto library = store::Library::open(location.path, store::OpenMode::kReadWrite);
  if (!library) {
    print_error(library.error().message());
    return kExitError;
  }
  return index_and_report(*library, inv.positionals, options, inv.has("--quiet"), stdout);
}

int run_list(const Context& context) {
  const Invocation& inv = context.invocation;
  store::ListQuery query;
  query.limit = 0;
  if (auto limit = inv.value("--limit")) {
    auto n = parse_count("--limit", *limit);
    if (!n) return kExitUsage;
    query.limit = *n;
  }
  query.district = inv.value("--district");
  auto library = open_for_reading(context);
  if (!library) {
    print_error(library.error().message());
    return kExitError;
  }
  auto page = library->list(query);
  if (!page) {
    print_error(page.error().message());
    return kExitError;
  }
  if (inv.has("--json")) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& row : page->rows) out.push_back(to_json(row));
    print(dump(out));
    return kExitOk;
  }
  Table table({"ID", "DATE", "DISTRICT", "TITLE", "REPORTERS"});
  for (const auto& row : page->rows) {
    table.add({std::to_string(row.id), row.date.str(), row.district, row.title, joined(row.reporters)});
  }
  print(table.render(is_terminal(stdout) ? terminal_columns() : 0, 3));
  return kExitOk;
}

int run_show(const Context& context) {
  const Invocation& inv = context.invocation;
  const std::string& id_text = inv.positionals.front();
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (ec != std::errc() || end != id_text.data() + id_text.size() || id <= 0) {
    print_error(fmt::format("show takes an article ID (a positive number, as 'kanbao list' prints), not '{}'",
                            id_text));
    return kExitUsage;
  }
  auto library = open_for_reading(context);
  if (!library) {
    print_error(library.error().message());
    return kExitError;
  }
  auto article = library->article(id);
  if (!article) {
    print_error(article.error().message());
    return kExitError;
  }
  if (!*article) {
    print_error(fmt::format("no article with ID {} in {} (see 'kanbao list')", id, library->path()));
    return kExitError;
  }
  const store::Article& a = **article;
  if (inv.has("--json")) {
    print(dump(to_json(a)));
    return kExitOk;
  }
  std::string out = text::sanitize(a.title) + "\n";
  if (!a.subtitle.empty()) out += text::sanitize(a.subtitle) + "\n";
  std::string meta = a.district.empty() ? std::string("?") : a.district;
  if (a.date.known()) meta += " · " + a.date.str();
  if (!a.reporters.empty()) meta += " · 记者 " + joined(a.reporters);
  if (!a.correspondents.empty()) meta += " · 通讯员 " + joined(a.correspondents);
  if (a.photo_credit) meta += " · 文/图";
  out += text::sanitize(meta) + "\n";
  for (const auto& paragraph : a.paragraphs) out += "\n" + text::sanitize(paragraph) + "\n";
  if (!a.byline.empty()) out += "\n" + text::sanitize(a.byline) + "\n";
  out += "\n[" + text::sanitize(a.source) + "]\n";
  print(out);
  return kExitOk;
}

int run_districts(const Context& context) {
  auto library = open_for_reading(context);
  if (!library) {
    print_error(library.error().message());
    return kExitError;
  }
  auto rows = library->districts();
  if (!rows) {
    print_error(rows.error().message());
    return kExitError;
  }
  if (context.invocation.has("--json")) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& row : *rows) out.push_back(to_json(row));
    print(dump(out));
    return kExitOk;
  }
  Table table({"DISTRICT", "ARTICLES", "FIRST", "LAST"});
  for (const auto& row : *rows) {
    table.add({row.name.empty() ? "(unknown)" : row.name, std::to_string(row.articles), row.first_date.str(),
               row.last_date.str()});
  }
  print(table.render());
  return kExitOk;
}

int run_search(const Context& context) {
  const Invocation& inv = context.invocation;
  store::SearchRequest request;
  request.query = joined(inv.positionals);
  request.limit = 20;
  if (auto limit = inv.value("--limit")) {
    auto n = parse_count("--limit", *limit);
    if (!n) return kExitUsage;
    request.limit = *n;
  }
  request.district = inv.value("--district");
  auto library = open_for_reading(context);
  if (!library) {
    print_error(library.error().message());
    return kExitError;
  }
  auto page = library->search(request);
  if (!page) {
    print_error(page.error().message());
    return kExitError;
  }
  if (inv.has("--json")) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& hit : page->hits) out.push_back(to_json(hit));
    print(dump(out));
    return kExitOk;
  }
  Emphasis em = emphasis_for_stdout();
  std::string out;
  for (const auto& hit : page->hits) {
    out += fmt::format("{:>6}  {}  {}  {}  ({} hit{})\n", hit.id, text::sanitize(hit.title),
                       hit.district.empty() ? "?" : hit.district, hit.date.known() ? hit.date.str() : "-",
                       hit.hit_count, hit.hit_count == 1 ? "" : "s");
    std::string snippet;
    std::size_t at = 0;
    for (const auto& span : hit.highlights) {
      if (span.begin < at || span.end > hit.snippet.size() || span.begin > span.end) continue;
      snippet += text::sanitize(std::string_view(hit.snippet).substr(at, span.begin - at));
      snippet += em.on;
      snippet += text::sanitize(std::string_view(hit.snippet).substr(span.begin, span.end - span.begin));
      snippet += em.off;
      at = span.end;
    }
    snippet += text::sanitize(std::string_view(hit.snippet).substr(std::min(at, hit.snippet.size())));
    out += "        " + snippet + "\n";
  }
  if (page->hits.empty()) {
    std::fprintf(stderr, "kanbao: no article matches '%s'\n", text::sanitize(request.query).c_str());
  } else if (page->total > static_cast<std::int64_t>(page->hits.size())) {
    out += fmt::format("({} of {} articles; --limit 0 shows all)\n", page->hits.size(), page->total);
  }
  print(out);
  return kExitOk;
}

int run_browse(const Context& context) {
  const Invocation& inv = context.invocation;
  LibraryLocation location = library_location(inv.value("--db"));
  if (!inv.positionals.empty()) {
    const std::string& path = inv.positionals.front();
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      print_error(
          fmt::format("cannot open {}: no such file or directory or command (see 'kanbao --help')", path));
      return kExitUsage;
    }
    auto library = store::Library::open(location.path, store::OpenMode::kReadWrite);
    if (!library) {
      print_error(library.error().message());
      return kExitError;
    }
    int status = index_and_report(*library, {path}, {}, false, stderr);
    if (status == kExitError) return status;
  } else {
    auto library = open_for_reading(context);
    if (!library) {
      print_error(library.error().message());
      return kExitError;
    }
  }
  tui::BrowserOptions options;
  options.library_path = location.path;
  options.mouse = inv.has("--mouse");
  options.state_dir = state_dir();
  options.config_path = config_path();
  return tui::run_browser(options);
}

std::string version_text() {
  return fmt::format("kanbao {} (ICU {}, SQLite {}, {})\n", KANBAO_VERSION, U_ICU_VERSION,
                     store::sqlite_version(), tui::curses_version());
}

}  // namespace kanbao::cli
