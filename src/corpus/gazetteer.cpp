// SPDX-License-Identifier: MIT
#include "corpus/gazetteer.h"

#include <algorithm>
#include <bitset>
#include <map>
#include <set>
#include <span>
#include <unordered_map>

#include "corpus/split.h"
#include "corpus/surnames.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

using Entry = std::pair<std::string, std::string>;
using ShortForm = Gazetteer::ShortForm;

bool starts_with_any(std::string_view s, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return s.starts_with(w); });
}

bool ends_with_any(std::string_view s, std::span<const std::string> words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return s.ends_with(w); });
}

// Words right after a short form that make it a place: a unit's word
// (西湖街道, 上城城区), its offices (上城法院, 萧山警方), its area (桐庐境内).
constexpr std::string_view kPlaceWords[] = {"街道", "镇",   "乡",     "村",   "社区", "城区", "县城",
                                            "山区", "境内", "辖区",   "一带", "全域", "警方", "公安",
                                            "交警", "法院", "检察院", "消防", "分局"};
// Words after a short form that make it a feature named after the place:
// a river (钱塘江, 惠济河), a road (余杭塘路, 金水路), a mountain, a temple,
// a tea and its growing area (钱塘龙井, 钱塘产区).
constexpr std::string_view kFeatureWords[] = {"江",   "河", "湖", "溪", "塘",   "路",  "街",
                                              "大道", "桥", "山", "寺", "龙井", "产区"};

// The last code point of s, 0 if none.
char32_t last_char(std::string_view s) { return s.empty() ? 0 : util::last(s); }

// Whether the short form at `at` in `text` counts (Gazetteer::add_short_forms).
bool short_form_counts(std::string_view text, std::size_t at, const ShortForm& sf,
                       const std::vector<std::string>& other_places,
                       std::span<const std::string> own_places) {
  const std::string_view before = text.substr(0, at);
  const std::string_view after = text.substr(at + sf.alias.size());
  if (starts_with_any(after, kPlaceWords)) return true;
  if ((before.ends_with("（") || before.ends_with("(")) &&
      (after.starts_with("）") || after.starts_with(")")))
    return true;
  if (sf.needs_place_word || starts_with_any(after, kFeatureWords)) return false;
  // 王建德, 张富阳: a person's given name, unless the character before
  // ends a place's name (浙江淳安: 江 is a surname too).
  return !bylines::is_common_surname(last_char(before)) || ends_with_any(before, other_places) ||
         ends_with_any(before, own_places);
}

// Leftmost-longest matching of the non-ASCII (Han) aliases: at each position
// the longest alias wins and scanning resumes after it, so 管城经开区 is one
// match and never also counts as 经开区. Short forms (add_short_forms) take
// part where given; a full name wins over a short form of its length.
class Matcher {
 public:
  // A match of one of `shared` right after one of `other_places` is skipped.
  Matcher(const std::vector<Entry>& entries, const std::vector<std::string>& shared,
          const std::vector<std::string>& other_places, std::span<const ShortForm> short_forms = {},
          std::span<const std::string> own_places = {})
      : shared_(shared), other_places_(other_places), own_places_(own_places) {
    for (const auto& e : entries) {
      if (e.first.empty() || is_ascii(e.first)) continue;
      insert({e.first, &e.second, &e, nullptr});
    }
    for (const auto& sf : short_forms) insert({sf.alias, &sf.canonical, nullptr, &sf});
    for (auto& [c, list] : by_first_) {
      std::stable_sort(list.begin(), list.end(), [](const Candidate& a, const Candidate& b) {
        return a.alias.size() > b.alias.size();
      });
    }
  }

  // Calls f(canonical) for every match.
  template <class F>
  void scan(std::string_view text, F&& f) const {
    for (std::size_t i = 0; i < text.size();) {
      std::size_t j = i;
      const char32_t c = util::next(text, j);
      if (!may_start_.test(c % may_start_.size())) {  // most characters start no name
        i = j;
        continue;
      }
      const auto it = by_first_.find(c);
      bool matched = false;
      if (it != by_first_.end()) {
        for (const Candidate& k : it->second) {
          if (text.substr(i, k.alias.size()) == k.alias) {
            if (counts(text, i, k)) f(*k.canonical);
            i += k.alias.size();
            matched = true;
            break;
          }
        }
      }
      if (!matched) i = j;
    }
  }

 private:
  struct Candidate {
    std::string_view alias;
    const std::string* canonical;
    const Entry* entry;           // a name or alias, or
    const ShortForm* short_form;  // a short form
  };

  void insert(const Candidate& k) {
    std::size_t i = 0;
    const char32_t first = util::next(k.alias, i);
    by_first_[first].push_back(k);
    may_start_.set(first % may_start_.size());
  }

  bool counts(std::string_view text, std::size_t at, const Candidate& k) const {
    if (k.short_form != nullptr)
      return short_form_counts(text, at, *k.short_form, other_places_, own_places_);
    return !passing(text, at, *k.entry);
  }

  bool passing(std::string_view text, std::size_t at, const Entry& e) const {
    if (!std::binary_search(shared_.begin(), shared_.end(), e.first)) return false;
    const std::string_view before = text.substr(0, at);
    for (const auto& place : other_places_) {
      if (before.size() >= place.size() && before.substr(before.size() - place.size()) == place) return true;
    }
    return false;
  }

  std::unordered_map<char32_t, std::vector<Candidate>> by_first_;
  std::bitset<4096> may_start_;  // first characters of names, by code point modulo 4096
  const std::vector<std::string>& shared_;
  const std::vector<std::string>& other_places_;
  std::span<const std::string> own_places_;  // the city's and province's short names
};

// "管城回族区" -> "管城", "巩义市" -> "巩义", "中牟县" -> "中牟": how an
// edition is named (管城版, 巩义新闻). "" when too short to be safe.
std::string edition_name(std::string_view name) {
  for (std::string_view suffix : {"回族区", "区", "县", "市"}) {
    if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix) {
      name.remove_suffix(suffix.size());
      break;
    }
  }
  return util::length_up_to(name, 2) >= 2 && !is_ascii(name) ? std::string(name) : std::string();
}

// The edition a path component names by a short name: the component is
// the short name, or it follows as 版 / 新闻 / 专版 / 新闻版 (管城版, 金水新闻).
bool names_edition(std::string_view comp, const std::string& short_name) {
  if (short_name.empty()) return false;
  std::size_t at = comp.find(short_name);
  while (at != std::string_view::npos) {
    const std::string_view rest = comp.substr(at + short_name.size());
    if (rest.empty() || rest.rfind("版", 0) == 0 || rest.rfind("新闻", 0) == 0 || rest.rfind("专版", 0) == 0)
      return true;
    at = comp.find(short_name, at + 1);
  }
  return false;
}

// The zone a division's official name makes it (石家庄高新技术产业开发区 ->
// 高新区), "" for an ordinary county-level unit.
std::string zone_of(const std::string& name) {
  if (name.find("高新技术产业开发区") != std::string::npos ||
      name.find("高新技术开发区") != std::string::npos)
    return "高新区";
  if (name.find("经济技术开发区") != std::string::npos) return "经开区";
  return "";
}

// Characters of which ordinary words are made (directions, numbers, 新, 高,
// 城, 江, 湖…): a short form of them alone (西湖, 上城, 中原, 二七, 新城,
// 滨江, 金水, 上街, 南山) is as likely a word as a place.
constexpr std::u32string_view kWordChars =
    U"东西南北中上下前后内外左右一二三四五六七八九十百千万大小高新老长城江河湖海山水原街滨港桥门口关"
    U"金银平安和华兴明光天云红白青黄龙凤文宁开发州市区县岸";
// Short forms that are ordinary words though made of other characters too
// (长寿 longevity, 怀柔 conciliation, 六合 the lottery, 花都 a city of flowers).
constexpr std::string_view kCommonWords[] = {"航空港", "城关", "市中", "郊区", "矿区", "新城",
                                             "老城",   "高新", "经开", "长寿", "怀柔", "金牛",
                                             "花都",   "六合", "新都", "未央"};

bool ordinary_word(std::string_view s) {
  if (std::find(std::begin(kCommonWords), std::end(kCommonWords), s) != std::end(kCommonWords)) return true;
  for (std::size_t i = 0; i < s.size();)
    if (kWordChars.find(util::next(s, i)) == std::u32string_view::npos) return false;
  return true;
}

}  // namespace

// "桐庐县" -> "桐庐", "管城回族区" -> "管城", "郑东新区" -> "郑东", "长阳土家族
// 自治县" -> "长阳" (an autonomous unit by its place's first two characters):
// how a city's own paper writes its units. "" when fewer than two Han
// characters are left, or the name is a zone's (高新区, …开发区).
std::string short_form_of(std::string_view name) {
  if (!zone_of(std::string(name)).empty() || name == "高新区" || name == "经开区" || name == "新区" ||
      name.ends_with("开发区") || name.ends_with("实验区"))
    return "";
  std::string_view rest = name;
  if (rest.ends_with("自治县") || rest.ends_with("自治旗")) {
    std::size_t i = 0;
    for (int k = 0; k < 2 && i < rest.size(); ++k) util::next(rest, i);
    rest = rest.substr(0, i);
  } else {
    for (std::string_view suffix : {"回族区", "新区", "林区", "特区", "区", "县", "市", "旗"}) {
      if (rest.ends_with(suffix)) {
        rest.remove_suffix(suffix.size());
        break;
      }
    }
  }
  if (rest.size() == name.size() || util::length_up_to(rest, 2) < 2) return "";
  for (std::size_t i = 0; i < rest.size();)
    if (!util::is_han(util::next(rest, i))) return "";
  return std::string(rest);
}

Gazetteer Gazetteer::zhengzhou() {
  Gazetteer g;
  const std::pair<const char*, const char*> canon[] = {
      {"管城回族区", "guancheng"},  {"二七区", "erqi"},        {"金水区", "jinshui"},
      {"中原区", "zhongyuan"},      {"惠济区", "huiji"},       {"上街区", "shangjie"},
      {"高新区", "gaoxin"},         {"郑东新区", "zhengdong"}, {"经开区", "jingkai"},
      {"航空港区", "hangkonggang"}, {"巩义市", "gongyi"},      {"荥阳市", "xingyang"},
      {"新密市", "xinmi"},          {"新郑市", "xinzheng"},    {"登封市", "dengfeng"},
      {"中牟县", "zhongmou"},
  };
  for (const auto& [name, pinyin] : canon) {
    g.add(name, name);
    g.add(pinyin, name);
  }
  const std::pair<const char*, const char*> aliases[] = {
      {"管城区", "管城回族区"},
      {"管城经开区", "管城回族区"},
      {"管城经济技术开发区", "管城回族区"},
      {"郑州高新区", "高新区"},
      {"高新技术产业开发区", "高新区"},
      {"郑州高新技术产业开发区", "高新区"},
      {"郑州经开区", "经开区"},
      {"郑州经济技术开发区", "经开区"},
      {"郑州航空港区", "航空港区"},
      {"航空港经济综合实验区", "航空港区"},
      {"郑州航空港经济综合实验区", "航空港区"},
  };
  for (const auto& [alias, name] : aliases) g.add(alias, name);
  return g;
}

Gazetteer Gazetteer::for_prefecture(const Divisions& divisions, std::string_view prefecture) {
  Gazetteer g = prefecture == "郑州市" ? zhengzhou() : Gazetteer();
  const std::string city = Divisions::short_name(prefecture);
  for (const Division* d : divisions.of_prefecture(prefecture)) {
    if (g.canonical(d->name)) continue;
    const std::string& n = d->name;
    const std::string zone = zone_of(n);
    if (zone.empty()) {
      g.add(n, n);
      continue;
    }
    g.add(zone, zone);
    g.add(n, zone);
    g.add(city + zone, zone);
  }
  g.set_passing_mentions(divisions, prefecture);
  return g;
}

Gazetteer Gazetteer::for_province(const Divisions& divisions, std::string_view province) {
  const std::vector<const Division*> units = divisions.of_province(province);
  std::map<std::string, std::set<std::string>> prefectures_of;  // name -> prefectures using it
  for (const Division* d : units) prefectures_of[d->name].insert(d->prefecture);
  Gazetteer g;
  for (const Division* d : units) {
    const std::string city = Divisions::short_name(d->prefecture);
    const std::string zone = zone_of(d->name);
    if (zone.empty() && prefectures_of[d->name].size() == 1) {
      g.add(d->name, d->name);
      continue;
    }
    // Named with its city, the unit is certain: 南京鼓楼区, 南京市鼓楼区,
    // 郑州高新区 and the zone's official name.
    const std::string& local = zone.empty() ? d->name : zone;
    const std::string canonical = zone.empty() ? d->prefecture + local : city + local;
    g.add(canonical, canonical);
    if (zone.empty()) {
      g.add(city + local, canonical);
    } else {
      g.add(d->name, canonical);
      g.add(d->prefecture + local, canonical);
    }
  }
  g.set_province_passing_mentions(divisions, province);
  return g;
}

void Gazetteer::set_province_passing_mentions(const Divisions& divisions, std::string_view province) {
  std::set<std::string> own = {Divisions::short_name(province)};
  for (const Division* d : divisions.of_province(province)) own.insert(Divisions::short_name(d->prefecture));
  std::vector<std::string> places = divisions.place_names();
  std::erase_if(places, [&](const std::string& p) { return own.count(p) != 0; });
  set_passing_mentions(divisions.shared_names(), std::move(places));
}

void Gazetteer::set_passing_mentions(std::vector<std::string> shared, std::vector<std::string> other_places) {
  std::sort(shared.begin(), shared.end());
  std::sort(other_places.begin(), other_places.end());
  shared_ = std::move(shared);
  other_places_ = std::move(other_places);
}

void Gazetteer::set_passing_mentions(const Divisions& divisions, std::string_view prefecture) {
  std::vector<std::string> places = divisions.place_names();
  const std::string own = Divisions::short_name(prefecture);
  std::erase_if(places, [&](const std::string& p) { return p == own; });
  set_passing_mentions(divisions.shared_names(), std::move(places));
}

void Gazetteer::add_short_forms(const Divisions& divisions, std::string_view prefecture) {
  const std::vector<const Division*> units = divisions.of_prefecture(prefecture);
  own_places_ = {Divisions::short_name(prefecture)};
  // A municipality is its own province (上海市, 上海): named once.
  if (!units.empty() && Divisions::short_name(units.front()->province) != own_places_.front())
    own_places_.push_back(Divisions::short_name(units.front()->province));
  const std::vector<std::string> places = divisions.place_names();
  const std::vector<std::string> shared = divisions.shared_names();
  // Short forms other prefectures' units share (鼓楼, 城关, 新华).
  std::map<std::string, std::set<std::string>> cities_of;
  for (const Division& d : divisions.all()) cities_of[short_form_of(d.name)].insert(d.prefecture);
  for (const std::string& name : canonical_names()) {
    std::string alias = short_form_of(name);
    if (alias.empty() || canonical(alias)) continue;
    const auto& cities = cities_of[alias];
    const bool elsewhere = cities.size() > 1 || (cities.size() == 1 && *cities.begin() != prefecture);
    const bool needs_place_word = ordinary_word(alias) || elsewhere ||
                                  std::find(places.begin(), places.end(), alias) != places.end() ||
                                  std::find(shared.begin(), shared.end(), name) != shared.end();
    short_forms_.push_back({std::move(alias), name, needs_place_word});
  }
}

void Gazetteer::add(std::string alias, std::string canonical) {
  if (is_ascii(alias)) alias = lower_ascii(alias);
  if (alias != canonical && !this->canonical(canonical)) entries_.emplace_back(canonical, canonical);
  for (auto& e : entries_) {
    if (e.first == alias) {
      e.second = std::move(canonical);
      return;
    }
  }
  entries_.emplace_back(std::move(alias), std::move(canonical));
}

std::vector<std::string> Gazetteer::canonical_names() const {
  std::vector<std::string> out;
  for (const auto& e : entries_)
    if (std::find(out.begin(), out.end(), e.second) == out.end()) out.push_back(e.second);
  return out;
}

std::optional<std::string> Gazetteer::from_path(std::string_view path) const {
  const Matcher matcher(entries_, shared_, other_places_);
  std::vector<std::pair<std::string, std::string>> editions;  // short name -> canonical
  for (const auto& name : canonical_names()) editions.emplace_back(edition_name(name), name);
  std::size_t end = path.size();
  while (end > 0) {
    std::size_t start = path.find_last_of("/\\", end - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    const std::string_view comp = path.substr(start, end - start);
    std::optional<std::string> found;
    matcher.scan(comp, [&](const std::string& c) {
      if (!found) found = c;
    });
    if (found) return found;
    for (const auto& [short_name, name] : editions)
      if (names_edition(comp, short_name)) return name;
    // Pinyin directory names: whole runs of ASCII letters ("guancheng",
    // "2023_erqi"), so that hashes and words containing them do not count.
    for (std::size_t i = 0; i < comp.size();) {
      if (!is_letter(comp[i])) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < comp.size() && is_letter(comp[j])) ++j;
      const std::string word = lower_ascii(comp.substr(i, j - i));
      for (const auto& e : entries_)
        if (e.first == word) return e.second;
      i = j;
    }
    if (start == 0) break;
    end = start - 1;
  }
  return std::nullopt;
}

namespace {

// The weight of each district named in some text, and the order in which
// they were first named (it breaks ties).
class Tally {
 public:
  void count(const Matcher& matcher, std::string_view text, long weight) {
    matcher.scan(text, [&](const std::string& c) { add(c, weight); });
  }
  void count_article(const Matcher& matcher, const Article& a) {
    count(matcher, a.kicker, 3);
    count(matcher, a.title, 3);
    count(matcher, a.subtitle, 3);
    for (std::size_t p = 0; p < a.paragraphs.size(); ++p) count(matcher, a.paragraphs[p], p == 0 ? 2 : 1);
  }
  void merge(const Tally& other) {
    for (const auto& [c, weight] : other.seen_) add(c, weight);
  }

  // The most weighed district, first named on a tie. One mention deep in
  // the body (an example, a comparison: 在拱墅区半山…举行 in a city-wide
  // story) does not make a district the subject: it needs a heading, a
  // lead, or a second mention.
  std::optional<std::string> subject() const {
    constexpr long kPassingMention = 1;
    const std::pair<std::string, long>* best = nullptr;
    for (const auto& seen : seen_)
      if (seen.second > (best != nullptr ? best->second : kPassingMention)) best = &seen;
    if (best == nullptr) return std::nullopt;
    return best->first;
  }

 private:
  void add(const std::string& canonical, long weight) {
    for (auto& seen : seen_) {
      if (seen.first == canonical) {
        seen.second += weight;
        return;
      }
    }
    seen_.emplace_back(canonical, weight);
  }

  std::vector<std::pair<std::string, long>> seen_;  // first named first; a page names few
};

}  // namespace

std::optional<std::string> Gazetteer::from_text(std::string_view text) const {
  std::vector<std::string> warnings;
  return from_articles(split_articles(text, warnings));
}

std::optional<std::string> Gazetteer::from_articles(std::span<const Article> articles) const {
  const Matcher matcher(entries_, shared_, other_places_, short_forms_, own_places_);
  Tally tally;
  for (const Article& a : articles) tally.count_article(matcher, a);
  return tally.subject();
}

Gazetteer::PageDistricts Gazetteer::for_page(std::span<const Article> articles,
                                             std::span<const FurnitureLine> furniture) const {
  const Matcher matcher(entries_, shared_, other_places_, short_forms_, own_places_);
  PageDistricts out;
  out.articles.reserve(articles.size());
  Tally page;
  for (const FurnitureLine& f : furniture) page.count(matcher, f.text, 3);  // page heads weigh as headings
  out.head = page.subject();
  for (const Article& a : articles) {
    Tally own;
    own.count_article(matcher, a);
    out.articles.push_back(own.subject());
    page.merge(own);
  }
  out.page = page.subject();
  return out;
}

std::optional<std::string> Gazetteer::canonical(std::string_view name) const {
  name = util::trim(name);
  const std::string key = is_ascii(name) ? lower_ascii(name) : std::string(name);
  for (const auto& e : entries_)
    if (e.first == key) return e.second;
  for (const auto& e : typed_)
    if (e.first == key) return e.second;
  return std::nullopt;
}

void Gazetteer::add_typed_name(std::string alias, std::string canonical) {
  if (!this->canonical(alias)) typed_.emplace_back(std::move(alias), std::move(canonical));
}

}  // namespace kanbao::corpus
