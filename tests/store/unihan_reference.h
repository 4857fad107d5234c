// SPDX-License-Identifier: MIT
// The tests' own reading of the Unicode Han Database: parsed here from the
// Debian unicode-data files (KANBAO_UNIHAN_FILES), sharing no code with
// store/tools/gen_han_tables.cpp, so that a test of folding or pinyin is not
// the code checking itself.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace kanbao::store::testing {

class Unihan {
 public:
  // Loads the three files named in KANBAO_UNIHAN_FILES ('|'-separated);
  // `error` says what went wrong when ok() is false.
  Unihan() {
    std::string files = KANBAO_UNIHAN_FILES;
    std::size_t start = 0;
    for (;;) {
      std::size_t semi = files.find('|', start);
      load(files.substr(start, semi == std::string::npos ? std::string::npos : semi - start));
      if (semi == std::string::npos) break;
      start = semi + 1;
    }
    for (const auto& [c, value] : field("kTGH")) {
      standard.insert(c);
      if (std::atoi(value.c_str() + value.find(':') + 1) <= 3500) common.insert(c);
    }
    for (const auto& [c, value] : field("kSimplifiedVariant"))
      for (const auto& w : words(value)) simplified_variants[c].push_back(code_point(w));
    // The standard readings; the dictionaries' only for characters without.
    add_readings({"kMandarin", "kTGHZ2013"}, readings);
    std::map<char32_t, std::set<std::string>> dictionaries;
    add_readings({"kHanyuPinyin", "kXHC1983"}, dictionaries);
    for (auto& [c, rs] : dictionaries)
      if (readings[c].empty()) readings[c] = rs;
  }

  bool ok() const { return error.empty(); }

  // Traditional-only: not in the 通用规范汉字表, with simplified variants
  // that do not include itself.
  bool traditional_only(char32_t c) const {
    auto it = simplified_variants.find(c);
    if (standard.count(c) != 0 || it == simplified_variants.end()) return false;
    for (char32_t s : it->second)
      if (s == c) return false;
    return true;
  }

  // The rule of the manual, written again: 通用规范汉字表 characters stay;
  // traditional-only ones become their simplified variant (the first of the
  // standard list when several), followed a few steps; glyph variants
  // (kZVariant) of a traditional character with one simplified form become it.
  char32_t fold(char32_t c) const {
    for (int step = 0; step < 5; ++step) {
      char32_t next = fold_once(c);
      if (next == c) return c;
      c = next;
    }
    return c;
  }

  std::string error;
  std::set<char32_t> standard, common;
  std::map<char32_t, std::vector<char32_t>> simplified_variants;
  std::map<char32_t, std::set<std::string>> readings;  // toneless; ü as both u and v
  std::map<std::string, std::map<char32_t, std::string>> fields;

 private:
  char32_t fold_once(char32_t c) const {
    if (standard.count(c) != 0) return c;
    if (traditional_only(c)) {
      for (char32_t s : simplified_variants.at(c))
        if (standard.count(s) != 0) return s;
      return simplified_variants.at(c).front();
    }
    if (simplified_variants.count(c) != 0) return c;
    auto z = fields.find("kZVariant");
    if (z == fields.end() || z->second.count(c) == 0) return c;
    for (const auto& w : words(z->second.at(c))) {
      char32_t v = code_point(w);
      auto it = simplified_variants.find(v);
      if (traditional_only(v) && it->second.size() == 1) return it->second.front();
    }
    return c;
  }

  const std::map<char32_t, std::string>& field(const std::string& name) {
    if (fields[name].empty()) error += "no " + name + " field; ";
    return fields[name];
  }

  static std::vector<std::string> words(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
  }

  static char32_t code_point(const std::string& s) {
    return static_cast<char32_t>(std::strtoul(s.c_str() + 2, nullptr, 16));
  }

  void add_readings(std::initializer_list<const char*> names, std::map<char32_t, std::set<std::string>>& to) {
    for (const char* name : names)
      for (const auto& [c, value] : field(name))
        for (const auto& w : words(value)) {
          std::string list = w.substr(w.find(':') == std::string::npos ? 0 : w.find(':') + 1);
          std::stringstream in(list);
          for (std::string r; std::getline(in, r, ',');) add_reading(to[c], r);
        }
  }

  // Tones by table (the generator decomposes with ICU instead).
  static void add_reading(std::set<std::string>& to, const std::string& syllable) {
    static const std::map<std::string, char> plain = {
        {"ā", 'a'},      {"á", 'a'},      {"ǎ", 'a'},     {"à", 'a'}, {"ē", 'e'}, {"é", 'e'}, {"ě", 'e'},
        {"è", 'e'},      {"ê", 'e'},      {"ế", 'e'},     {"ề", 'e'}, {"ī", 'i'}, {"í", 'i'}, {"ǐ", 'i'},
        {"ì", 'i'},      {"ō", 'o'},      {"ó", 'o'},     {"ǒ", 'o'}, {"ò", 'o'}, {"ū", 'u'}, {"ú", 'u'},
        {"ǔ", 'u'},      {"ù", 'u'},      {"ń", 'n'},     {"ň", 'n'}, {"ǹ", 'n'}, {"ḿ", 'm'}, {"\xCC\x80", 0},
        {"\xCC\x81", 0}, {"\xCC\x84", 0}, {"\xCC\x8C", 0}};  // combining tones
    static const std::set<std::string> u_umlaut = {"ü", "ǖ", "ǘ", "ǚ", "ǜ"};
    std::string u, v;
    for (std::size_t i = 0; i < syllable.size();) {
      unsigned char b = static_cast<unsigned char>(syllable[i]);
      std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
      std::string ch = syllable.substr(i, len);
      i += len;
      if (len == 1 && b >= 'a' && b <= 'z') {
        u += ch;
        v += ch;
      } else if (u_umlaut.count(ch) != 0) {
        u += 'u';
        v += 'v';
      } else if (plain.count(ch) != 0) {
        if (plain.at(ch) != 0) {
          u += plain.at(ch);
          v += plain.at(ch);
        }
      } else {
        return;  // not pinyin
      }
    }
    if (u.empty()) return;
    to.insert(u);
    to.insert(v);
  }

  void load(const std::string& path) {
    const bool bz2 = path.size() > 4 && path.compare(path.size() - 4, 4, ".bz2") == 0;
    std::string command = "bzip2 -dc -- '" + path + "'";
    std::FILE* in = bz2 ? popen(command.c_str(), "r") : std::fopen(path.c_str(), "r");
    if (in == nullptr) {
      error += "cannot read " + path + "; ";
      return;
    }
    std::string line;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, in) != nullptr) {
      line += buffer;
      if (line.back() != '\n') continue;
      line.pop_back();
      std::size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
      static const std::set<std::string> wanted = {
          "kTGH", "kSimplifiedVariant", "kZVariant", "kMandarin", "kHanyuPinyin", "kXHC1983", "kTGHZ2013"};
      if (!line.empty() && line[0] == 'U' && t2 != std::string::npos) {
        std::string name = line.substr(t1 + 1, t2 - t1 - 1);
        if (wanted.count(name) != 0) fields[name][code_point(line.substr(0, t1))] = line.substr(t2 + 1);
      }
      line.clear();
    }
    if ((bz2 ? pclose(in) : std::fclose(in)) != 0) error += "cannot read " + path + "; ";
  }
};

}  // namespace kanbao::store::testing
