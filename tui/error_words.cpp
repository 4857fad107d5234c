// SPDX-License-Identifier: MIT
#include "tui/error_words.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <utility>

#include "tui/i18n.h"

namespace kanbao::tui {

namespace {

// English template (base/typed_date.cpp, store/query.cpp, store/query_date.cpp,
// store/districts.cpp, store/issues.cpp, store/pg/conn.cpp,
// store/sqlite.cpp) -> Chinese. The {} fields stay in the same order, or are
// numbered ({0}, {2}: ErrorWords::fill).
const std::map<std::string_view, const char*>& table() {
  static const std::map<std::string_view, const char*> kWords = {
      {"-{}: filters cannot be negated", "-{}：筛选条件不能加减号排除"},
      {"{}: needs a value, e.g. {}", "{} 后面要跟一个值，例如 {}"},
      {"the query has more than {} terms; search for fewer words at a time",
       "搜索词超过 {} 个；请一次少搜几个词"},
      {"the search query is empty; type the words to search for", "搜索内容是空的；请输入要搜的词"},
      {"\"{}\": {} has nothing to join; put it between two words, as in 长江 {} 黄河",
       "“{}”：{} 两边没有可连接的词；请把它放在两个词之间，如 长江 {} 黄河"},
      {"nothing to search for in \"{}\": it has no letters, digits or Chinese characters",
       "“{}”里没有可搜的内容：没有字母、数字或汉字"},
      {"\"{}\" only leaves words out; add a word to search for, as in 长江 -武汉",
       "“{}”只有要排除的词；请加上要搜的词，如 长江 -武汉"},
      {"date:{} is not a date this search understands; use date:MM-DD, date:YYYY-MM-DD, "
       "date:YYYY-MM or a range such as date:2023-01..2023-06",
       "date:{} 不是能识别的日期；请用 date:MM-DD、date:YYYY-MM-DD、date:YYYY-MM 或一个范围，如 "
       "date:2023-01..2023-06"},
      {"date:{} ends before it starts", "date:{} 的结束早于开始"},
      {"date:{} needs a year at both ends of a range, as in date:2023-06-01..2023-06-30 (date:06-01 alone is "
       "that day of any year)",
       "date:{} 的范围两端都要有年份，如 date:2023-06-01..2023-06-30（只写 date:06-01 则是每年的这一天）"},
      // base/typed_date.cpp: the date as typed, the month's English name,
      // the year or the days, ..., the month's number last.
      {"{} is not a day of the calendar (a year has 12 months)", "{} 不是日历上的一天（一年只有 12 个月）"},
      {"{} is not a day of the calendar ({} {} has {} days)",
       "{0} 不是日历上的一天（{2} 年 {4} 月有 {3} 天）"},
      {"{} is not a day of the calendar ({} has at most {} days)",
       "{0} 不是日历上的一天（{3} 月最多 {2} 天）"},
      {"unknown district \"{}\"; this library's districts: {}", "没有叫“{}”的地区；本资料库的地区：{}"},
      {"unknown district \"{}\"; this library holds no article of a known district",
       "没有叫“{}”的地区；本资料库没有已知地区的文章"},
      {"district \"{}\" is ambiguous: it may be {}", "“{}”可能指几个地区：{}"},
      {"no paper is named \"{}\"; this library's papers: {}", "没有叫“{}”的报纸；本资料库的报纸：{}"},
      {"no paper is named \"{}\"; this library names no paper",
       "没有叫“{}”的报纸；本资料库的文章都不知道出自哪份报纸"},
      // A PostgreSQL library (store/pg/conn.cpp); R reopens it.
      {"lost the connection to the library {} ({}); try again once the server is back",
       "与资料库 {} 的连接断了（{}）；服务器恢复后按 R 重新打开"},
      {"the library {} failed: {}", "资料库 {} 出错：{}"},
      {"cannot connect to the library {}: authentication failed (check the user and password in the URI, or "
       "~/.pgpass) [{}]",
       "连不上资料库 {}：身份验证失败（请检查地址中的用户和密码，或 ~/.pgpass）[{}]"},
      {"cannot connect to the library {}: the database does not exist (create it with createdb, or name "
       "another one in the URI) [{}]",
       "连不上资料库 {}：数据库不存在（用 createdb 创建，或在地址中换一个）[{}]"},
      {"cannot connect to the library {}: the user does not exist on the server (name another one in the "
       "URI) [{}]",
       "连不上资料库 {}：服务器上没有这个用户（在地址中换一个）[{}]"},
      {"cannot connect to the library {}: the server is not reachable (is PostgreSQL running there, and are "
       "host and port right?) [{}]",
       "连不上资料库 {}：服务器无法访问（PostgreSQL 在运行吗？主机和端口对吗？）[{}]"},
      {"cannot connect to the library {}: the server refused the connection [{}]",
       "连不上资料库 {}：服务器拒绝了连接 [{}]"},
      // SQLite's own messages (store/sqlite.cpp keeps them as templates).
      {"database is locked", "资料库正被另一个程序锁住；请稍后再试"},
      {"database table is locked", "资料库正被另一个程序锁住；请稍后再试"},
      {"disk I/O error", "读写磁盘出错"},
      {"disk I/O error ({})", "读写磁盘出错（{}）"},
      {"disk I/O error while writing: is the disk full, or a file size limit reached?",
       "写入磁盘出错：磁盘是否已满，或文件大小到了上限？"},
      {"database or disk is full while writing: is the disk full, or a file size limit reached?",
       "资料库或磁盘已满：请腾出磁盘空间，或检查文件大小上限"},
      {"database disk image is malformed", "资料库文件已损坏；请用 kanbao index --rebuild 重建"},
      {"file is not a database", "这不是 kanbao 能读的资料库文件"},
      {"unable to open database file", "打不开资料库文件"},
      {"attempt to write a readonly database", "资料库是只读的，不能写入"},
      {"out of memory", "内存不足"},
      {"interrupted", "操作被中断"},
  };
  return kWords;
}

// Templates whose last value is a list the library joins with ", "
// (store/districts.cpp, store/issues.cpp): said in Chinese, it is joined
// with "、", as a Chinese list is.
constexpr std::string_view kListedLast[] = {
    "unknown district \"{}\"; this library's districts: {}",
    "no paper is named \"{}\"; this library's papers: {}",
};

// `words` with its list, if it holds one, joined as a Chinese list (also
// after a context: Error::in_context puts its template first).
ErrorWords with_chinese_list(const ErrorWords& words) {
  ErrorWords out = words;
  const bool listed = std::any_of(std::begin(kListedLast), std::end(kListedLast), [&](std::string_view t) {
    return std::string_view(out.format).ends_with(t);
  });
  if (out.values.empty() || !listed) return out;
  std::string& list = out.values.back();
  for (std::size_t at = list.find(", "); at != std::string::npos; at = list.find(", ", at))
    list.replace(at, 2, "、");
  return out;
}

// Contexts the library puts before another error (Error::in_context):
// each is said in Chinese, then what follows it.
constexpr std::pair<std::string_view, const char*> kContexts[] = {
    {"search failed: ", "搜索失败："},
    {"cannot save the reading state in {}: ", "阅读状态没能保存到 {}："},
};

// The Chinese template of `format`: its contexts, then the rest, which stays
// English when it has no Chinese words; nullptr when nothing is known.
std::optional<std::string> chinese_template(std::string_view format) {
  std::string chinese;
  for (bool more = true; more;) {
    more = false;
    for (const auto& [english, words] : kContexts) {
      if (format.substr(0, english.size()) == english) {
        chinese += words;
        format.remove_prefix(english.size());
        more = true;
      }
    }
  }
  const char* rest = chinese_error_words(std::string(format));
  if (rest == nullptr && chinese.empty()) return std::nullopt;
  return chinese + (rest != nullptr ? std::string(rest) : std::string(format));
}

}  // namespace

const char* chinese_error_words(const std::string& english_format) {
  const auto it = table().find(english_format);
  return it == table().end() ? nullptr : it->second;
}

std::string failed(const Error& error) { return tr("出错：") + error_in_language(error); }

std::string error_in_language(const Error& error) {
  const ErrorWords* words = error.words();
  if (language() != Language::kChinese || words == nullptr) return error.message();
  const auto chinese = chinese_template(words->format);
  return chinese ? with_chinese_list(*words).fill(*chinese) : error.message();
}

}  // namespace kanbao::tui
