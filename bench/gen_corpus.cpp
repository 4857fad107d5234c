// SPDX-License-Identifier: MIT
// kanbao-gen-corpus: synthetic newspaper pages in the sample format, at any
// size, for benchmarks.
//
//   kanbao-gen-corpus --articles N --out DIR [--sample DIR] [--seed S]
//
// Text comes from a character bigram (Markov) model of the sample pages, so
// character and bigram frequencies look like the real thing; about 1 in 150
// characters is instead drawn uniformly from the CJK Unified Ideographs block,
// giving the long tail of rare characters real archives have. Pages hold six
// articles and go to DIR/<district>/<year>/NNNN/page_NNNNNN.txt.
#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace {

namespace fs = std::filesystem;

// The sample's text as code points (invalid bytes, which the sample has none
// of, are dropped).
std::vector<char32_t> decode(const std::string& s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = kanbao::text::decode(s, i);
    if (c != kanbao::text::kInvalid) out.push_back(c);
  }
  return out;
}

void encode(std::string& out, char32_t c) { kanbao::text::append_utf8(out, c); }

bool is_han(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

class Model {
 public:
  void learn(const std::vector<char32_t>& text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i) next_[text[i]][text[i + 1]]++;
    for (char32_t c : text)
      if (is_han(c)) starts_.push_back(c);
  }
  void finish() {
    for (auto& [c, counts] : next_) {
      Table& t = tables_[c];
      std::uint32_t sum = 0;
      for (auto [n, k] : counts) {
        sum += k;
        t.next.push_back(n);
        t.cumulative.push_back(sum);
      }
    }
  }
  // `length` characters, Han-only when `han_only` (titles). Never starting
  // with 本 (so never with 本报讯: a paragraph opening with a lead is a new
  // article in any paper, and the corpus must hold exactly the articles it
  // says it does).
  std::string generate(std::size_t length, bool han_only, std::mt19937_64& rng) const {
    std::string out;
    char32_t c = starts_[rng() % starts_.size()];
    while (c == U'本') c = starts_[rng() % starts_.size()];
    for (std::size_t i = 0; i < length; ++i) {
      char32_t emit = c;
      if (rng() % 150 == 0) emit = static_cast<char32_t>(0x4E00 + rng() % (0x9FA5 - 0x4E00));  // rare
      if (!han_only || is_han(emit)) encode(out, emit);
      auto it = tables_.find(c);
      if (it == tables_.end() || it->second.next.empty() || c == U'\n') {
        c = starts_[rng() % starts_.size()];
        continue;
      }
      const Table& t = it->second;
      auto pick = static_cast<std::uint32_t>(rng() % t.cumulative.back());
      std::size_t k = static_cast<std::size_t>(
          std::upper_bound(t.cumulative.begin(), t.cumulative.end(), pick) - t.cumulative.begin());
      c = t.next[k];
      if (c == U'\n' || c == U'\r') c = starts_[rng() % starts_.size()];
    }
    return out;
  }

 private:
  struct Table {
    std::vector<char32_t> next;
    std::vector<std::uint32_t> cumulative;
  };
  std::map<char32_t, std::map<char32_t, std::uint32_t>> next_;
  std::map<char32_t, Table> tables_;
  std::vector<char32_t> starts_;
};

int usage() {
  std::cerr << "usage: kanbao-gen-corpus --articles N --out DIR [--sample DIR] [--seed S]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  long long articles = -1;
  std::string out_dir, sample_dir = "data/sample";  // run from the source tree, or pass --sample
  std::uint64_t seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--articles")
      articles = std::stoll(value);
    else if (flag == "--out")
      out_dir = value;
    else if (flag == "--sample")
      sample_dir = value;
    else if (flag == "--seed")
      seed = std::stoull(value);
    else
      return usage();
  }
  if (articles < 0 || out_dir.empty() || sample_dir.empty()) return usage();

  Model model;
  std::vector<std::string> people;
  for (const auto& entry : fs::directory_iterator(sample_dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    model.learn(decode(text));
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.rfind("记者 ", 0) != 0) continue;
      std::istringstream words(line);
      std::string w;
      while (words >> w)
        if (w != "记者" && w != "通讯员" && w != "文/图") people.push_back(w);
    }
  }
  if (people.empty()) people.push_back("冉红政");
  model.finish();

  const char* districts[] = {"管城回族区", "金水区", "中原区", "二七区", "惠济区", "郑东新区"};
  std::mt19937_64 rng(seed);
  constexpr long long kPerPage = 6;
  long long pages = (articles + kPerPage - 1) / kPerPage;
  for (long long p = 0; p < pages; ++p) {
    const char* district = districts[p % 6];
    int year = 2018 + static_cast<int>(p % 6);
    fs::path dir = fs::path(out_dir) / district / std::to_string(year) / fmt::format("{:04d}", p / 1000);
    fs::create_directories(dir);
    std::string page = "\n\n";
    for (long long a = p * kPerPage; a < std::min(articles, (p + 1) * kPerPage); ++a) {
      page += model.generate(12 + rng() % 20, true, rng) + "\n\n";
      std::size_t paragraphs = 2 + rng() % 6;
      for (std::size_t k = 0; k < paragraphs; ++k) {
        if (k == 0) page += fmt::format("本报讯 {}月{}日,", 1 + rng() % 12, 1 + rng() % 28);
        page += model.generate(60 + rng() % 240, false, rng) + "。\n\n";
      }
      page += fmt::format("记者 {} 通讯员 {}\n\n\n", people[rng() % people.size()],
                          people[rng() % people.size()]);
    }
    std::ofstream(dir / fmt::format("page_{:06d}.txt", p), std::ios::binary) << page;
  }
  std::cout << "wrote " << articles << " articles in " << pages << " pages to " << out_dir << "\n";
  return 0;
}
