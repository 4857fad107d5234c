// SPDX-License-Identifier: MIT
#include "corpus/placement.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "corpus/archive_path.h"
#include "corpus/furniture.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

const Papers& papers_of(const PageContext& context) {
  static const Papers kBuiltIn;
  return context.papers != nullptr ? *context.papers : kBuiltIn;
}

// Gaps of the origin filled from a masthead line: the first of the page's
// first eight non-blank lines, else of its furniture, that is one.
void complete_from_masthead(Page& page, std::string_view text, const PageContext& context) {
  PageOrigin& o = page.origin;
  const bool whole_date = o.issue && o.issue->month != 0;
  if (!o.paper.empty() && whole_date && !o.page.empty()) return;
  std::optional<Masthead> found;
  int lines = 0;
  while (!text.empty() && lines < 8 && !found) {
    const std::size_t nl = text.find('\n');
    const std::string_view line = util::trim(text.substr(0, nl));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (line.empty()) continue;
    ++lines;
    found = masthead_line(line);
  }
  for (std::size_t i = 0; i < page.furniture.size() && !found; ++i)
    found = masthead_line(page.furniture[i].text);
  if (!found) return;
  if (o.paper.empty() && !found->paper.empty())
    o.paper = papers_of(context).paper_in(found->paper).value_or(found->paper);
  // The path's year (or --year) and the masthead's disagreeing means the
  // masthead belongs to another issue quoted on the page: keep the path's.
  if (!whole_date && (!o.issue || o.issue->year == found->date.year)) o.issue = found->date;
  if (o.page.empty()) o.page = found->page;
}

// A page one district's edition: every article that names a district names
// the page's, and that district is named by the page head (管城新闻) or is
// the subject of at least two articles. One story about a district on a
// city page does not make the page that district's: on 都市快报's pages it
// gave 20 of 37 districted articles a district their text never names (a
// page of four stories, one about 拱墅区), while the five Zhengzhou edition
// pages of data/sample name it in every article.
// The furniture that says what a page is about (masthead, section head,
// edition): all but the colophon, whose printer's or office's address
// (印刷：…（杭州市钱塘区…）) named the district of every article on 都市快报's
// last page of news.
std::vector<FurnitureLine> page_heads(const std::vector<FurnitureLine>& furniture) {
  std::vector<FurnitureLine> heads;
  for (const FurnitureLine& f : furniture)
    if (!is_colophon_line(f.text)) heads.push_back(f);
  return heads;
}

bool district_page(const Gazetteer::PageDistricts& found) {
  if (!found.page) return false;
  int naming = 0;
  for (const auto& own : found.articles) {
    if (!own) continue;
    if (*own != *found.page) return false;
    ++naming;
  }
  constexpr int kSeveralArticles = 2;
  return found.head == found.page || naming >= kSeveralArticles;
}

}  // namespace

PageOrigin origin_of(const PageContext& context) {
  PageOrigin origin;
  origin.paper = !context.paper.empty() ? context.paper : papers_of(context).paper_of_path(context.path);
  if (context.date) {
    origin.issue = context.date;
  } else if (auto date = date_from_path(context.path)) {
    origin.issue = date;
  } else {
    std::optional<int> year = context.year;
    if (!year) year = year_from_path(context.path);
    if (year) origin.issue = Date{*year, 0, 0};
  }
  if (auto page = page_from_stem(file_stem(context.path))) {
    origin.page = std::move(page->page);
    origin.page_name = std::move(page->page_name);
    origin.article_in_file = page->article_in_file;
  }
  return origin;
}

namespace {

// The gazetteer of the page's paper: its city's (nullptr for a national
// paper or one whose city is unknown); for a page of no known paper the
// papers' home gazetteer (Zhengzhou and the configuration, knowing passing
// mentions), else the context's.
const Gazetteer* gazetteer_of(const PageOrigin& origin, const PageContext& context) {
  static const Gazetteer kZhengzhou = Gazetteer::zhengzhou();
  if (!origin.paper.empty() || context.papers != nullptr)
    return papers_of(context).gazetteer_for(origin.paper);
  return context.gazetteer != nullptr ? context.gazetteer : &kZhengzhou;
}

}  // namespace

std::span<const std::string> home_places(const PageOrigin& origin, const PageContext& context) {
  const Gazetteer* gazetteer = gazetteer_of(origin, context);
  return gazetteer != nullptr ? gazetteer->own_places() : std::span<const std::string>();
}

void assign_districts(Page& page, std::string_view text, const PageContext& context) {
  complete_from_masthead(page, text, context);
  const Gazetteer* gazetteer = gazetteer_of(page.origin, context);
  page.district.clear();
  for (Article& a : page.articles) a.district.clear();
  if (gazetteer == nullptr) return;
  // An edition the path names (金水版/, guancheng/) is every article's.
  if (auto edition = gazetteer->from_path(context.path)) {
    page.district = *edition;
    for (Article& a : page.articles) a.district = page.district;
    return;
  }
  if (page.articles.empty()) return;
  // Else the page's district is what its whole text (page heads included)
  // is about, and each article's what it is about itself: a city page of
  // several districts' stories gives each its own. An article that names
  // none (a photo, a short item) takes the page's only on a district's
  // page (district_page below).
  const Gazetteer::PageDistricts found = gazetteer->for_page(page.articles, page_heads(page.furniture));
  page.district = found.page.value_or("");
  const bool fill = district_page(found);
  for (std::size_t n = 0; n < page.articles.size(); ++n) {
    const auto& own = found.articles[n];
    page.articles[n].district = own ? *own : fill ? page.district : "";
  }
}

}  // namespace kanbao::corpus
