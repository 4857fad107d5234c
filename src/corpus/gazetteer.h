// SPDX-License-Identifier: MIT
// A city's districts and county-level units, with aliases: Zhengzhou's
// built in, any other prefecture's from the GB/T 2260 divisions.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/article.h"
#include "corpus/divisions.h"

namespace kanbao::corpus {

// "桐庐县" -> "桐庐", "管城回族区" -> "管城": a unit's name without its
// suffix, as a city's own paper writes it (see the definition for the
// exact rule). "" when fewer than two Han characters are left, or for a zone.
std::string short_form_of(std::string_view name);

class Gazetteer {
 public:
  // A short form (add_short_forms): alias -> canonical, and whether the
  // text must use it as a place for it to count.
  struct ShortForm {
    std::string alias, canonical;
    bool needs_place_word = false;
  };

  // The 16 districts and county-level cities of Zhengzhou with their common
  // aliases (管城区 -> 管城回族区, 郑州高新区 -> 高新区, ...).
  static Gazetteer zhengzhou();

  // The county-level units of a prefecture ("南京市") from the divisions:
  // each under its own name, development zones (…经济技术开发区,
  // …高新技术产业开发区) as 经开区 / 高新区 with their full names as
  // aliases. For 郑州市: zhengzhou() plus any unit it lacks. Passing
  // mentions (below) are set from the divisions.
  static Gazetteer for_prefecture(const Divisions& divisions, std::string_view prefecture);

  // The county-level units of a province ("河南省"), for its provincial
  // paper: a name unique within the province under its own name (金水区);
  // a name several of its prefectures share (江苏's 鼓楼区) and every
  // development zone only with its city before it (南京鼓楼区 ->
  // 南京市鼓楼区, 郑州高新区 -> 郑州高新区): alone it says nothing.
  static Gazetteer for_province(const Divisions& divisions, std::string_view province);

  // Names several cities share (高新区, 鼓楼区) and the names of other
  // places: a shared name written right after another place's name
  // (西安高新区, 北京经开区) is a passing mention of that place's district
  // and never counts, in text or path. `own` (the city's short names) are
  // not "other places".
  void set_passing_mentions(std::vector<std::string> shared, std::vector<std::string> other_places);
  // The same, from the divisions, for a gazetteer of `prefecture`.
  void set_passing_mentions(const Divisions& divisions, std::string_view prefecture);
  // The same for a province's gazetteer: its prefectures are no other places.
  void set_province_passing_mentions(const Divisions& divisions, std::string_view province);

  // Adds the short forms a city paper writes its own city's units by: the
  // name without its suffix (桐庐县 -> 桐庐, 管城回族区 -> 管城, 建德市 ->
  // 建德), when at least two Han characters are left; never for a zone
  // (高新区, 经开区). They count in text only (never in a path, never as a
  // name the user types), and less readily than full names:
  //  - not before a river's, road's or landmark's word (钱塘江, 余杭塘路,
  //    惠济河): that is the feature, named after the place;
  //  - a short form that is also an ordinary word or another place's name
  //    (西湖, 上城, 中原, 二七, 新城, 高新; 鼓楼; 海南) only where the text
  //    uses it as a place: before a unit's word (西湖街道, 上城法院) or alone
  //    in brackets (高新区（滨江）);
  //  - any other (桐庐, 萧山, 管城) also elsewhere, except right after a
  //    surname (王建德 is a person) that ends no place's name (浙江淳安).
  // For a city paper's gazetteer (Papers): no provincial or national paper,
  // and no page of an unknown paper, gets them.
  void add_short_forms(const Divisions& divisions, std::string_view prefecture);

  // The short names of a city paper's own city and province (杭州, 浙江;
  // 上海 for Shanghai's), as add_short_forms() set them; empty for any
  // other gazetteer.
  std::span<const std::string> own_places() const { return own_places_; }

  // Adds a name (or an alias of a canonical name) - used by the configuration.
  void add(std::string alias, std::string canonical);

  // Canonical names, in a stable order.
  std::vector<std::string> canonical_names() const;

  // The district named by a component of `path` (deepest component wins):
  // a name or alias in it, a pinyin directory name, or an edition named by
  // the short name (管城版, 金水新闻, the component 二七).
  std::optional<std::string> from_path(std::string_view path) const;

  // The page's own district from its text (a whole decoded page, split
  // into articles as parse_page does): from_articles() of its articles.
  std::optional<std::string> from_text(std::string_view text) const;

  // The district that articles are about: occurrences are counted with
  // leftmost-longest matching (so 管城经开区 is not 经开区); headings (kicker,
  // title, subtitle) weigh x3, lead paragraphs x2 and other body text x1.
  // Ties go to the name seen first. A name with a single body mention
  // (weight 1) is a passing mention, not the subject: none.
  std::optional<std::string> from_articles(std::span<const Article> articles) const;

  // A parsed page's districts in one reading of its text: each article's
  // (from_articles() of it alone) and the page's (from_articles() of them
  // all, its furniture counted as headings: a page head 管城新闻 names it).
  struct PageDistricts {
    std::optional<std::string> page;
    std::optional<std::string> head;                   // what the furniture alone names
    std::vector<std::optional<std::string>> articles;  // one per article, in order
  };
  PageDistricts for_page(std::span<const Article> articles, std::span<const FurnitureLine> furniture) const;

  // Canonical name for a name or alias the user typed, if known.
  std::optional<std::string> canonical(std::string_view name) const;
  // Adds a name the user may type for a district (canonical() finds it)
  // that never counts in text or a path: the store's short name of a
  // district its library holds (拱墅 for 拱墅区). A known name stays as it is.
  void add_typed_name(std::string alias, std::string canonical);

 private:
  std::vector<std::pair<std::string, std::string>> entries_;  // alias -> canonical
  std::vector<std::pair<std::string, std::string>> typed_;    // add_typed_name: alias -> canonical
  std::vector<std::string> shared_;                           // sorted
  std::vector<std::string> other_places_;                     // sorted
  std::vector<ShortForm> short_forms_;
  std::vector<std::string> own_places_;  // the city's and its province's short names (杭州, 浙江)
};

}  // namespace kanbao::corpus
