// SPDX-License-Identifier: MIT
// bench_search's query mix: the queries, the trigram table's WHERE for each,
// and the brute-force reference that checks kanbao's totals.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::bench {

// One query of the mix. `text` is what kanbao is asked; `trigram` the WHERE
// clause the trigram table is given for the same question (its best plan:
// MATCH for terms of three or more characters, LIKE for shorter ones, the
// Han phrase itself for a pinyin query, which a trigram table cannot read).
struct Query {
  std::string text, kind;
  std::int64_t brute = 0;
  std::string trigram;
  bool estimate = false;  // kanbao's total is marked as an estimate
};

// UTF-8 to code points (invalid bytes dropped) and back.
std::u32string decode(std::string_view s);
std::string encode(const std::u32string& s);

// Han characters of a text in runs: punctuation and spaces are skipped, line
// breaks, the marks that end a sentence (。！？；) and letters/digits end a
// run (the brute-force reference).
std::u32string skeleton(std::string_view text);

// The trigram table's WHERE for "all of `all`, none of `none`" or, with
// `any`, "one of `all`".
std::string trigram_where(const std::vector<std::string>& all, const std::vector<std::string>& none,
                          bool any);

// Brute-force count for one query of the mix.
std::int64_t brute_count(const Query& q, const std::vector<std::u32string>& skeletons);

// The mix, from the articles' skeletons and their characters' frequencies:
// common, rare and absent characters, phrases of 2 to 6, operators and
// pinyin. Totals are left for brute_count.
std::vector<Query> query_mix(const std::vector<std::u32string>& skeletons,
                             const std::map<char32_t, std::int64_t>& freq);

}  // namespace kanbao::bench
