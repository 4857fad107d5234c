// SPDX-License-Identifier: MIT
#include "tui/article_words.h"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "text/strings.h"
#include "text/width.h"
#include "tui/i18n.h"

namespace kanbao::tui {
namespace {

constexpr const char* kUnknownDate = N_("日期不详");
constexpr const char* kUnknownDistrict = N_("未知地区");
constexpr const char* kNoBodyText = N_("图片新闻（档案中无正文）");
// The store's Chinese words are these msgids: untranslated, both say the same.
static_assert(std::string_view(kUnknownDate) == store::kUnknownDateLabel);
static_assert(std::string_view(kUnknownDistrict) == store::kUnknownDistrictLabel);
static_assert(std::string_view(kNoBodyText) == store::kNoBodyTextLabel);

}  // namespace

std::string date_label(const store::StoredDate& date) {
  return date.known() ? store::date_label(date) : _(kUnknownDate);
}

std::string date_label(std::string_view stored) {
  if (stored.empty()) return _(kUnknownDate);
  return std::string(stored.rfind("--", 0) == 0 ? stored.substr(2) : stored);
}

std::string district_label(const std::string& name) {
  return name.empty() ? std::string(_(kUnknownDistrict)) : name;
}

std::string district_label(const std::string& district, const std::string& paper,
                           const corpus::Papers& papers) {
  return store::district_label(district, paper, papers).empty() ? std::string() : district_label(district);
}

std::string date_range_label(const store::StoredDate& first, const store::StoredDate& last, int columns) {
  // The forms from the most exact to the shortest.
  std::vector<std::string> forms{date_label(first) + "–" + date_label(last)};
  if (first.year != 0 && last.year != 0) {
    forms.push_back(fmt::format("{:04}-{:02}–{:04}-{:02}", first.year, first.month, last.year, last.month));
    if (first.year == last.year) {
      forms.push_back(first.month == last.month
                          ? fmt::format("{:04}-{:02}", first.year, first.month)
                          : fmt::format("{:04}-{:02}–{:02}", first.year, first.month, last.month));
      forms.push_back(fmt::format("{:04}", first.year));
    } else {
      forms.push_back(fmt::format("{:04}–{:04}", first.year, last.year));
    }
  }
  for (std::string& form : forms) {
    if (text::display_width(form) <= columns) return std::move(form);
  }
  return text::truncate(forms.front(), columns);
}

std::string paper_and_district(const std::string& district, const std::string& paper,
                               const corpus::Papers& papers) {
  if (paper.empty()) return district_label(district, paper, papers);
  return district.empty() ? paper : paper + " " + district;
}

store::HeaderWords header_words() {
  return {
      .pages = _("第{}版"),
      // TRANSLATORS: between the items of a list ("第01、02版"); ", " in English.
      .list_separator = tr_context("list", NC_("list", "、")),
      .published = _("出版 "),
      .events = _("事件 "),
      .reporters = _("记者 "),
      .correspondents = _("通讯员 "),
      .photo_credit = _("文/图"),
      .unknown_date = _(kUnknownDate),
      .unknown_district = _(kUnknownDistrict),
  };
}

std::string meta_line(const store::Article& article) {
  return text::join(store::header_parts(article, header_words()), " · ");
}

std::string no_body_text() { return _(kNoBodyText); }

std::string all_districts_label() { return _("全部"); }

std::string unknown_paper_label() {
  const std::string_view translated = _(store::kUnknownPaperLabel);
  return translated == store::kUnknownPaperLabel ? store::kUnknownPaperLabel : store::kUnknownPaperShown;
}

}  // namespace kanbao::tui
