// SPDX-License-Identifier: MIT
// Build-time generator of kanbao's Han tables, from the Unicode Han Database
// (Unihan) as Debian's unicode-data package ships it.
//
//   gen_han_tables OUTPUT.inc Unihan_Variants.txt[.bz2] Unihan_Readings.txt[.bz2]
//                  Unihan_OtherMappings.txt[.bz2]
//
// Folding (traditional -> simplified), the rule the manual states:
//   - a character of the 通用规范汉字表 (kTGH, 8,105 characters) is never
//     folded: it is a simplified character in its own right (著 is not 着);
//   - a character whose kSimplifiedVariant lists itself is never folded (乾
//     is 干 in 乾燥 but 乾 in 乾隆: it can be a simplified character);
//   - any other character with a kSimplifiedVariant folds to it (the first
//     one of the 通用规范汉字表 when several are listed), followed to a
//     fixed point;
//   - a character with no kSimplifiedVariant that is a glyph variant
//     (kZVariant) of a traditional character with exactly one other
//     simplified form folds to that form (説 -> 说, as 說).
// Pinyin: a character's standard readings, toneless: those of kMandarin and
// kTGHZ2013 (the 通用规范汉字表's own), or, for a character neither lists,
// those of kHanyuPinyin and kXHC1983. The dictionaries keep readings no
// modern text uses (体 as bèn, 还 as fú), and each reading of a character
// is a token pair of every bigram it is in: such a reading made `bjl` find
// 体交流 and grew the index for nobody. ü is written both u and v.
//
// Output (C++ arrays, included by store/pinyin.cpp):
//   kHanSource   where the tables come from (file, Unicode version, date)
//   kUnihanVersion  the Unicode version of the Unihan files alone (it goes
//                into the search index's stamp, which must not name paths)
//   kT2S[]       sorted {traditional, simplified} code point pairs
//   kSyllables[] toneless syllables, sorted
//   kPinyin[]    {code point, syllable index}, sorted by code point, then syllable
//   kCommon[]    sorted: the 3,500 characters of level 1 of the 通用规范汉字表
// Any unreadable file or field is a build error, never an empty table.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

// Exits with `status`, which says it even when stderr cannot be written.
[[noreturn]] void fail(const std::string& message, int status = 1) {
  if (std::fprintf(stderr, "gen_han_tables: %s\n", message.c_str()) < 0) std::exit(status);
  std::exit(status);
}

// fprintf to the generated file; a failed write is a build error.
__attribute__((format(printf, 2, 3))) void put(std::FILE* out, const char* format, ...) {
  va_list args;
  va_start(args, format);
  // va_start above initialises `args`: clang-tidy 14's analyzer does not see it.
  const int written = std::vfprintf(out, format, args);  // NOLINT(clang-analyzer-valist.Uninitialized)
  va_end(args);
  if (written < 0) fail("cannot write the generated tables");
}

// One Unihan file: its header (version, date) and its field lines.
struct UnihanFile {
  std::string path, version, date;
  std::map<std::string, std::map<char32_t, std::string>> fields;  // field -> code point -> value
};

char32_t code_point(const std::string& s, const std::string& where) {
  if (s.size() < 3 || s.compare(0, 2, "U+") != 0) fail(where + ": not a code point: " + s);
  char* end = nullptr;
  unsigned long v = std::strtoul(s.c_str() + 2, &end, 16);
  if (*end != '\0' && *end != '<') fail(where + ": not a code point: " + s);
  return static_cast<char32_t>(v);
}

UnihanFile read_unihan(const std::string& path) {
  UnihanFile f;
  f.path = path;
  const bool compressed = path.size() > 4 && path.compare(path.size() - 4, 4, ".bz2") == 0;
  std::string command = "bzip2 -dc -- '" + path + "'";
  std::FILE* in = compressed ? popen(command.c_str(), "r") : std::fopen(path.c_str(), "r");
  if (in == nullptr) fail("cannot read " + path);
  std::string line;
  char buffer[4096];
  std::size_t lines = 0;
  while (std::fgets(buffer, sizeof buffer, in) != nullptr) {
    line += buffer;
    if (line.empty() || line.back() != '\n') continue;
    line.pop_back();
    if (line.rfind("# Unicode version: ", 0) == 0) f.version = line.substr(19);
    if (line.rfind("# Date: ", 0) == 0) f.date = line.substr(8);
    if (!line.empty() && line[0] != '#') {
      std::size_t tab1 = line.find('\t'), tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
      if (tab2 == std::string::npos) fail(path + ": malformed line: " += line);
      char32_t c = code_point(line.substr(0, tab1), path);
      f.fields[line.substr(tab1 + 1, tab2 - tab1 - 1)][c] = line.substr(tab2 + 1);
      ++lines;
    }
    line.clear();
  }
  int status = compressed ? pclose(in) : std::fclose(in);
  if (status != 0) fail("cannot read " + path + (compressed ? " (is bzip2 installed?)" : ""));
  if (lines == 0 || f.version.empty()) fail(path + " is not a Unihan data file");
  return f;
}

const std::map<char32_t, std::string>& field(const UnihanFile& f, const std::string& name) {
  auto it = f.fields.find(name);
  if (it == f.fields.end() || it->second.empty()) fail(f.path + " has no " + name + " field");
  return it->second;
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// "zhǎng" -> {"zhang"}; "lǜ" -> {"lu", "lv"}; "" when not a pinyin syllable.
std::vector<std::string> toneless(const std::string& syllable) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = nfd->normalize(icu::UnicodeString::fromUTF8(syllable), status);
  if (U_FAILURE(status)) return {};
  std::string plain, with_v;
  for (int i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    if (c >= 'a' && c <= 'z') {
      plain += static_cast<char>(c);
      with_v += static_cast<char>(c);
    } else if (c == 0x0308 && !with_v.empty() && with_v.back() == 'u') {  // ü
      with_v.back() = 'v';
    } else if (c < 0x0300 || c > 0x036F) {
      return {};  // not a combining tone mark: not pinyin
    }
  }
  if (plain.empty() || plain.size() > 6) return {};
  if (with_v == plain) return {plain};
  return {plain, with_v};
}

// The readings of one field value: kMandarin "zhǎng cháng", kHanyuPinyin
// "10093.130:xī,lǔ 74609.020:lǔ", kXHC1983 / kTGHZ2013 "0121.040:cháng".
std::vector<std::string> readings_of(const std::string& value) {
  std::vector<std::string> out;
  for (const std::string& w : words(value)) {
    std::string list = w.substr(w.find(':') == std::string::npos ? 0 : w.find(':') + 1);
    std::size_t start = 0;
    for (;;) {
      std::size_t comma = list.find(',', start);
      for (auto& r :
           toneless(list.substr(start, comma == std::string::npos ? std::string::npos : comma - start)))
        out.push_back(r);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return out;
}

struct Tables {
  std::map<char32_t, char32_t> t2s;
  std::map<char32_t, std::set<std::string>> readings;
  std::set<char32_t> common;
};

// The 8,105 characters of the 通用规范汉字表 (kTGH); `common` gets its level 1
// (常用字, serial numbers 1..3500).
std::set<char32_t> standard_characters(const UnihanFile& mappings, std::set<char32_t>& common) {
  std::set<char32_t> standard;
  for (const auto& [c, value] : field(mappings, "kTGH")) {
    standard.insert(c);
    // "2013:1234": the serial number; 1..3500 is level 1 (常用字).
    std::size_t colon = value.find(':');
    if (colon != std::string::npos && std::atoi(value.c_str() + colon + 1) <= 3500) common.insert(c);
  }
  if (standard.size() != 8105 || common.size() != 3500) {
    fail(mappings.path + ": kTGH lists " + std::to_string(standard.size()) + " characters (" +
         std::to_string(common.size()) + " of level 1), not the 8,105 (3,500) of the 通用规范汉字表");
  }
  return standard;
}

// One step of folding a character towards its simplified form (the rule
// in README's Search section).
class Simplifier {
 public:
  Simplifier(const UnihanFile& variants, const std::set<char32_t>& standard)
      : path_(variants.path),
        standard_(standard),
        simplified_(field(variants, "kSimplifiedVariant")),
        z_variants_(field(variants, "kZVariant")) {}

  // The characters that may fold at all.
  std::set<char32_t> candidates() const {
    std::set<char32_t> out;
    for (const auto& entry : simplified_) out.insert(entry.first);
    for (const auto& entry : z_variants_) out.insert(entry.first);
    return out;
  }

  char32_t target_of(char32_t c) const {
    if (standard_.count(c) != 0) return c;
    auto it = simplified_.find(c);
    if (it == simplified_.end()) return glyph_variant_target(c);
    std::vector<char32_t> to;
    for (const std::string& w : words(it->second)) to.push_back(code_point(w, path_));
    if (std::find(to.begin(), to.end(), c) != to.end()) return c;  // can itself be simplified
    for (char32_t s : to)
      if (standard_.count(s) != 0) return s;
    return to.empty() ? c : to.front();
  }

 private:
  // A mere glyph variant (kZVariant, 説 of 說) of a traditional character
  // folds as that character does.
  char32_t glyph_variant_target(char32_t c) const {
    auto z = z_variants_.find(c);
    if (z == z_variants_.end()) return c;
    for (const std::string& w : words(z->second)) {
      char32_t v = code_point(w, path_);
      auto vs = simplified_.find(v);
      if (standard_.count(v) == 0 && vs != simplified_.end() && words(vs->second).size() == 1) {
        char32_t to = code_point(words(vs->second)[0], path_);
        if (to != v) return to;
      }
    }
    return c;
  }

  const std::string& path_;
  const std::set<char32_t>& standard_;
  const std::map<char32_t, std::string>& simplified_;
  const std::map<char32_t, std::string>& z_variants_;
};

// Each foldable character's final target, chains (A -> B -> C) followed.
std::map<char32_t, char32_t> fold_table(const Simplifier& simplifier) {
  std::map<char32_t, char32_t> t2s;
  for (char32_t c : simplifier.candidates()) {
    char32_t to = simplifier.target_of(c);
    for (int i = 0; i < 4; ++i) {  // chains (A -> B -> C), a few steps at most
      char32_t next = simplifier.target_of(to);
      if (next == to) break;
      to = next;
    }
    if (to != c) t2s[c] = to;
  }
  return t2s;
}

Tables build(const UnihanFile& variants, const UnihanFile& readings, const UnihanFile& mappings) {
  Tables t;
  const std::set<char32_t> standard = standard_characters(mappings, t.common);
  t.t2s = fold_table(Simplifier(variants, standard));
  for (const char* name : {"kMandarin", "kTGHZ2013"}) {
    for (const auto& [c, value] : field(readings, name)) {
      for (auto& r : readings_of(value)) t.readings[c].insert(r);
    }
  }
  // The dictionaries' readings only for characters the two above leave
  // without one.
  std::map<char32_t, std::set<std::string>> dictionaries;
  for (const char* name : {"kHanyuPinyin", "kXHC1983"}) {
    for (const auto& [c, value] : field(readings, name)) {
      for (auto& r : readings_of(value)) dictionaries[c].insert(r);
    }
  }
  for (auto& [c, rs] : dictionaries)
    if (t.readings.count(c) == 0) t.readings[c] = std::move(rs);
  auto reads = [&](char32_t c, const char* r) { return t.readings[c].count(r) != 0; };
  if (!reads(U'长', "chang") || !reads(U'长', "zhang") || !reads(U'行', "hang") || !reads(U'乐', "yue") ||
      !reads(U'厦', "xia") || !reads(U'绿', "lv") || reads(U'体', "ben") || t.t2s[U'區'] != U'区' ||
      t.t2s.count(U'著') != 0)
    fail("the tables built from " + readings.path + " fail their spot checks");
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    fail(
        "usage: gen_han_tables OUTPUT.inc Unihan_Variants.txt[.bz2] Unihan_Readings.txt[.bz2] "
        "Unihan_OtherMappings.txt[.bz2]",
        2);
  }
  const UnihanFile variants = read_unihan(argv[2]), readings = read_unihan(argv[3]),
                   mappings = read_unihan(argv[4]);
  const Tables t = build(variants, readings, mappings);

  std::FILE* out = std::fopen(argv[1], "w");
  if (out == nullptr) fail(std::string("cannot write ") + argv[1]);
  put(out, "// Generated by store/tools/gen_han_tables.cpp. Do not edit.\n");
  put(out, "inline constexpr const char* kHanSource = \"Unihan %s (%s), from %s, %s, %s\";\n",
      variants.version.c_str(), variants.date.c_str(), variants.path.c_str(), readings.path.c_str(),
      mappings.path.c_str());
  put(out, "inline constexpr const char* kUnihanVersion = \"%s\";\n", variants.version.c_str());
  put(out, "inline constexpr char32_t kT2S[][2] = {\n");
  for (auto [from, to] : t.t2s)
    put(out, "{0x%X,0x%X},\n", static_cast<unsigned>(from), static_cast<unsigned>(to));
  put(out, "};\n");

  std::set<std::string> syllables;
  for (const auto& entry : t.readings) syllables.insert(entry.second.begin(), entry.second.end());
  std::map<std::string, int> index;
  put(out, "inline constexpr const char* kSyllables[] = {\n");
  int n = 0;
  for (const auto& s : syllables) {
    index[s] = n++;
    put(out, "\"%s\",\n", s.c_str());
  }
  put(out, "};\n");
  put(out, "inline constexpr unsigned kPinyin[][2] = {\n");
  for (const auto& [c, rs] : t.readings)
    for (const auto& r : rs) put(out, "{0x%X,%d},\n", static_cast<unsigned>(c), index[r]);
  put(out, "};\n");
  put(out, "inline constexpr char32_t kCommon[] = {\n");
  for (char32_t c : t.common) put(out, "0x%X,\n", static_cast<unsigned>(c));
  put(out, "};\n");
  return std::fclose(out) == 0 ? 0 : 1;
}
