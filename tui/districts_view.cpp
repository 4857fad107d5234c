// SPDX-License-Identifier: MIT
// The first screen: every district with its article count, date range and a
// per-month bar of article counts, plus 全部 (all) and 书签 (bookmarks).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "text/width.h"
#include "tui/article_words.h"
#include "tui/district_counts.h"
#include "tui/i18n.h"
#include "tui/reader_layout.h"
#include "tui/scroller.h"
#include "tui/view.h"

namespace kanbao::tui {

namespace {

int month_index(int year, int month) { return year * 12 + (month - 1); }

// ▁▂▃▅▇ by share of the district's busiest month; a space for none.
std::string bar(const store::DistrictRow& d, int first, int count) {
  std::map<int, std::int64_t> by_month;
  std::int64_t max = 0;
  for (const auto& m : d.months) {
    if (m.month < 1) continue;
    by_month[month_index(m.year, m.month)] += m.articles;
  }
  for (const auto& [k, v] : by_month) max = std::max(max, v);
  static const char* const kLevels[] = {"▁", "▂", "▃", "▅", "▇"};
  std::string out;
  for (int i = 0; i < count; ++i) {
    const auto it = by_month.find(first + i);
    if (it == by_month.end() || max == 0) {
      out += ' ';
      continue;
    }
    const auto level = std::min<std::int64_t>((it->second * 5 - 1) / max, 4);
    out += kLevels[level];
  }
  return out;
}

// The date range column: "2019-02-01–2020-05-31" (date_range_label shortens
// it on a narrow pane).
constexpr int kRangeColumns = 21;

class DistrictsView final : public View {
 public:
  explicit DistrictsView(Context& ctx) : state_(&ctx.state()) { reload(ctx); }

  std::string title() const override { return _("地区"); }
  std::string position() const override {
    return trf("{} 个地区 · {} 篇", districts_.size(), total_articles_);
  }

  // Counts again (`R`, and at the start). The selected row stays on its
  // district (rows are ordered by count, which a re-index changes; the
  // view above, in the left pane of the three-pane layout, shows it), or on
  // the same row number when the district is gone.
  void reload(Context& ctx) override {
    auto rows = ctx.library().districts(&ctx.papers());
    if (!rows) {
      ctx.message(failed(rows.error()), true);
      return;
    }
    const std::optional<std::string> kept = selected_district();
    const bool on_bookmarks = scroller_.selected == count() - 1;
    set_districts(std::move(*rows));
    if (on_bookmarks) {
      scroller_.select(count() - 1, count(), height_);
    } else if (kept) {
      for (std::size_t i = 0; i < districts_.size(); ++i)
        if (districts_[i].name == *kept) scroller_.select(static_cast<int>(i) + 1, count(), height_);
    }
  }

  // The district of the selected row (nullopt: 全部 or 书签).
  std::optional<std::string> selected_district() const {
    const int i = scroller_.selected;
    if (i < 1 || i > static_cast<int>(districts_.size())) return std::nullopt;
    return districts_[static_cast<std::size_t>(i - 1)].name;
  }

  void set_districts(std::vector<store::DistrictRow> rows) {
    districts_ = std::move(rows);
    // A national paper's articles (人民日报) have no district by design:
    // they count in 全部 but not as 未知地区, which only a city paper's
    // article without one is. Articles none of which has a district (the
    // sample's of no paper, say): their lone 未知地区 row would repeat 全部,
    // so 全部 alone lists them.
    total_articles_ = 0;
    first_month_ = last_month_ = -1;
    all_ = store::DistrictRow{};
    for (const auto& d : districts_) {
      total_articles_ += d.articles;
      all_.months.insert(all_.months.end(), d.months.begin(), d.months.end());
      for (const auto& m : d.months) {
        if (m.month < 1) continue;  // year 0 (unknown) months sort first
        const int k = month_index(m.year, m.month);
        if (first_month_ < 0 || k < first_month_) first_month_ = k;
        last_month_ = std::max(last_month_, k);
      }
    }
    districts_ = store::shown_districts(std::move(districts_));
  }

  int count() const { return static_cast<int>(districts_.size()) + 2; }  // 全部 + districts + 书签

  void render(Screen& screen, const Rect& area) override {
    height_ = area.rows;
    scroller_.select(scroller_.selected, count(), height_);
    const int right = area.col + area.cols;
    int name_w = text::display_width(all_districts_label());
    for (const auto& d : districts_) name_w = std::max(name_w, text::display_width(district_label(d.name)));
    name_w = std::min(name_w, std::max(area.cols / 3, 4));
    for (int r = 0; r < area.rows; ++r) {
      const int i = scroller_.top + r;
      if (i >= count()) break;
      const bool selected = i == scroller_.selected;
      const int row = area.row + r;
      const Style base = selected ? Style::kSelected : Style::kNormal;
      const Style dim = selected ? Style::kSelected : Style::kDim;
      screen.fill(row, area.col, right, base);
      int col = area.col + 1;
      if (i == count() - 1) {
        // Read at every frame: current after `m` here or in another session.
        screen.put(row, col, trf("书签 ({})", state_->bookmarks().size()), base, right);
        continue;
      }
      std::string name = all_districts_label();
      std::int64_t articles = total_articles_;
      std::int64_t read = state_->read_count_total();
      std::string range;
      std::string bars;
      const int counts_w = text::display_width(district_counts(0, 0, total_articles_));
      // A column a month, the latest ones the pane has room for.
      const int bar_cols = std::max(area.cols - name_w - counts_w - 6 - kRangeColumns, 0);
      const int bar_first = std::max(first_month_, last_month_ - bar_cols + 1);
      const auto& d = i > 0 ? districts_[static_cast<std::size_t>(i - 1)] : all_;
      if (i > 0) {
        name = district_label(d.name);
        articles = d.articles;
        read = state_->read_count(d.name);
      }
      if (bar_cols > 0 && first_month_ >= 0)
        bars = bar(d, bar_first, std::min(bar_cols, last_month_ - bar_first + 1));
      col = screen.put(row, col, text::fit(text::truncate(name, name_w), name_w), base, right);
      // Counts as wide as the largest one; ranges cut (with "…") only
      // at the pane's edge, never inside their padding. Marks of articles
      // gone from the library could exceed the count.
      const std::int64_t unread = std::max<std::int64_t>(articles - read, 0);
      col = screen.put(row, col, district_counts(articles, unread, total_articles_), dim, right);
      if (i > 0 && d.first_date.known())
        range = date_range_label(d.first_date, d.last_date, std::min(kRangeColumns, right - col - 2));
      screen.put(row, col + 2, range, dim, right);
      col += 2 + kRangeColumns;
      if (!bars.empty() && col + 1 < right)
        screen.put(row, col + 1, bars, selected ? Style::kSelected : Style::kBar, right);
    }
  }

  bool on_action(Action action, Context& ctx) override {
    if (scroller_.apply(action, count(), height_)) return true;
    if (action == Action::kOpen) {
      const int i = scroller_.selected;
      if (i == 0) {
        ctx.push(make_articles_view(ctx, std::nullopt, all_districts_label()));
      } else if (i == count() - 1) {
        ctx.push(make_bookmarks_view(ctx));
      } else {
        const auto& d = districts_[static_cast<std::size_t>(i - 1)];
        ctx.push(make_articles_view(ctx, d.name, district_label(d.name)));
      }
      return true;
    }
    return false;
  }

  // A click selects a row; a click on the selected row opens it.
  void on_click(int row, Context& ctx) override {
    const int target = scroller_.top + row;
    if (target == scroller_.selected && target < count()) {
      on_action(Action::kOpen, ctx);
      return;
    }
    scroller_.select(target, count(), height_);
  }

  bool go_to(std::int64_t index, Context&) override {
    scroller_.select(static_cast<int>(std::min<std::int64_t>(index, count())), count(), height_);
    return true;
  }
  std::int64_t length() const override { return count(); }

  std::vector<Action> hints() const override {
    return {Action::kDown, Action::kOpen, Action::kSearch, Action::kHelp, Action::kBack};
  }

 private:
  std::vector<store::DistrictRow> districts_;
  store::DistrictRow all_;  // 全部: every district's months together
  std::int64_t total_articles_ = 0;
  int first_month_ = -1, last_month_ = -1;
  const State* state_ = nullptr;
  Scroller scroller_;
  int height_ = 1;
};

}  // namespace

std::unique_ptr<View> make_districts_view(Context& ctx) { return std::make_unique<DistrictsView>(ctx); }

}  // namespace kanbao::tui
