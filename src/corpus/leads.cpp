// SPDX-License-Identifier: MIT
#include "corpus/leads.h"

#include <algorithm>
#include <array>
#include <functional>

#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

// Agencies whose dispatches carry a dateline ending in 电 (or 消息).
constexpr std::array<std::string_view, 8> kSources{"本报",   "新华社", "中新社", "中新网",
                                                   "人民网", "央视网", "光明网", "国际在线"};

// "晚报讯 ", "商报讯（", "西江都市报讯 " at s[k]: a city paper naming itself
// (by its kind - 晚报, 商报, 星报, 快报, 早报, 日报, 时报, 都市报 - or by a
// name and its kind, up to eight Han characters), then a space (or the ?
// a lost full-width one became) or the byline's bracket (not "…汇报讯", a
// sentence). Returns the offset past 报讯. The bytes
// of 报讯 are looked for first: this is asked of every line.
std::optional<std::size_t> paper_kind_lead(std::string_view s, std::size_t k) {
  constexpr std::size_t kMaxName = 8;
  const std::size_t found = util::find_within(s, k, kMaxName + 2, "报讯");
  if (found == std::string_view::npos || found == k) return std::nullopt;
  const std::size_t at = found - k;
  char32_t kind = 0;  // the character before 报讯: 晚报, 商报, 都市报, 日报 …
  for (std::size_t i = k; i < k + at;) {
    kind = util::next(s, i);
    if (!util::is_han(kind)) return std::nullopt;
  }
  if (std::u32string_view(U"晚商星快早日时市").find(kind) == std::u32string_view::npos) return std::nullopt;
  std::size_t i = k + at + 6;
  if (i >= s.size()) return std::nullopt;
  const char32_t after = util::next(s, i);
  if (util::is_space(after) || after == U'（' || after == U'(' || after == U'【' || after == U'?')
    return k + at + 6;
  return std::nullopt;
}
// "中国宁波网讯（记者 …）", "大河网讯 ": a news site naming itself, two to
// six Han characters and 网讯 opening the line, then a space or the byline's
// bracket. Returns the offset past 网讯.
std::optional<std::size_t> site_lead(std::string_view s, std::size_t k) {
  std::size_t i = k;
  for (std::size_t n = 0; n < 8 && i < s.size(); ++n) {
    if (n >= 2 && s.substr(i, 6) == "网讯") {
      std::size_t j = i + 6;
      if (j >= s.size()) return std::nullopt;
      const char32_t after = util::next(s, j);
      if (util::is_space(after) || after == U'（' || after == U'(') return i + 6;
      return std::nullopt;
    }
    if (!util::is_han(util::next(s, i))) return std::nullopt;
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 10> kBriefTags{"【快讯】", "【简讯】",    "【速览】", "【短讯】",
                                                      "【动态】", "［快讯］",    "〔快讯〕", "快讯：",
                                                      "简讯：",   "【新闻速递】"};

bool is_brief_mark(char32_t c) {
  // Not ● or ◆: papers use them for the bullets of a pull-quote.
  return c == U'■' || c == U'▲' || c == U'★' || c == U'▶' || c == U'►' || c == U'◎';
}

// 一..九 -> 1..9, 十 -> 10, else -1.
int chinese_numeral(char32_t c) {
  constexpr std::u32string_view kDigits = U"一二三四五六七八九十";
  const std::size_t p = kDigits.find(c);
  return p == std::u32string_view::npos ? -1 : static_cast<int>(p + 1);
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    std::size_t j = i;
    const char32_t c = util::next(s, j);
    if (!util::is_space(c) && c != U'：' && c != U':') break;
    i = j;
  }
  return i;
}

// The dateline after a source: [place][M月D日](讯|电|消息). Returns the
// offset past it; fills the date. Place and date are optional, but "本报"
// needs 讯 or 电 within 16 characters, and the place must not read as a
// sentence (记者, 从, 的 …).
// The date read so far in a dateline: numbers in digits or Chinese
// numerals, closed by 月 or 日, and a year of four digits closed by 年
// before the month (新华社北京2019年12月31日电).
struct DatelineDate {
  int year = 0;
  int month = 0;
  int day = 0;
  int number = 0;
  bool digits = false;
  bool chinese = false;  // the number is written in Chinese numerals

  // Takes c when it is a Chinese numeral (十四日); any other character but
  // 月 and 日 ends a Chinese number (a numeral in a place name: 十堰).
  bool take_numeral(char32_t c) {
    if (const int cn = chinese_numeral(c); cn >= 0) {
      number = cn == 10 ? (digits ? number : 1) * 10
                        : (digits && number % 10 == 0 && number >= 10 ? number + cn : cn);
      digits = chinese = true;
      return true;
    }
    if (chinese && c != U'月' && c != U'日') digits = chinese = false;
    return false;
  }

  // Takes c when it is a digit, or 月 or 日 after a number they allow.
  bool take_part(char32_t c) {
    if (util::is_digit(c)) {
      // Saturates: no year has more than four digits, no month or day more
      // than two, and a long run of them must not overflow.
      constexpr int kTooBig = 100000;
      number = std::min((digits && !chinese ? number * 10 : 0) + util::digit_value(c), kTooBig);
      digits = true;
      chinese = false;
      return true;
    }
    if (c == U'年' && digits && !chinese && year == 0 && month == 0 && day == 0 && number >= 1000 &&
        number <= 9999) {
      year = number;
      digits = false;
      return true;
    }
    if (c == U'月' && digits && number >= 1 && number <= 12) {
      month = number;
      digits = chinese = false;
      return true;
    }
    if (c == U'日' && digits && number >= 1 && number <= 31) {
      day = number;
      digits = chinese = false;
      return true;
    }
    return false;
  }

  // Fills `date` when a day was read (month 0: a bare day, 新华社十四日电);
  // its year is 0 unless the dateline wrote one before the month.
  void finish(std::optional<Date>& date) const {
    if (day != 0) date = Date{month != 0 ? year : 0, month, day};
  }
};

// Characters that make a place read as a sentence (记者, 从, 的 …).
bool sentence_char(char32_t c) {
  return c == U'记' || c == U'者' || c == U'从' || c == U'的' || c == U'在' || c == U'是' || c == U'将' ||
         c == U'与' || c == U'和' || c == U'对';
}

// The dateline after a source: [place][M月D日](讯|电|消息). Returns the
// offset past it; fills the date. Place and date are optional, but "本报"
// needs 讯 or 电 within 16 characters, and a place with no day after it must
// not read as a sentence (记者, 从, 的 …): before a day it is a place's
// name (本报呼和浩特6月20日电).
std::optional<std::size_t> read_dateline(std::string_view s, std::size_t i, std::optional<Date>& date) {
  constexpr std::size_t kReach = 16;     // characters of place, month and day
  constexpr std::size_t kYearChars = 5;  // "2019年": beyond the reach, not in it
  DatelineDate d;
  bool sentence = false;  // the place holds a sentence's character
  for (std::size_t n = 0; i < s.size() && n < kReach + (d.year != 0 ? kYearChars : 0); ++n) {
    std::size_t j = i;
    const char32_t c = util::next(s, j);
    if (c == U'讯' || c == U'电') {
      if (d.digits || (sentence && d.day == 0)) return std::nullopt;
      d.finish(date);
      if (j < s.size() && s.substr(j, 3) == "】") j += 3;  // 【新华社重庆十四日电】
      return j;
    }
    if (d.take_numeral(c)) {
      i = j;
      continue;
    }
    if (c == U'消' && s.substr(j, 3) == "息") {
      if (sentence && d.day == 0) return std::nullopt;
      d.finish(date);
      return j + 3;
    }
    if (!d.take_part(c)) {
      if (util::is_han(c) && !d.digits && d.month == 0) {
        sentence = sentence || sentence_char(c);
      } else if (!util::is_space(c)) {
        return std::nullopt;
      }
    }
    i = j;
  }
  return std::nullopt;
}

// "（记者 王刚、李娜）" or "记者 王刚 报道：" at s[i]: the byline, and i moved past it.
std::optional<Byline> read_lead_byline(std::string_view s, std::size_t& i) {
  std::size_t j = i;
  if (j >= s.size()) return std::nullopt;
  const char32_t open = util::next(s, j);
  if (open == U'（' || open == U'(') {
    std::size_t k = j;
    for (std::size_t n = 0; k < s.size() && n <= 80; ++n) {
      const std::size_t content_end = k;
      const char32_t c = util::next(s, k);
      if (c == U'）' || c == U')') {
        auto b = parse_byline(s.substr(j, content_end - j));
        if (!b) b = parse_credit_names(s.substr(j, content_end - j));  // 本报讯 （王刚）
        if (b) i = k;
        return b;
      }
    }
    return std::nullopt;
  }
  // 记者 王刚 报道： — 报道 followed by a colon within a byline's length.
  constexpr std::size_t kBylineBytes = std::size_t{80} * 3;  // 80 characters of 3 UTF-8 bytes
  const std::size_t report = s.substr(0, i + kBylineBytes).find("报道", i);
  if (report == std::string_view::npos) return std::nullopt;
  std::size_t after = report + 6;
  std::size_t k = after;
  if (k >= s.size()) return std::nullopt;
  const char32_t colon = util::next(s, k);
  if (colon != U'：' && colon != U':' && colon != U'，' && colon != U',') return std::nullopt;
  auto b = parse_byline(s.substr(i, after - i));
  if (b) i = k;
  return b;
}

// "新华网北京8月14日电", "据东山区政府网消息": a news site or a paper other
// than the agencies above, named by two to eight Han characters ending in
// 网 or 在线 (or, after 据, in 报, 台 or 社), then a dateline. Without 据 the
// dateline must carry a date and end in 电, or in 讯 before the byline: a
// sentence such as "新华网记者获悉" or "该网站消息称" is no lead.
// At s[i], after a dateline: a space or the byline's bracket.
bool opens_byline(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const char32_t c = util::next(s, i);
  return util::is_space(c) || c == U'（' || c == U'(';
}

struct OtherSource {
  std::size_t name_end = 0;  // past the source's name
  std::size_t end = 0;       // past the dateline
};
std::optional<OtherSource> other_source_lead(std::string_view s, std::size_t k, bool cited,
                                             std::optional<Date>& date) {
  // Most lines name no site: 网 (or, cited, any name) must be near.
  constexpr std::size_t kNameChars = 8;
  if (!cited && util::find_within(s, k, kNameChars, "网") == std::string_view::npos &&
      util::find_within(s, k, kNameChars, "在线") == std::string_view::npos)
    return std::nullopt;
  std::size_t i = k;
  char32_t before = 0;
  for (std::size_t n = 0; n < 8 && i < s.size(); ++n) {
    const char32_t c = util::next(s, i);
    if (!util::is_han(c)) return std::nullopt;
    const bool site = c == U'网' || (c == U'线' && before == U'在');  // 泉州网, 星辰在线
    before = c;
    const bool named = site || (cited && (c == U'报' || c == U'台' || c == U'社'));
    if (n < 1 || !named) continue;
    std::optional<Date> d;
    const auto end = read_dateline(s, i, d);
    if (!end) continue;
    const std::string_view closing = s.substr(0, *end).substr(*end >= 6 ? *end - 6 : 0);
    const std::string_view mark = closing.substr(closing.size() - 3);
    // A site's own report carries its day too: "泉州网1月7日讯 (记者 …)".
    const bool dispatch = d && d->day != 0 &&
                          (mark == "电" || (site && mark == "讯" && d->month != 0 && opens_byline(s, *end)));
    if (!cited && !dispatch) return std::nullopt;
    if (cited && closing != "消息" && !dispatch) return std::nullopt;
    date = d;
    return OtherSource{i, *end};
  }
  return std::nullopt;
}

}  // namespace

namespace {

// A brief's mark (■, 【简讯】…) at the start of `line`: the offset of the text
// after it and its spaces, if there is one.
std::optional<std::size_t> brief_opening(std::string_view line) {
  constexpr std::size_t kMinDiamondBrief = 60;  // characters of a ◆ brief, longer than a pull-quote's point
  std::size_t j = 0;
  const char32_t mark = line.empty() ? U'\0' : util::next(line, j);
  if (is_brief_mark(mark)) return skip_spaces(line, j);
  // ◆ also bullets a pull-quote's points: a brief only as a long paragraph
  // closed by a sentence end (a county paper's 要闻简报). (A story's list
  // marked so is told apart by the lines above: page_lines.cpp.)
  if (mark == U'◆' && util::length_up_to(line, kMinDiamondBrief) >= kMinDiamondBrief &&
      util::is_terminator(util::last(util::strip_closing(line))))
    return skip_spaces(line, j);
  for (auto tag : kBriefTags) {
    if (line.substr(0, tag.size()) == tag) return skip_spaces(line, tag.size());
  }
  return std::nullopt;
}

// A brief is a sentence: a marked short line without one is a cross-head.
// A comma alone makes a sentence only in a line longer than a cross-head
// ("■入脑入心、立根铸魂，补足精神之钙" is one, in two phrases).
bool reads_as_brief(std::string_view rest) {
  constexpr std::size_t kMaxCrossHead = 30;
  bool comma = false;
  for (std::size_t p = 0, n = 0; p < rest.size() && n < 200; ++n) {
    const char32_t c = util::next(rest, p);
    if (util::is_terminator(c)) return util::length_up_to(rest, 12) >= 12;
    comma = comma || c == U'，' || c == U',';
  }
  return comma && util::length_up_to(rest, kMaxCrossHead + 1) > kMaxCrossHead;
}

}  // namespace

namespace {

// The dateline at line[k] (after any 据 - `cited`): fills the lead's
// source and date and returns the offset past it, or nullopt.
std::optional<std::size_t> read_source(std::string_view line, std::size_t k, bool cited, Lead& lead) {
  for (auto source : kSources) {
    if (line.substr(k, source.size()) != source) continue;
    if (auto end = read_dateline(line, k + source.size(), lead.date)) {
      lead.source = source;
      return end;
    }
  }
  if (const auto end = paper_kind_lead(line, k)) {
    lead.source = line.substr(k, *end - 6 - k);
    return end;
  }
  if (const auto end = site_lead(line, k)) {
    lead.source = line.substr(k, *end - k);
    return end;
  }
  if (const auto other = other_source_lead(line, k, cited, lead.date)) {
    lead.source = line.substr(k, other->name_end - k);
    return other->end;
  }
  return std::nullopt;
}

std::optional<Lead> match_simplified_lead(std::string_view line) {
  Lead lead;
  std::size_t i = 0;
  if (const auto text = brief_opening(line)) {
    lead.brief = true;
    i = *text;
  }
  std::size_t k = i;
  if (line.substr(k, 3) == "【") k += 3;  // 【新华社北京十四日电】
  const bool cited = line.substr(k, 3) == "据";
  if (cited) k += 3;
  if (const auto end = read_source(line, k, cited, lead)) {
    lead.dateline = true;
    i = *end;
    if (line.substr(i, 1) == "?") ++i;  // a full-width space lost in a conversion ("都市报讯? 记者…")
  }
  if (!lead.dateline && !lead.brief) return std::nullopt;
  i = skip_spaces(line, i);
  if (lead.dateline) {
    if (auto b = read_lead_byline(line, i)) lead.byline = std::move(b);
    i = skip_spaces(line, i);
  }
  lead.text = i;
  if (lead.brief && !lead.dateline && !reads_as_brief(line.substr(i))) return std::nullopt;
  return lead;
}

}  // namespace

std::optional<Lead> match_lead(std::string_view line) {
  // A source and its dateline start within the line's first 12 characters,
  // and with its byline within ~130: the line is folded only when the first
  // part holds a traditional form.
  constexpr std::size_t kSourceReach = 36;
  constexpr std::size_t kReach = 400;
  std::string folded;
  if (!util::fold_traditional(line.substr(0, kSourceReach), 0, kSourceReach, folded))
    return match_simplified_lead(line);
  util::fold_traditional(line, 0, kReach, folded);
  auto lead = match_simplified_lead(folded);
  // Folding keeps offsets: the source is the same bytes of the line.
  // (A source from the agencies' list is not in `folded` and stays as is.)
  const std::less_equal<const char*> le;
  if (lead && !lead->source.empty() && le(folded.data(), lead->source.data()) &&
      le(lead->source.data() + lead->source.size(), folded.data() + folded.size())) {
    lead->source =
        line.substr(static_cast<std::size_t>(lead->source.data() - folded.data()), lead->source.size());
  }
  // The byline as printed: the same bytes of the line.
  if (lead && lead->byline) as_printed(*lead->byline, folded, line);
  return lead;
}

}  // namespace kanbao::corpus
