// SPDX-License-Identifier: MIT
// list, show and districts: reading the library back.
#include <fmt/format.h>

#include <charconv>

#include "cli/common.h"
#include "cli/formats.h"
#include "cli/json.h"
#include "cli/listing.h"
#include "cli/table.h"
#include "cli/terminal.h"
#include "text/width.h"
#include "tui/article_words.h"

namespace kanbao::cli {

namespace {

const std::vector<Format> kReadingFormats = {Format::kText, Format::kJson, Format::kJsonl, Format::kMarkdown};

}  // namespace

Outcome run_list(const Context& context) {
  const Invocation& inv = context.invocation;
  KANBAO_ASSIGN_OR_RETURN(const Format format, chosen_format(inv, kReadingFormats));
  KANBAO_ASSIGN_OR_RETURN(store::ListQuery query, listing_query(inv));
  query.limit = 0;
  if (auto limit = inv.value("--limit")) {
    KANBAO_ASSIGN_OR_RETURN(query.limit, parse_count("--limit", *limit));
  }
  KANBAO_ASSIGN_OR_RETURN(store::Library library, open_for_listing(context, query));
  KANBAO_ASSIGN_OR_RETURN(const store::ListPage page, library.list(query));
  // Only an empty listing asks whether the paper exists: a mistyped name
  // is an error, a real one that lists nothing a note below.
  if (page.rows.empty()) KANBAO_TRY(check_paper(library, query.paper));
  // Nothing listed: no table, not even its header, but a note saying which
  // filters matched nothing for people; JSON stays a (empty) document.
  const bool for_people = format == Format::kText || format == Format::kMarkdown;
  if (page.rows.empty() && for_people) {
    note_nothing_listed(inv);
    return kExitOk;
  }
  switch (format) {
    case Format::kJson:
    case Format::kJsonl:
      print(json_items(page.rows, format));
      break;
    case Format::kMarkdown:
      print(rows_markdown(page.rows, *reading_papers(context.config)));
      break;
    case Format::kText:
      print(rows_text(page.rows, *reading_papers(context.config), output_columns()));
      break;
  }
  return kExitOk;
}

namespace {

Error no_article(std::int64_t id, const store::Library& library) {
  return Error(fmt::format("no article with ID {} in {} (see 'kanbao list')", id, library.path()));
}

// One page of `show --source` in JSON.
nlohmann::json source_json(const store::SourceText& s) {
  return nlohmann::json{{"page", s.page},           {"path", s.path},       {"first_line", s.first_line},
                        {"last_line", s.last_line}, {"current", s.current}, {"text", s.text}};
}

// One page of `show --source` in text: a line naming the page and file,
// then the page's lines numbered, the article's own marked with "▶" (the
// terminal gets sanitised text only).
std::string source_text(const store::SourceText& s) {
  std::string out = s.page.empty()
                        ? "[" + text::sanitize(s.path) + "]\n"
                        : "[page " + text::sanitize(s.page) + ": " + text::sanitize(s.path) + "]\n";
  int number = 0;
  std::string_view text = s.text;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    ++number;
    const bool own = number >= s.first_line && number <= s.last_line;
    out += fmt::format("{}{:>5}  {}\n", own ? "▶" : " ", number,
                       text::sanitize(std::string(text.substr(0, nl))));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
  }
  return out;
}

// `show --source ID`: every page the article came from (a continued
// article's too, 下转/上接), in the order of its pages.
Outcome show_source(store::Library& library, std::int64_t id, Format format) {
  KANBAO_ASSIGN_OR_RETURN(const std::vector<store::SourceText> sources, library.sources(id));
  if (sources.empty()) return no_article(id, library);
  for (const auto& s : sources) {
    if (s.current) continue;
    print_error(fmt::format(
        "warning: {} changed or vanished since it was indexed; showing the page as stored", s.path));
  }
  if (format == Format::kJson || format == Format::kJsonl) {
    // The first page's fields as before, the pages continuing it after.
    nlohmann::json out = source_json(sources.front());
    out["id"] = id;
    out["continuations"] = nlohmann::json::array();
    for (std::size_t i = 1; i < sources.size(); ++i) out["continuations"].push_back(source_json(sources[i]));
    print(format == Format::kJson ? dump(out) : dump_line(out));
    return kExitOk;
  }
  std::string out;
  for (std::size_t i = 0; i < sources.size(); ++i) out += (i == 0 ? "" : "\n") + source_text(sources[i]);
  print(out);
  return kExitOk;
}

// The article ID `show` was given, as 'kanbao list' prints them.
Result<std::int64_t> article_id(const std::string& id_text) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (ec != std::errc() || end != id_text.data() + id_text.size() || id <= 0) {
    return usage_error(
        fmt::format("show takes an article ID (a positive number, as 'kanbao list' prints), not '{}'",
                    text::sanitize(id_text)));
  }
  return id;
}

}  // namespace

Outcome run_show(const Context& context) {
  const Invocation& inv = context.invocation;
  KANBAO_ASSIGN_OR_RETURN(const Format format, chosen_format(inv, kReadingFormats));
  KANBAO_ASSIGN_OR_RETURN(const std::int64_t id, article_id(inv.positionals.front()));
  KANBAO_ASSIGN_OR_RETURN(store::Library library, open_for_reading(context));
  if (inv.has("--source")) return show_source(library, id, format);
  KANBAO_ASSIGN_OR_RETURN(const std::optional<store::Article> article, library.article(id));
  if (!article) return no_article(id, library);
  switch (format) {
    case Format::kJson:
      print(dump(to_json(*article)));
      break;
    case Format::kJsonl:
      print(dump_line(to_json(*article)));
      break;
    case Format::kMarkdown:
      print(article_markdown(*article));
      break;
    case Format::kText:
      print(article_text(*article, output_columns()));
      break;
  }
  return kExitOk;
}

// Prints an overview's rows (papers, districts) in `format`: JSON from
// to_json, else the table `markdown` or `text` makes of them.
template <class Rows, class Markdown, class Text>
void print_overview(const Rows& rows, Format format, Markdown markdown, Text text) {
  switch (format) {
    case Format::kJson:
    case Format::kJsonl:
      print(json_items(rows, format));
      break;
    case Format::kMarkdown:
      print(markdown(rows));
      break;
    case Format::kText:
      print(text(rows));
      break;
  }
}

// A note on stderr when some of the library's files were read by another
// kanbao's parser (store::Library::files_to_read_again): an overview
// counts that parser's articles until `kanbao index` reads them again. The
// overview is printed already: a failure to tell is a warning.
void note_files_to_read_again(store::Library& library) {
  const Result<std::int64_t> files = library.files_to_read_again();
  if (!files) {
    print_error("warning: cannot tell which parser read the library's files: " + files.error().message());
  } else if (*files > 0) {
    print_error(
        fmt::format("note: {} {} read by another version of kanbao's parser; `kanbao index "
                    "FOLDER...` on their folders reads them again",
                    *files, *files == 1 ? "file was" : "files were"));
  }
}

Outcome run_papers(const Context& context) {
  KANBAO_ASSIGN_OR_RETURN(const Format format, chosen_format(context.invocation, kReadingFormats));
  KANBAO_ASSIGN_OR_RETURN(store::Library library, open_for_reading(context));
  KANBAO_ASSIGN_OR_RETURN(const std::vector<store::PaperRow> rows, library.papers());
  print_overview(rows, format, papers_markdown,
                 [](const std::vector<store::PaperRow>& r) { return papers_text(r, output_columns()); });
  note_files_to_read_again(library);
  return kExitOk;
}

Outcome run_districts(const Context& context) {
  KANBAO_ASSIGN_OR_RETURN(const Format format, chosen_format(context.invocation, kReadingFormats));
  KANBAO_ASSIGN_OR_RETURN(store::Library library, open_for_reading(context));
  const auto papers = reading_papers(context.config);
  KANBAO_ASSIGN_OR_RETURN(std::vector<store::DistrictRow> rows, library.districts(papers.get()));
  if (format == Format::kText || format == Format::kMarkdown) {
    // The rows of the browser's districts screen: 全部 (every article, a
    // national paper's too), then the districts and 未知地区 (shown_districts).
    store::DistrictRow all = store::all_districts(rows);
    all.name = tui::all_districts_label();
    rows = store::shown_districts(std::move(rows));
    rows.insert(rows.begin(), std::move(all));
  } else {
    // A national paper's articles (人民日报) have no district by design: they
    // are no district's, not 未知地区's, which only a city paper's are.
    std::erase_if(rows, [](const store::DistrictRow& row) { return row.no_district_applies; });
  }
  print_overview(rows, format, districts_markdown, districts_text);
  note_files_to_read_again(library);
  return kExitOk;
}

}  // namespace kanbao::cli
