// SPDX-License-Identifier: MIT
// Readers' items (internal header): the short items of a 市民热线 or 读者来信
// column, each a reader's words under a short heading of its own -
//   污水管道该治理
//   市民李女士：洛铜集团门前……
// or with the heading glued before the speaker on one line by extraction:
//   热心人归还美甲片 市民宋欣：昨天中午，……
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace kanbao::corpus {

struct ReaderItem {
  std::size_t heading_end = 0;  // bytes of the heading glued before the speaker; 0 without one
  std::size_t text = 0;         // byte offset of the reader's words, past the speaker's colon
};

// `line` opens with a reader speaking: a reader's role (市民, 读者, 网友,
// 居民, 村民, 家长, 乘客, 游客, 车主, 业主), one to four Han characters of name
// or title (王女士, 邢娟) and a colon - optionally after a glued heading of
// two to twenty-four characters without punctuation and one space. Looks at
// no more than the first ~40 characters.
std::optional<ReaderItem> match_reader_item(std::string_view line);

}  // namespace kanbao::corpus
