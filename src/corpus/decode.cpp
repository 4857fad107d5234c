// SPDX-License-Identifier: MIT
// Decoding page files: BOM sniffing, UTF-8 validation, GB18030 detection with
// ICU, line-ending and NFC normalisation.
#include "corpus/decode.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

const Error kBinary{"not a text file (binary data)"};

// ICU to-Unicode callback: substitute U+FFFD and count the substitution.
// (The stock SUBSTITUTE callback would emit U+001A for some charsets.)
void substitute_and_count(const void* context, UConverterToUnicodeArgs* args, const char* /*units*/,
                          int32_t /*length*/, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) return;
  ++*static_cast<int*>(const_cast<void*>(context));
  *err = U_ZERO_ERROR;
  static const UChar kFffd = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kFffd, 1, 0, err);
}

// Converts `bytes` in `charset` to UTF-8; invalid sequences become U+FFFD
// and are added to `replaced`.
Result<std::string> to_utf8(const char* charset, std::string_view bytes, int& replaced) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(charset, &status));
  if (U_FAILURE(status))
    return Error(std::string("cannot open the ") + charset + " converter: " + u_errorName(status));
  int count = 0;
  ucnv_setToUCallBack(cnv.get(), substitute_and_count, &count, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return Error(std::string("cannot set up the ") + charset + " converter");

  std::u16string utf16;
  utf16.reserve(bytes.size() / 2 + 16);
  std::vector<UChar> buf(1 << 16);
  const char* src = bytes.data();
  const char* const src_end = bytes.data() + bytes.size();
  for (;;) {
    UChar* target = buf.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, buf.data() + buf.size(), &src, src_end, nullptr, /*flush=*/true,
                   &status);
    utf16.append(buf.data(), static_cast<std::size_t>(target - buf.data()));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) return Error(std::string("cannot decode ") + charset + ": " + u_errorName(status));
    break;
  }

  // UTF-16 input may hold lone surrogates: u_strToUTF8WithSub replaces them.
  std::string out;
  int32_t length = 0;
  int32_t subs = 0;
  status = U_ZERO_ERROR;
  const auto src_len = static_cast<int32_t>(utf16.size());
  u_strToUTF8WithSub(nullptr, 0, &length, utf16.data(), src_len, 0xFFFD, &subs, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
    return Error("cannot convert the text to UTF-8");
  out.resize(static_cast<std::size_t>(length));
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), length, &length, utf16.data(), src_len, 0xFFFD, &subs, &status);
  if (U_FAILURE(status)) return Error("cannot convert the text to UTF-8");
  replaced += count + subs;
  return out;
}

struct Utf8Scan {
  std::size_t multibyte = 0;  // valid sequences of 2-4 bytes
  std::size_t invalid = 0;    // invalid bytes
};

Utf8Scan scan_utf8(std::string_view s) {
  Utf8Scan scan;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = util::next(s, i);
    if (c == util::kReplacement && i - start == 1) {
      ++scan.invalid;
    } else if (i - start > 1) {
      ++scan.multibyte;
    }
  }
  return scan;
}

bool mostly_han(std::string_view utf8) {
  std::size_t han = 0;
  std::size_t non_ascii = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t c = util::next(utf8, i);
    if (c < 0x80) continue;
    ++non_ascii;
    if (util::is_han(c)) ++han;
  }
  return non_ascii == 0 || han * 10 >= non_ascii * 6;
}

std::string detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  DetectorPtr det(ucsdet_open(&status));
  if (U_FAILURE(status)) return "";
  // The detector only needs a sample; it also takes an int32_t length.
  const auto len = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 20));
  ucsdet_setText(det.get(), bytes.data(), len, &status);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "";
  const char* name = ucsdet_getName(match, &status);
  return U_SUCCESS(status) && name ? name : "";
}

void normalise_line_endings(std::string& s) {
  if (s.find('\r') == std::string::npos) return;
  std::size_t w = 0;
  for (std::size_t r = 0; r < s.size(); ++r) {
    if (s[r] == '\r') {
      s[w++] = '\n';
      if (r + 1 < s.size() && s[r + 1] == '\n') ++r;
    } else {
      s[w++] = s[r];
    }
  }
  s.resize(w);
}

// A crawler's HTML line breaks (<br>, <br/>, <br />, any case) are line
// breaks: pages saved from web archives often keep them in the text.
void break_html_lines(std::string& s) {
  std::size_t at = s.find('<');
  if (at == std::string::npos) return;
  std::string out;
  out.reserve(s.size());
  std::size_t copied = 0;
  for (; at != std::string::npos; at = s.find('<', at + 1)) {
    if (at + 3 >= s.size() || (s[at + 1] | 0x20) != 'b' || (s[at + 2] | 0x20) != 'r') continue;
    std::size_t k = at + 3;
    while (k < s.size() && s[k] == ' ') ++k;
    if (k < s.size() && s[k] == '/') ++k;
    if (k >= s.size() || s[k] != '>') continue;
    out.append(s, copied, at - copied);
    out += '\n';
    copied = k + 1;
  }
  if (copied == 0) return;
  out.append(s, copied, std::string::npos);
  s = std::move(out);
}

// Binary data that slipped through: many control characters, or mostly
// replacement characters. ESC, BEL and backspace do not count: a page that
// carries terminal escape sequences (coloured text, a title change) is still
// text - it is stored as it is and filtered when shown.
bool looks_binary(std::string_view text, int replaced) {
  std::size_t total = 0;
  std::size_t controls = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = util::next(text, i);
    if (c == '\n' || c == '\t' || c == '\f' || c == '\v' || c == ' ') continue;
    if (c == 0x1B || c == 0x07 || c == 0x08) continue;
    ++total;
    if (c < 0x20 || c == 0x7F) ++controls;
  }
  if (controls * 10 > total) return true;
  return static_cast<std::size_t>(replaced) * 2 > total;  // mostly undecodable
}

Result<std::string> nfc(std::string text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return Error("cannot load the ICU NFC normaliser");
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) return Error("file too large");
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (n->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return text;
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  n->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) return Error(std::string("cannot normalise the text: ") + u_errorName(status));
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The text of a file that starts with a UTF-8 byte-order mark (removed).
Result<std::string> decode_utf8_with_bom(std::string_view bytes, DecodedText& out) {
  out.encoding = "UTF-8 (BOM)";
  bytes.remove_prefix(3);
  if (std::memchr(bytes.data(), 0, bytes.size()) != nullptr) return kBinary;
  if (scan_utf8(bytes).invalid == 0) return std::string(bytes);
  return to_utf8("UTF-8", bytes, out.replaced);
}

// The text of a file that starts with a UTF-16 byte-order mark (removed).
Result<std::string> decode_utf16(std::string_view bytes, DecodedText& out) {
  out.encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
  return to_utf8(out.encoding.c_str(), bytes.substr(2), out.replaced);
}

// Bytes that are neither clean nor lightly damaged UTF-8: GB18030 when ICU's
// detector or the text says so, else whichever of GB18030 and UTF-8 replaces
// fewer bytes (UTF-8 on a tie).
Result<std::string> decode_gb_or_utf8(std::string_view bytes, DecodedText& out) {
  // GB18030 is a superset of GBK and GB2312.
  const std::string detected = detect(bytes);
  const bool gb_family = detected == "GB18030" || detected == "GBK" || detected == "GB2312";
  int gb_replaced = 0;
  KANBAO_ASSIGN_OR_RETURN(auto gb, to_utf8("GB18030", bytes, gb_replaced));
  if (!gb_family && !(gb_replaced == 0 && mostly_han(gb))) {
    int u8_replaced = 0;
    KANBAO_ASSIGN_OR_RETURN(auto u8, to_utf8("UTF-8", bytes, u8_replaced));
    if (u8_replaced <= gb_replaced) {
      out.encoding = "UTF-8";
      out.replaced = u8_replaced;
      return u8;
    }
  }
  out.encoding = "GB18030";
  out.replaced = gb_replaced;
  return gb;
}

// A code point Chinese text in UTF-16 is mostly made of: ASCII and
// Latin-1, general punctuation (—, “”, …), CJK punctuation and kana, the
// unified ideographs, full-width forms.
bool common_in_chinese_text(char32_t c) {
  return (c >= 0x20 && c <= 0xFF) || c == '\n' || c == '\r' || c == '\t' || (c >= 0x2000 && c <= 0x206F) ||
         (c >= 0x3000 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

// How many code units of `bytes`, read as UTF-16 (`little` endian), are
// common in Chinese text; -1 when the bytes cannot be UTF-16 text: an odd
// length, a NUL or a C0 control other than tab, LF, FF and CR, an unpaired
// surrogate, U+FFFE or U+FFFF.
long utf16_common_units(std::string_view bytes, bool little) {
  if (bytes.size() % 2 != 0) return -1;
  long common = 0;
  bool high_surrogate = false;
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    const auto lo = static_cast<unsigned char>(bytes[little ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(bytes[little ? i + 1 : i]);
    const char32_t u = (static_cast<char32_t>(hi) << 8) | lo;
    const bool is_high = u >= 0xD800 && u <= 0xDBFF, is_low = u >= 0xDC00 && u <= 0xDFFF;
    if (is_low != high_surrogate) return -1;  // a low surrogate alone, or a high one not followed by one
    high_surrogate = is_high;
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\f' && u != '\r') return -1;
    if (u == 0xFFFE || u == 0xFFFF) return -1;
    if (common_in_chinese_text(u)) ++common;
  }
  return high_surrogate ? -1 : common;
}

// "UTF-16LE" or "UTF-16BE" for bytes that hold a NUL but are UTF-16 text
// without a byte-order mark (`iconv -t utf-16le` writes none); nullptr for
// anything else. The rule: no NUL unit, no control but tab, LF, FF and CR,
// no unpaired surrogate, and at least 90% of the units common in Chinese
// text (ASCII, punctuation, kana, ideographs, full-width forms). Random
// bytes or a PNG fail it at their first aligned pair of NULs or control.
// Text read in the wrong byte order has far fewer common units (中 U+4E2D
// becomes U+2D4E, a newline U+0A00), so the order with more wins, LE on a tie.
const char* unmarked_utf16(std::string_view bytes) {
  const long units = static_cast<long>(bytes.size() / 2);
  if (units < 2) return nullptr;
  const long le = utf16_common_units(bytes, true), be = utf16_common_units(bytes, false);
  const long best = std::max(le, be);
  if (best < 0 || best * 10 < units * 9) return nullptr;
  return le >= be ? "UTF-16LE" : "UTF-16BE";
}

// The text of a file without a byte-order mark.
Result<std::string> decode_unmarked(std::string_view bytes, DecodedText& out) {
  if (std::memchr(bytes.data(), 0, bytes.size()) != nullptr) {
    const char* utf16 = unmarked_utf16(bytes);
    if (utf16 == nullptr) return kBinary;
    out.encoding = utf16;
    return to_utf8(utf16, bytes, out.replaced);
  }
  const Utf8Scan scan = scan_utf8(bytes);
  // A few bad bytes in otherwise good UTF-8 are damage, not another encoding
  // (GB18030 text very rarely forms valid UTF-8 sequences).
  if (scan.invalid != 0 && scan.multibyte < 8 * scan.invalid) return decode_gb_or_utf8(bytes, out);
  out.encoding = "UTF-8";
  if (scan.invalid == 0) return std::string(bytes);
  return to_utf8("UTF-8", bytes, out.replaced);
}

// The bytes as UTF-8, by their byte-order mark or, without one, by their content.
Result<std::string> decode_to_utf8(std::string_view bytes, DecodedText& out) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) return decode_utf8_with_bom(bytes, out);
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) return decode_utf16(bytes, out);
  return decode_unmarked(bytes, out);
}

}  // namespace

Result<DecodedText> decode(std::string_view bytes) {
  DecodedText out;
  KANBAO_ASSIGN_OR_RETURN(std::string text, decode_to_utf8(bytes, out));
  normalise_line_endings(text);
  break_html_lines(text);
  if (looks_binary(text, out.replaced)) return kBinary;
  KANBAO_ASSIGN_OR_RETURN(out.text, nfc(std::move(text)));
  return out;
}

}  // namespace kanbao::corpus
