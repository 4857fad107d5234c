// SPDX-License-Identifier: MIT
#include "corpus/byline_fields.h"

#include <array>

#include "corpus/byline_tokens.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

// Fields a news site prints beside the reporter that name nobody who
// reported: the source, the editors, the time of posting.
constexpr std::array<std::string_view, 11> kOtherKeys{
    "来源", "编辑", "责任编辑", "责编", "时间", "发布时间", "日期", "稿源", "点击", "点击数", "浏览"};
// Keys that name the story's writers and photographers.
constexpr std::array<std::string_view, 5> kRoleKeys{"记者", "作者", "文", "摄影", "通讯员"};

struct Field {
  std::string_view key, value;
};

// "记者:王刚" or "记者：王刚" as key and value; nullopt without a colon.
std::optional<Field> split_field(std::string_view field) {
  for (std::string_view colon : {":", "："}) {
    const std::size_t at = field.find(colon);
    if (at != std::string_view::npos && at > 0)
      return Field{field.substr(0, at), field.substr(at + colon.size())};
  }
  return std::nullopt;
}

// "2023-06-21", "08:30", "|": a posting date or time, or a bar.
bool is_stamp(std::string_view field) {
  for (std::size_t i = 0; i < field.size();) {
    const char32_t c = util::next(field, i);
    if (!util::is_digit(c) && c != U'-' && c != U':' && c != U'/' && c != U'|' && c != U'｜' && c != U'：')
      return false;
  }
  return true;
}

template <std::size_t N>
bool one_of(std::string_view key, const std::array<std::string_view, N>& keys) {
  for (auto k : keys)
    if (key == k) return true;
  return false;
}

// A source under any name ("文章来源", "新闻来源", "信息来源") names nobody either.
bool is_other_key(std::string_view key) { return one_of(key, kOtherKeys) || key.ends_with("来源"); }

// A role's value is names ("王刚", "王刚,李娜"), each of at most four
// characters, not an interview's question ("您怎么看这件事").
bool holds_names(std::string_view value) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < value.size();) {
    if (bylines::is_separator(util::next(value, i))) {
      chars = 0;
    } else if (++chars > 4) {
      return false;
    }
  }
  return true;
}

// The whitespace-separated fields of `text`.
template <typename F>
void each_field(std::string_view text, F&& f) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    if (util::is_space(util::next(text, j))) {
      i = j;
      continue;
    }
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t k = end;
      if (util::is_space(util::next(text, k))) break;
      end = k;
    }
    f(text.substr(i, end - i));
    i = end;
  }
}

}  // namespace

std::optional<std::string> byline_from_fields(std::string_view text) {
  if (text.find(':') == std::string_view::npos && text.find("：") == std::string_view::npos)
    return std::nullopt;
  std::string out;
  bool role_field = false;
  bool author = false;  // 作者: no speaker in an interview is labelled so
  bool other = false;   // a source, editor or time beside the role: a field line
  if (text.find("《") != std::string_view::npos) other = true;  // 作者:X 《光明日报》(…)
  bool foreign = false;  // a field that is neither: this is no field line
  bool in_role = false;  // the last field was a role's
  each_field(text, [&](std::string_view field) {
    const auto kv = split_field(field);
    if (!kv) {
      if (is_stamp(field)) {
        other = true;
        return;
      }
      // A further name of a role's field ("记者:王刚 李娜"); after another
      // field, that field's value ("来源: 中原日报").
      if (in_role) {
        out += ' ';
        out += field;
      }
      return;
    }
    in_role = false;
    if (is_other_key(kv->key) || is_stamp(field)) {
      other = true;
      return;
    }
    if (!one_of(kv->key, kRoleKeys) || !holds_names(kv->value)) {
      foreign = true;
      return;
    }
    role_field = in_role = true;
    author = author || kv->key == "作者";
    out += ' ';
    out += kv->key;
    out += ' ';
    out += kv->value;
  });
  // "通讯员：张三" alone reads as a speaker's label, and stays text.
  if (!role_field || foreign || (!other && !author)) return std::nullopt;
  return std::string(util::trim(out));
}

}  // namespace kanbao::corpus
