// SPDX-License-Identifier: MIT
// Recognising the first line of an article's text (internal header): the
// datelines 本报讯, 本报6月20日讯, 本报北京6月20日电, 新华社…电, 据新华社电,
// 中新社…电, and the marks of a news brief (■ ▲ 【快讯】).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "corpus/article.h"
#include "corpus/byline.h"

namespace kanbao::corpus {

struct Lead {
  bool brief = false;       // starts with a brief mark (■, ▲, 【快讯】…)
  bool dateline = false;    // has a dateline (本报讯, …电)
  std::string_view source;  // the dateline's source: "本报", "新华社", …; "" without a dateline
  std::size_t text = 0;     // byte offset of the lead's own text (after mark, dateline and byline)
  // The dateline's date ("本报北京6月20日电"): year 0 unless written before the
  // month ("…2019年12月31日电"); month 0 for "十四日电".
  std::optional<Date> date;
  std::optional<Byline> byline;  // "（记者 王刚）" or "记者 王刚 报道：" right after the dateline
};

// The lead form `line` starts with, or nullopt. A brief mark counts only in
// front of a sentence (a marked short heading is a cross-head, not a brief).
// Looks at no more than the first ~100 characters.
std::optional<Lead> match_lead(std::string_view line);

}  // namespace kanbao::corpus
