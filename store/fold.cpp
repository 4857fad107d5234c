// SPDX-License-Identifier: MIT
#include "store/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <atomic>

#include "store/pinyin.h"
#include "text/utf8.h"

namespace kanbao::store::fold {
namespace {

// What one folded code point is, before white space handling.
enum class Class : std::uint32_t { kHan = 0, kWord = 1, kSeparator = 2, kIgnored = 3 };

const icu::Normalizer2& nfkc_cf() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? instance : nullptr;
  }();
  return *n;  // ICU data is linked in (ICU::data); the instance always exists
}

Class classify(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) return Class::kWord;
    return Class::kSeparator;
  }
  auto uc = static_cast<UChar32>(c);
  UErrorCode status = U_ZERO_ERROR;
  // Han letters and letter numbers (〇 in 二〇二三).
  if (uscript_getScript(uc, &status) == USCRIPT_HAN &&
      (U_GET_GC_MASK(uc) & (U_GC_L_MASK | U_GC_NL_MASK)) != 0)
    return Class::kHan;
  if (u_isalnum(uc) || (U_GET_GC_MASK(uc) & U_GC_M_MASK) != 0) return Class::kWord;
  return Class::kSeparator;
}

// Per-BMP-code-point cache of the fold of a character that normalises on its
// own (a boundary before and after it, one code point out). Filled lazily;
// relaxed atomics make concurrent fills by several Library objects benign.
//   bit 31: known; bit 30: complex (needs its whole normalisation segment);
//   bits 28-29: Class; bits 0-20: the folded code point.
constexpr std::uint32_t kKnown = 1u << 31, kComplex = 1u << 30;
std::array<std::atomic<std::uint32_t>, 0x10000> g_cache{};

std::uint32_t compute_entry(char32_t c) {
  const auto& n = nfkc_cf();
  auto uc = static_cast<UChar32>(c);
  if (!n.hasBoundaryBefore(uc) || !n.hasBoundaryAfter(uc)) return kKnown | kComplex;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = n.normalize(icu::UnicodeString(uc), status);
  if (U_FAILURE(status)) return kKnown | static_cast<std::uint32_t>(Class::kSeparator) << 28;
  if (out.isEmpty()) return kKnown | static_cast<std::uint32_t>(Class::kIgnored) << 28;
  if (out.countChar32() != 1) return kKnown | kComplex;
  auto folded = static_cast<char32_t>(out.char32At(0));
  Class cls = classify(folded);
  if (cls == Class::kHan) folded = han::simplified(folded);
  return kKnown | static_cast<std::uint32_t>(cls) << 28 | static_cast<std::uint32_t>(folded);
}

// A mark that ends a sentence or clause: 。 ！ ？ ；, as NFKC leaves them
// (the full-width ！？； fold to ASCII). Nothing matches across one, in
// documents and queries alike, so 市场。强化 is not the term 场强 and a
// reading such as changjiang does not span two sentences. The full stop
// "." is not one: it sits inside numbers and Latin abbreviations (3.5,
// U.S.), and "…" folds to three of them.
bool ends_sentence(char32_t c) { return c == U'。' || c == U'!' || c == U'?' || c == U';'; }

// A mark that parts two clauses of one sentence: ，、： as NFKC leaves them
// (the full-width ，： fold to ASCII). Literal terms run on across one; pinyin
// does not (fold.h).
bool is_pause(char32_t c) { return c == U',' || c == U'、' || c == U':'; }

class Folder {
 public:
  Folder(Mode mode, std::vector<Char>& out) : mode_(mode), out_(out) {}

  void run(std::string_view s) {
    const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
    auto size = static_cast<std::int32_t>(s.size());
    std::int32_t i = 0;
    while (i < size) {
      std::int32_t start = i;
      UChar32 c = 0;
      U8_NEXT(p, i, size, c);
      auto begin = static_cast<std::uint32_t>(start), end = static_cast<std::uint32_t>(i);
      if (c < 0) {
        separator(begin, end);
      } else if (c < 0x80) {  // ASCII fast path
        ascii(c, begin, end);
      } else if (c >= 0x4E00 && c <= 0x9FFF) {  // unified ideographs are inert under nfkc_cf
        keep(han::simplified(static_cast<char32_t>(c)), Kind::kHan, begin, end);
      } else if (const std::uint32_t entry = cached_entry(c); (entry & kComplex) == 0) {
        emit(static_cast<Class>((entry >> 28) & 3), entry & 0x1FFFFF, begin, end);
      } else {
        const std::int32_t j = segment_end(p, i, size);
        segment(s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(j - start)), begin,
                static_cast<std::uint32_t>(j));
        i = j;
      }
    }
  }

 private:
  void ascii(UChar32 c, std::uint32_t begin, std::uint32_t end) {
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      keep(static_cast<char32_t>(c), Kind::kWord, begin, end);
    } else if (c == '\n' && mode_ == Mode::kDocument) {
      pending_break_ = true;
    } else if (ends_sentence(static_cast<char32_t>(c))) {
      pending_stop_ = true;
    } else {
      if (is_pause(static_cast<char32_t>(c))) pending_pause_ = true;
      separator(begin, end);
    }
  }

  // The cache entry of a character past U+007F (computed on first use);
  // kComplex for one outside the BMP, which the cache does not hold.
  static std::uint32_t cached_entry(UChar32 c) {
    if (c >= 0x10000) return kComplex;
    std::uint32_t entry = g_cache[static_cast<std::size_t>(c)].load(std::memory_order_relaxed);
    if ((entry & kKnown) == 0) {
      entry = compute_entry(static_cast<char32_t>(c));
      g_cache[static_cast<std::size_t>(c)].store(entry, std::memory_order_relaxed);
    }
    return entry;
  }

  // Where the normalisation segment that continues at byte j ends: at the
  // next character that always has a boundary before it.
  static std::int32_t segment_end(const std::uint8_t* p, std::int32_t j, std::int32_t size) {
    while (j < size) {
      std::int32_t k = j;
      UChar32 next = 0;
      U8_NEXT(p, k, size, next);
      if (next < 0 || nfkc_cf().hasBoundaryBefore(next)) break;
      j = k;
    }
    return j;
  }

  void segment(std::string_view bytes, std::uint32_t begin, std::uint32_t end) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = nfkc_cf().normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), static_cast<std::int32_t>(bytes.size()))),
        status);
    if (U_FAILURE(status)) {
      separator(begin, end);
      return;
    }
    for (std::int32_t k = 0; k < out.length(); k = out.moveIndex32(k, 1)) {
      auto c = static_cast<char32_t>(out.char32At(k));
      Class cls = classify(c);
      if (cls == Class::kHan) c = han::simplified(c);
      if (cls == Class::kWord && c < 0x80 && c >= 'A' && c <= 'Z') c += 'a' - 'A';
      emit(cls, c, begin, end);
    }
  }

  void emit(Class cls, char32_t c, std::uint32_t begin, std::uint32_t end) {
    switch (cls) {
      case Class::kHan:
        keep(c, Kind::kHan, begin, end);
        break;
      case Class::kWord:
        keep(c, Kind::kWord, begin, end);
        break;
      case Class::kSeparator:
        if (ends_sentence(c)) {
          pending_stop_ = true;
        } else {
          if (is_pause(c)) pending_pause_ = true;
          separator(begin, end);
        }
        break;
      case Class::kIgnored:
        break;
    }
  }

  void separator(std::uint32_t begin, std::uint32_t end) {
    if (!pending_separator_) separator_ = {0, Kind::kSpace, false, begin, end};
    pending_separator_ = true;
  }

  void keep(char32_t c, Kind kind, std::uint32_t begin, std::uint32_t end) {
    if (!out_.empty()) {
      // A line break wins over the sentence mark before it ("。\n"): the
      // paragraph ends there.
      if (pending_break_ || pending_stop_) {
        out_.push_back({pending_break_ ? kLineBreak : kSentenceBreak, Kind::kBreak, false, begin, begin});
      } else if (pending_separator_ && kind == Kind::kWord && out_.back().kind == Kind::kWord) {
        separator_.c = U' ';
        out_.push_back(separator_);
      }
    }
    const bool after_pause = pending_pause_ && kind == Kind::kHan && !out_.empty();
    pending_break_ = pending_stop_ = pending_separator_ = pending_pause_ = false;
    out_.push_back({c, kind, after_pause, begin, end});
  }

  Mode mode_;
  std::vector<Char>& out_;
  bool pending_break_ = false;  // a line break (documents only)
  bool pending_stop_ = false;   // a mark that ends a sentence (ends_sentence)
  bool pending_separator_ = false;
  bool pending_pause_ = false;  // a pause mark (is_pause) since the last kept character
  Char separator_;
};

}  // namespace

void fold(std::string_view utf8, Mode mode, std::vector<Char>& out) {
  out.clear();
  // About one Char per code point (NFKC expands a few): reserving their
  // count spares a long page the copies (and the doubled peak) of growth.
  std::size_t code_points = 0;
  for (const char byte : utf8) code_points += (static_cast<unsigned char>(byte) & 0xC0) != 0x80 ? 1 : 0;
  out.reserve(code_points);
  Folder(mode, out).run(utf8);
}

std::vector<Char> fold(std::string_view utf8, Mode mode) {
  std::vector<Char> out;
  fold(utf8, mode, out);
  return out;
}

std::string to_utf8(const std::vector<Char>& chars, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < chars.size(); ++i) text::append_utf8(out, chars[i].c);
  return out;
}

}  // namespace kanbao::store::fold
