// SPDX-License-Identifier: MIT
#include "text/wrap.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string>

#include "text/utf8.h"
#include "text/width.h"

namespace kanbao::text {
namespace {

struct CodePoint {
  std::size_t byte = 0;  // offset in the UTF-8 text
  char32_t c = 0;
  int width = 0;
};

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
bool is_space(char32_t c) { return c == ' ' || c == 0x3000; }
bool is_latin(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || (c >= 0xC0 && c < 0x250);
}

}  // namespace

bool no_line_start(char32_t c) {
  static constexpr std::u32string_view kSet =
      U"，。、；：？！”」』）》〉】〕｝］・…—‥～％,.;:?!)]}’·〗〙〛ゝゞ々ー";
  return kSet.find(c) != std::u32string_view::npos;
}

bool no_line_end(char32_t c) {
  static constexpr std::u32string_view kSet = U"“「『（《〈【〔｛［‘([{〖〘〚";
  return kSet.find(c) != std::u32string_view::npos;
}

Wrapper::Wrapper() {
  UErrorCode status = U_ZERO_ERROR;
  breaker_.reset(icu::BreakIterator::createLineInstance(icu::Locale("zh"), status));
  if (U_FAILURE(status)) breaker_.reset();
}

Wrapper::~Wrapper() = default;

namespace {

// The text as code points with their byte offsets, and as UTF-16 for ICU;
// cp_of_u16 maps a UTF-16 index back to its code point (one past the last
// maps to cps.size()).
struct Decoded {
  std::vector<CodePoint> cps;
  std::u16string u16;
  std::vector<std::size_t> cp_of_u16;
};

Decoded decode_code_points(std::string_view utf8) {
  Decoded d;
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t at = i;
    char32_t c = text::decode(utf8, i);
    const int w = text::display_width(c);
    if (c == text::kInvalid) c = 0xFFFD;
    const std::size_t idx = d.cps.size();
    d.cps.push_back({at, c, w});
    if (c >= 0x10000) {
      d.u16.push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
      d.u16.push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
      d.cp_of_u16.push_back(idx);
      d.cp_of_u16.push_back(idx);
    } else {
      d.u16.push_back(static_cast<char16_t>(c));
      d.cp_of_u16.push_back(idx);
    }
  }
  d.cp_of_u16.push_back(d.cps.size());
  return d;
}

// Kinsoku and numbers: whether a break before code point k is ruled out
// even where ICU would allow one.
bool forbidden(const std::vector<CodePoint>& cps, std::size_t k) {
  if (k == 0 || k >= cps.size()) return false;
  const char32_t before = cps[k - 1].c, after = cps[k].c;
  if (no_line_start(after) || no_line_end(before)) return true;
  if (is_digit(before) && !is_space(after)) return true;  // 87.9万, 2023年, 30%
  return false;
}

// allowed[k]: a line may break before code point k. ICU's line breaks (every
// boundary without ICU's zh rules), less the ones forbidden() takes away.
std::vector<char> break_opportunities(const icu::BreakIterator* breaker, const Decoded& d) {
  const std::size_t n = d.cps.size();
  std::vector<char> allowed(n + 1, 0);
  if (breaker != nullptr) {
    std::unique_ptr<icu::BreakIterator> bi(breaker->clone());
    icu::UnicodeString us(false, reinterpret_cast<const UChar*>(d.u16.data()),
                          static_cast<int32_t>(d.u16.size()));
    bi->setText(us);
    for (int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next()) {
      allowed[d.cp_of_u16[static_cast<std::size_t>(b)]] = 1;
    }
  } else {
    std::fill(allowed.begin(), allowed.end(), 1);
  }
  for (std::size_t k = 1; k < n; ++k) {
    if (allowed[k] && forbidden(d.cps, k)) allowed[k] = 0;
  }
  return allowed;
}

// Where a line starting at code point `pos` with `avail` columns may end:
// the last allowed break that fits, else the last kinsoku-respecting
// character break, else the last boundary that fits, else one character
// (wider than the line: shown anyway). Zero-width marks stay with their base.
std::size_t line_end(const std::vector<CodePoint>& cps, const std::vector<char>& allowed, std::size_t pos,
                     int avail) {
  const std::size_t n = cps.size();
  std::size_t best = 0;      // best allowed break found so far (0 = none)
  std::size_t fallback = 0;  // best kinsoku-respecting character break
  std::size_t hard = 0;      // last code point boundary that fits
  int total = 0, trimmed = 0;
  std::size_t i = pos;
  bool fits_all = false;
  while (true) {
    if (i > pos) {
      if (trimmed > avail) break;
      hard = i;
      if (i == n) {
        fits_all = true;
        break;
      }
      if (allowed[i]) best = i;
      // Inside a Latin word or number only ICU's breaks count.
      const bool inside_word = is_latin(cps[i - 1].c) && is_latin(cps[i].c);
      if (!forbidden(cps, i) && !inside_word && cps[i].width > 0) fallback = i;
    }
    if (i == n) {
      fits_all = true;
      break;
    }
    total += cps[i].width;
    if (cps[i].c != ' ') trimmed = total;
    ++i;
  }
  std::size_t end = 0;
  if (fits_all) {
    end = n;
  } else if (best > pos) {
    end = best;
  } else if (fallback > pos) {
    end = fallback;
  } else if (hard > pos) {
    end = hard;
  } else {
    end = pos + 1;
  }
  while (end < n && cps[end].width == 0) ++end;
  return end;
}

// The line of code points [pos, end) without its trailing blanks.
WrappedLine make_line(std::string_view utf8, const std::vector<CodePoint>& cps, std::size_t pos,
                      std::size_t end) {
  std::size_t last = end;
  while (last > pos && cps[last - 1].c == ' ') --last;
  WrappedLine line;
  line.begin = cps[pos].byte;
  line.end = last < cps.size() ? cps[last].byte : utf8.size();
  line.width = text::display_width(utf8.substr(line.begin, line.end - line.begin));
  return line;
}

}  // namespace

std::vector<WrappedLine> Wrapper::wrap(std::string_view utf8, int width, int first_indent) const {
  std::vector<WrappedLine> lines;
  if (utf8.empty()) return lines;
  width = std::max(width, 1);
  const Decoded decoded = decode_code_points(utf8);
  const std::vector<CodePoint>& cps = decoded.cps;
  const std::vector<char> allowed = break_opportunities(breaker_.get(), decoded);
  const std::size_t n = cps.size();
  std::size_t pos = 0;
  while (pos < n) {
    if (!lines.empty()) {
      while (pos < n && cps[pos].c == ' ') ++pos;  // no leading blanks
      if (pos >= n) break;
    }
    const int avail = std::max(lines.empty() ? width - first_indent : width, 1);
    const std::size_t end = line_end(cps, allowed, pos, avail);
    lines.push_back(make_line(utf8, cps, pos, end));
    pos = end;
  }
  return lines;
}

}  // namespace kanbao::text
