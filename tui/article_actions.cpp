// SPDX-License-Identifier: MIT
#include "tui/article_actions.h"

#include <fmt/format.h>

#include "tui/i18n.h"
#include "tui/reader_layout.h"

namespace kanbao::tui {
namespace {

// Pages through `query` from the start, handing each row to `on_row` until
// it returns false. Returns false (with a message) when the library fails.
template <class F>
bool each_listed(store::ListQuery query, Context& ctx, F on_row) {
  query.limit = 500;
  for (;;) {
    auto page = ctx.library().list(query);
    if (!page) {
      ctx.message(failed(page.error()), true);
      return false;
    }
    for (const auto& row : page->rows) {
      if (!on_row(row)) return true;
    }
    if (page->rows.size() < static_cast<std::size_t>(query.limit)) return true;
    query.after = page->cursors.back();
  }
}

std::optional<store::Article> load(std::int64_t id, Context& ctx) {
  auto got = ctx.library().article(id);
  if (!got) {
    ctx.message(failed(got.error()), true);
    return std::nullopt;
  }
  if (!got->has_value()) {
    ctx.message(_("这篇文章已不在库中 (重新索引过？按 R 刷新)"), true);
    return std::nullopt;
  }
  return std::move(**got);
}

}  // namespace

Result<std::optional<std::int64_t>> find_article(const store::ArticleKey& key, std::int64_t hint,
                                                 Context& ctx) {
  KANBAO_ASSIGN_OR_RETURN(const auto at_hint, ctx.library().article(hint));
  if (at_hint && store::article_key(*at_hint) == key) return std::optional<std::int64_t>(hint);
  store::ListQuery query;
  query.title_filter = key.title;
  query.limit = 500;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(const auto page, ctx.library().list(query));
    for (const auto& row : page.rows)
      if (store::article_key(row) == key) return std::optional<std::int64_t>(row.id);
    if (page.rows.size() < static_cast<std::size_t>(query.limit)) return std::optional<std::int64_t>();
    query.after = page.cursors.back();
  }
}

namespace {

void toggle_bookmark(const store::Article& a, Context& ctx) {
  auto on = ctx.state().toggle_bookmark(a);
  if (!on) {
    ctx.message(_("书签未保存：") + on.error().message(), true);
    return;
  }
  ctx.message(*on ? _("已加入书签") : _("已移除书签"));
}

void toggle_read(const store::Article& a, Context& ctx) {
  const bool read = !ctx.state().is_read(a);
  if (auto s = ctx.state().set_read(a, read); !s) {
    ctx.message(_("阅读标记未保存：") + s.error().message(), true);
    return;
  }
  ctx.message(read ? _("已标为已读") : _("已标为未读"));
}

}  // namespace

bool act_on_article(Action action, std::optional<std::int64_t> id, Context& ctx) {
  if (action != Action::kBookmark && action != Action::kCopy && action != Action::kPager &&
      action != Action::kToggleRead) {
    return false;
  }
  if (!id) {
    ctx.message(_("没有选中的文章"));
    return true;
  }
  const auto article = load(*id, ctx);
  if (!article) return true;
  switch (action) {
    case Action::kBookmark:
      toggle_bookmark(*article, ctx);
      break;
    case Action::kToggleRead:
      toggle_read(*article, ctx);
      break;
    case Action::kCopy:
      if (const Status st = ctx.copy_to_clipboard(article->title + " — " + article->source); !st) {
        ctx.message(st.error().message(), true);
      } else {
        ctx.message(_("已复制标题和出处 (OSC 52)"));
      }
      break;
    case Action::kPager:
      ctx.show_in_pager(article_text(*article));
      break;
    default:
      break;
  }
  return true;
}

void mark_opened(const store::ArticleRow& article, Context& ctx) {
  if (auto s = ctx.state().set_read(article, true); !s)
    ctx.message(_("阅读标记未保存：") + s.error().message(), true);
}

std::optional<std::int64_t> first_unread(Context& ctx, std::optional<std::int64_t> skip) {
  std::optional<std::int64_t> found;
  const State& state = ctx.state();
  if (!each_listed(store::ListQuery{}, ctx, [&](const store::ArticleRow& row) {
        if (state.is_read(row) || row.id == skip) return true;
        found = row.id;
        return false;
      })) {
    return std::nullopt;
  }
  if (!found) ctx.message(_("没有未读的文章了"));
  return found;
}

void mark_list_read(const store::ListQuery& query, Context& ctx) {
  std::vector<store::ArticleRow> rows;
  if (!each_listed(query, ctx, [&](const store::ArticleRow& row) {
        if (!ctx.state().is_read(row)) rows.push_back(row);
        return true;
      })) {
    return;
  }
  mark_rows_read(rows, ctx);
}

void mark_rows_read(const std::vector<store::ArticleRow>& rows, Context& ctx) {
  if (auto s = ctx.state().mark_all_read(rows); !s) {
    ctx.message(_("阅读标记未保存：") + s.error().message(), true);
    return;
  }
  ctx.message(trf("已将 {} 篇标为已读", rows.size()));
}

}  // namespace kanbao::tui
