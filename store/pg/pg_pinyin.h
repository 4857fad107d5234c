// SPDX-License-Identifier: MIT
// What a pinyin query needs from the server: the FTS5 expression of its
// readings holding only the bigrams the library has (as the SQLite search
// builds it, store/search/engine.h), and the candidates of an expression
// (every article holding one of its phrases). Internal to store/.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/pg/conn.h"
#include "store/pg/pg_phrases.h"
#include "store/query.h"

namespace kanbao::store::pg {

// query::translate(q, present, exists) with the library's Han characters
// and an `exists` answered by the GIN index: the same expressions the
// SQLite search gets from its own index for the same articles. The bigrams
// are looked up in batches, one round trip each (a pair of common
// syllables reads as thousands of bigrams).
// FtsExpression::preferred is set too (query::preferred_query, from the
// articles holding each bigram, counted from the GIN index), and
// `preferred`, when given, to the preferred query itself.
Result<query::FtsExpression> pinyin_expression(Conn& conn, const query::Query& q,
                                               std::optional<query::Query>* preferred = nullptr);

// FtsExpression::all of the expressions SQLite's index answers for `q`
// (query::PinyinIndex::kTokens: its readings and initials as phrases of
// pinyin tokens). bm25 is computed over its phrases, as SQLite's FTS5 does,
// so that pinyin hits score alike on both backends; the candidates come
// from pinyin_expression().
Result<std::string> pinyin_scored_expression(Conn& conn, const query::Query& q);

// The whole tokens of the library's vocabulary (library_tokens, pg_tokens.h)
// each prefix token of `phrases` stands for: those starting with it, found
// by one range scan of the vocabulary's btree per prefix, all in one round
// trip. The GIN index holds whole tokens only; an article holds a token
// starting with the prefix exactly when it holds one of these, since the
// vocabulary holds every token of every article (and perhaps more). A
// prefix standing for thousands of tokens (4,096) is left out: unexpanded;
// so is a prefix of one character (is_head), which its own index answers.
Result<PrefixExpansions> expand_prefixes(Conn& conn, const std::vector<Phrase>& phrases);

// The smallest string above every string that starts with `prefix`, in
// byte order (that of COLLATE "C"), itself valid UTF-8; "" when there is
// none (a prefix of U+10FFFF alone).
std::string past_prefix(std::string_view prefix);

// SQL over `a.tokens` (parameters appended to `params`) true for every
// article holding some phrase of `phrases` (a superset), through the GIN
// index: a phrase's whole tokens, or for a phrase of prefix tokens alone,
// the first's character among the token heads when it is one (is_head),
// else one of the tokens it stands for (`expansions`, from
// expand_prefixes); a phrase whose prefix stands for nothing matches no
// article. nullopt when there are no phrases, or a prefix stands for more
// than 64 tokens (testing token sets against thousands was slower than
// reading the text): the caller reads every article.
std::optional<std::string> holding_any(const std::vector<Phrase>& phrases, const PrefixExpansions& expansions,
                                       std::vector<Param>& params);

}  // namespace kanbao::store::pg
