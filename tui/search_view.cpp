// SPDX-License-Identifier: MIT
// Search: a prompt whose results update as you type (debounced), then a
// result list; Enter opens the reader at the first hit.
#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <map>
#include <tuple>

#include "store/national_papers.h"
#include "text/width.h"
#include "tui/article_words.h"
#include "tui/i18n.h"
#include "tui/prompt.h"
#include "tui/reader_layout.h"
#include "tui/row_fit.h"
#include "tui/scroller.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

constexpr auto kSearchDelay = std::chrono::milliseconds(150);
constexpr int kPageSize = 30;

class SearchView : public View, public ArticleSequence {
 public:
  SearchView(Context& ctx, std::optional<std::string> district, const std::string& query)
      : district_(district),
        home_district_(std::move(district)),
        papers_(&ctx.papers()),
        library_(&ctx.library()),
        state_(&ctx.state()),
        snippet_columns_(ctx.config().snippet_columns.value) {
    // 未知地区 (the scope, district:) is the city papers' articles of no
    // district, as the districts screen counts and lists it.
    if (auto held = store::held_national_papers(ctx.library(), *papers_)) {
      national_papers_ = std::move(*held);
    } else {
      ctx.message(failed(held.error()), true);
    }
    name_papers_ = holds_several_papers(ctx);
    prompt_.set_history(ctx.state().history());
    prompt_.set_text(query);
    if (!query.empty()) run(ctx);
  }

  std::string title() const override { return _("搜索"); }
  std::string position() const override {
    if (query_.empty()) return {};
    if (hits_.empty()) return _("0 篇");
    if (total_is_estimate_) return trf("{}/约 {} 篇", scroller_.selected + 1, total_);
    return trf("{}/{} 篇", scroller_.selected + 1, total_);
  }
  std::optional<std::string> scope() const override { return district_; }
  std::string search_query() const override { return prompt_.text(); }
  std::optional<std::int64_t> preview_id() const override {
    if (hits_.empty()) return std::nullopt;
    return hits_[static_cast<std::size_t>(scroller_.selected)].id;
  }

  void render(Screen& screen, const Rect& area) override {
    const int right = area.col + area.cols;
    // The prompt line: "/ query      [scope]"
    const std::string scope = "[" + (district_ ? district_label(*district_) : all_districts_label()) + "]";
    const int scope_w = std::min(text::display_width(scope), std::max(area.cols / 3, 0));
    int col = screen.put(area.row, area.col, "/ ", Style::kKey, right);
    int cursor = 0;
    const int field = std::max(right - col - scope_w - 1, 1);
    screen.put(area.row, col, prompt_.visible(field, cursor),
               editing_ ? prompt_style(prompt_) : Style::kTitle, col + field);
    if (scope_w > 0)
      screen.put(area.row, right - scope_w, text::truncate(scope, scope_w), Style::kDim, right);
    if (editing_) screen.set_cursor(area.row, col + cursor);

    height_ = std::max((area.rows - 1) / 2, 1);
    scroller_.select(scroller_.selected, static_cast<int>(hits_.size()), height_);
    if (error_.empty()) load_shown_rows();
    if (!error_.empty()) {
      screen.put(area.row + 1, area.col + 2, error_, Style::kError, right);
      return;
    }
    if (hits_.empty() && !query_.empty() && !deadline_) {
      screen.put(area.row + 1, area.col + 2, trf("没有找到「{}」", query_), Style::kDim, right);
    }
    for (int r = 0; r < height_; ++r) {
      const int i = scroller_.top + r;
      if (i >= static_cast<int>(hits_.size())) break;
      const store::SearchHit& hit = hits_[static_cast<std::size_t>(i)];
      draw_hit(screen, area.row + 1 + 2 * r, area.col, area.cols, area.row + area.rows, hit, rows_.at(hit.id),
               i == scroller_.selected && !editing_);
    }
  }

  bool on_key(int key, Context& ctx) override {
    if (!editing_) return false;
    switch (prompt_.handle(key)) {
      case Prompt::Result::kEdited:
        deadline_ = Clock::now() + kSearchDelay;
        return true;
      case Prompt::Result::kMoved:
        return true;
      case Prompt::Result::kAccept:
        if (deadline_ || prompt_.text() != query_) run(ctx);
        remember(ctx);
        editing_ = hits_.empty() && query_.empty();
        return true;
      case Prompt::Result::kCancel:
        remember(ctx);
        ctx.pop();
        return true;
      case Prompt::Result::kNone:
        return false;
    }
    return false;
  }

  std::optional<Clock::time_point> deadline() const override { return deadline_; }
  void on_tick(Context& ctx) override { run(ctx); }

  bool on_action(Action action, Context& ctx) override {
    // G goes to the last result, not the last one loaded so far.
    if (action == Action::kBottom) return go_to(total_ - 1, ctx);
    const int count = static_cast<int>(hits_.size());
    if (scroller_.apply(action, count, height_)) {
      load_more_if_needed(ctx);
      return true;
    }
    switch (action) {
      case Action::kOpen:
        if (!hits_.empty()) open(ctx, 1);
        return true;
      case Action::kSearch:
        editing_ = true;
        prompt_.offer(prompt_.text());  // a new query replaces it as it is typed
        return true;
      case Action::kWiden:
        // Tab toggles: all districts, then back to where the search began.
        if (district_) {
          district_.reset();
          run(ctx);
          ctx.message(_("在全部地区搜索"));
        } else if (home_district_) {
          district_ = home_district_;
          run(ctx);
          ctx.message(trf("只在{}搜索", district_label(*district_)));
        } else {
          ctx.message(_("已在全部地区搜索"));
        }
        return true;
      case Action::kSort:
        by_date_ = !by_date_;
        if (by_date_) sort_by_date(ctx);
        if (!by_date_) run(ctx);
        ctx.message(by_date_ ? _("结果按日期排列（最新在前）") : _("结果按相关度排列"));
        return true;
      case Action::kBack:
        remember(ctx);
        ctx.pop();
        return true;
      default:
        return false;
    }
  }

  // A click selects a result; a click on the selected one opens it.
  void on_click(int row, Context& ctx) override {
    if (row < 1) return;
    const int target = scroller_.top + (row - 1) / 2;
    if (target == scroller_.selected && target < static_cast<int>(hits_.size()) && !editing_) {
      open(ctx, 1);
      return;
    }
    editing_ = false;
    scroller_.select(target, static_cast<int>(hits_.size()), height_);
  }

  // Loads the pages up to `index` (a jump far ahead takes them kJumpPageSize
  // at a time, fewer queries than the list's own paging).
  bool go_to(std::int64_t index, Context& ctx) override {
    while (!by_date_ && index >= static_cast<std::int64_t>(hits_.size()) &&
           static_cast<std::int64_t>(hits_.size()) < total_) {
      const auto before = hits_.size();
      load_more(ctx, index + 1 - static_cast<std::int64_t>(before) > kPageSize ? kJumpPageSize : kPageSize);
      if (hits_.size() == before) break;
    }
    scroller_.select(static_cast<int>(std::min<std::int64_t>(index, INT_MAX)), static_cast<int>(hits_.size()),
                     height_);
    return true;
  }
  std::int64_t length() const override { return static_cast<std::int64_t>(hits_.size()); }

  unsigned where() const override { return kAnywhere | kLists | kResults; }

  std::vector<Action> hints() const override {
    if (editing_) return {Action::kOpen, Action::kWiden, Action::kHelp};
    return {Action::kDown, Action::kOpen, Action::kSearch, Action::kWiden, Action::kSort, Action::kBack};
  }

  bool editing() const { return editing_; }

  std::optional<std::int64_t> step(int delta, Context& ctx) override {
    const int next = scroller_.selected + delta;
    if (next < 0) return std::nullopt;
    if (next >= static_cast<int>(hits_.size()) && !by_date_) {
      load_more(ctx);
      if (next >= static_cast<int>(hits_.size())) return std::nullopt;
    }
    scroller_.select(next, static_cast<int>(hits_.size()), height_);
    return hits_[static_cast<std::size_t>(next)].id;
  }

  bool select_article(std::int64_t id, Context&) override {
    const auto found = std::find_if(hits_.begin(), hits_.end(), [id](const auto& h) { return h.id == id; });
    if (found == hits_.end() || editing_) return false;
    scroller_.select(static_cast<int>(found - hits_.begin()), static_cast<int>(hits_.size()), height_);
    return true;
  }

 private:
  // The list rows of the hits on screen, for their unread and bookmark
  // marks (reading state is keyed by what a hit does not carry: the file
  // and position on the page). Read once a hit, as it comes into view, not
  // for every hit (sorting by date fetches up to kMaxByDate); a failed read
  // is shown as a failed search is.
  void load_shown_rows() {
    for (int r = 0; r < height_; ++r) {
      const int i = scroller_.top + r;
      if (i >= static_cast<int>(hits_.size())) break;
      const std::int64_t id = hits_[static_cast<std::size_t>(i)].id;
      if (rows_.count(id) != 0) continue;
      auto article = library_->article(id);
      if (!article) {
        error_ = failed(article.error());
        return;
      }
      rows_[id] = *article ? std::optional<store::ArticleRow>(static_cast<store::ArticleRow>(**article))
                           : std::nullopt;
    }
  }

  // A hit's row: • unread and * bookmarked, as the other lists mark them
  // (none for an article gone from the library), the title, then hits,
  // date and place at the right; the snippet under it.
  void draw_hit(Screen& screen, int y, int col0, int cols, int bottom, const store::SearchHit& hit,
                const std::optional<store::ArticleRow>& row, bool selected) const {
    if (y >= bottom) return;
    const int right = col0 + cols;
    const Style base = selected ? Style::kSelected : Style::kNormal;
    const Style dim = selected ? Style::kSelected : Style::kDim;
    screen.fill(y, col0, right, base);
    const bool unread = row && !state_->is_read(*row);
    const bool marked = row && state_->is_bookmarked(*row);
    screen.put(y, screen.put(y, col0, unread ? "•" : " ", base, right), marked ? "*" : " ", base, right);
    // Most telling first, so a cut takes the district: hits (none for a
    // filter-only query such as date: or district:), date, district.
    // A hit of no known district names its paper instead, when it has one
    // (a national paper's, where no district applies, or a city paper's
    // article the parser could not place: 都市快报 says more than 未知地区).
    // A row too narrow for all of it drops the date, then gives the title
    // its full width before the rest of the metadata (split_row).
    // With several papers in the library, the paper comes first ("新民晚报
    // 普陀区"), so a cut takes the district.
    const std::string where = name_papers_ ? paper_and_district(hit.district, hit.paper, *papers_)
                              : hit.district.empty() && !hit.paper.empty()
                                  ? ""
                                  : district_label(hit.district, hit.paper, *papers_);
    // (One hit has a string of its own: English says "1 hit", not "1 hits".)
    const std::string hits = hit.hit_count == 1  ? std::string(_("1 处 · "))
                             : hit.hit_count > 0 ? trf("{} 处 · ", hit.hit_count)
                                                 : std::string();
    // An article printed on several pages (下转/上接) names them all.
    std::string place = where.empty() ? hit.paper : where;
    if (const std::string pages = several_pages_label(hit.pages); !pages.empty())
      place += (place.empty() ? "" : " ") + pages;
    std::string meta = hits + date_label(store::listing_date(hit)) + " · " + place;
    const int title_full = text::display_width(hit.title);
    // The marks and a space, the title, a gap, the metadata and a space.
    const int free = cols - kTitleCol - 2;
    RowWidths w = split_row_keep_column(free, title_full, text::display_width(meta));
    if (w.meta < text::display_width(meta)) {
      meta = hits + place;
      w = split_row(free, title_full, text::display_width(meta));
    }
    const int title_w = w.meta > 0 ? w.title : cols - kTitleCol - 1;
    screen.put(y, col0 + kTitleCol, hit.title, selected ? base : Style::kTitle, col0 + kTitleCol + title_w);
    if (w.meta > 0) screen.put_right(y, right - 1, w.meta, meta, dim);
    if (y + 1 >= bottom) return;
    screen.fill(y + 1, col0, right, base);
    // The snippet with its highlighted byte ranges.
    int col = col0 + 3;
    std::size_t pos = 0;
    const std::string& s = hit.snippet;
    for (const auto& span : hit.highlights) {
      if (span.begin < pos || span.end > s.size() || span.begin >= span.end) continue;
      col = screen.put(y + 1, col, s.substr(pos, span.begin - pos), dim, right);
      col = screen.put(y + 1, col, s.substr(span.begin, span.end - span.begin),
                       selected ? Style::kSelectedHighlight : Style::kHighlight, right);
      pos = span.end;
    }
    if (pos < s.size()) screen.put(y + 1, col, s.substr(pos), dim, right);
  }

  void remember(Context& ctx) {
    const std::string q = prompt_.text();
    if (q.empty()) return;
    prompt_.remember(q);
    // The stored history also holds what other sessions searched for.
    if (auto s = ctx.state().add_history(q); !s) {
      ctx.message(_("搜索历史未保存：") + s.error().message(), true);
    } else {
      prompt_.set_history(ctx.state().history());
    }
  }

  store::SearchRequest request() const {
    store::SearchRequest r;
    r.query = query_;
    r.district = district_;
    r.national_papers = national_papers_;
    r.limit = kPageSize;
    r.snippet_columns = snippet_columns_;
    return r;
  }

  void run(Context& ctx) {
    deadline_.reset();
    by_date_ = false;
    query_ = prompt_.text();
    hits_.clear();
    rows_.clear();
    total_ = 0;
    total_is_estimate_ = false;
    error_.clear();
    scroller_ = Scroller{};
    if (query_.empty()) return;
    auto page = ctx.library().search(request());
    if (!page) {
      error_ = failed(page.error());
      ctx.message(error_, true);
      return;
    }
    hits_ = std::move(page->hits);
    total_ = page->total;
    total_is_estimate_ = page->total_is_estimate;
    if (total_ == 0) explain_empty_date_filter(ctx);
  }

  // A date filter with a year finds nothing in a library whose dates have
  // no year (pages indexed without one): say so instead of just "0 篇".
  void explain_empty_date_filter(Context& ctx) {
    const auto at = query_.find("date:");
    if (at == std::string::npos || query_.find_first_of("0123456789", at) == std::string::npos) return;
    const std::string value = query_.substr(at + 5, query_.find(' ', at) - (at + 5));
    const bool has_year = value.size() >= 4 && value.find('-') != 2 && value.find('-') != 1;
    if (!has_year) return;
    auto districts = ctx.library().districts();
    if (!districts) return;
    for (const auto& d : *districts) {
      if (d.first_date.year != 0 || d.last_date.year != 0) return;
    }
    error_ =
        _("这个资料库的日期都没有年份，带年份的 date: 找不到文章；请用 date:MM-DD（如 date:06-20），"
          "或用 kanbao index --year 年份 重新索引");
  }

  void load_more(Context& ctx, int limit = kPageSize) {
    if (hits_.empty() || static_cast<std::int64_t>(hits_.size()) >= total_) return;
    auto r = request();
    r.limit = limit;
    r.after = hits_.back().cursor;
    auto page = ctx.library().search(r);
    if (!page) {
      ctx.message(failed(page.error()), true);
      return;
    }
    if (page->hits.empty()) {  // the estimate was high: now the count is known
      total_ = static_cast<std::int64_t>(hits_.size());
      total_is_estimate_ = false;
    }
    hits_.insert(hits_.end(), page->hits.begin(), page->hits.end());
  }

  void load_more_if_needed(Context& ctx) {
    if (by_date_) return;  // all the date-sorted hits are loaded
    if (scroller_.selected + height_ >= static_cast<int>(hits_.size())) load_more(ctx);
  }

  void open(Context& ctx, int direction) {
    ReaderOptions options;
    options.query = query_;
    options.start_at_first_hit = direction > 0;
    options.sequence = this;
    options.from_list = true;
    options.list_scope = district_;
    ctx.push(make_reader_view(ctx, hits_[static_cast<std::size_t>(scroller_.selected)].id, options));
  }

  // `s`: the results newest first. The store ranks by relevance; up to
  // kMaxByDate hits are fetched and ordered here.
  void sort_by_date(Context& ctx) {
    while (static_cast<std::int64_t>(hits_.size()) < std::min<std::int64_t>(total_, kMaxByDate)) {
      const auto before = hits_.size();
      load_more(ctx);
      if (hits_.size() == before) break;
    }
    std::stable_sort(hits_.begin(), hits_.end(), [](const store::SearchHit& a, const store::SearchHit& b) {
      const store::StoredDate &x = store::listing_date(a), &y = store::listing_date(b);
      return std::tuple(x.year, x.month, x.day) > std::tuple(y.year, y.month, y.day);
    });
    scroller_ = Scroller{};
    if (total_ > kMaxByDate) ctx.message(trf("按日期排列了前 {} 篇（共 {} 篇）", kMaxByDate, total_));
  }

  static constexpr std::int64_t kMaxByDate = 2000;
  static constexpr int kJumpPageSize = 500;
  static constexpr int kTitleCol = 3;  // after the • and * marks and a space, as in the other lists
  std::optional<std::string> district_;
  std::optional<std::string> home_district_;  // where the search began (Tab comes back)
  const corpus::Papers* papers_;              // the Context's, which outlives the view
  std::vector<std::string> national_papers_;  // SearchRequest::national_papers
  bool name_papers_ = false;                  // the library holds several papers: rows name them
  store::Library* library_;                   // the Context's
  const State* state_;                        // the Context's
  // The list rows of the hits shown so far (load_shown_rows); nullopt: gone.
  std::map<std::int64_t, std::optional<store::ArticleRow>> rows_;
  bool by_date_ = false;
  int snippet_columns_;  // `search.snippet`
  Prompt prompt_;
  bool editing_ = true;
  std::string query_;  // the query the results are for
  std::vector<store::SearchHit> hits_;
  std::int64_t total_ = 0;
  bool total_is_estimate_ = false;  // total_ was sampled (store::SearchPage)
  std::string error_;
  std::optional<Clock::time_point> deadline_;
  Scroller scroller_;
  int height_ = 1;
};

}  // namespace

std::unique_ptr<View> make_search_view(Context& ctx, std::optional<std::string> district,
                                       const std::string& query) {
  return std::make_unique<SearchView>(ctx, std::move(district), query);
}

}  // namespace kanbao::tui
