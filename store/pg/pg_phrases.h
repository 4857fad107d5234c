// SPDX-License-Identifier: MIT
// bm25 inputs for queries whose FTS5 expression is not just the typed terms
// (pinyin readings expand into many Han phrases): the phrases of an
// expression, and their instances in an article counted on its tokens as
// FTS5 counts them. Internal to store/.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "store/snippet.h"
#include "store/tokenizer.h"

namespace kanbao::store::pg {

using Phrase = std::vector<tokens::PhraseToken>;

// A prefix token's text -> the whole tokens it stands for (pg_pinyin.h).
using PrefixExpansions = std::map<std::string, std::vector<std::string>>;

// An expression built by query::translate: phrases ("tok" + "tok" *)
// joined by AND, OR, NOT and parentheses.
class Expression {
 public:
  explicit Expression(std::string_view text);

  // Every phrase, in order, repeats kept (FTS5's bm25 sums over each).
  const std::vector<Phrase>& phrases() const { return phrases_; }

  // Which phrases' instances count towards bm25 in a row where phrase i has
  // instances[i] > 0: as FTS5 does, only those in the parts of the
  // expression that match the row (a phrase under an AND that fails, or on
  // the right of a NOT, counts nothing).
  std::vector<bool> counted(const std::vector<double>& instances) const;

  // Whether a row where phrase i has instances[i] > 0 matches, as in FTS5.
  bool matches(const std::vector<double>& instances) const;

  // The whole tokens each phrase stands for, in order, when every phrase is
  // one token: a row holds phrase i exactly when it holds one of out[i], so
  // matches() of 1 or 0 per phrase decides it as FTS5 does (a phrase of one
  // whole token matches wherever that token is, one of a prefix token
  // wherever one of the tokens `expansions` lists for it is: every token
  // starting with it that an article holds). nullopt when some phrase has
  // more tokens (FTS5 wants them adjacent) or is a prefix `expansions` does
  // not list: a set of tokens cannot tell.
  std::optional<std::vector<std::vector<std::string>>> phrase_tokens(
      const PrefixExpansions& expansions) const;
  // The same for phrase `p` alone.
  std::optional<std::vector<std::string>> phrase_tokens(std::size_t p,
                                                        const PrefixExpansions& expansions) const;

  // Per phrase, a group: the phrases that are operands of one OR share
  // theirs, any other phrase has its own. Where an article holds some
  // phrase of a group, taking it to hold all of them leaves what the
  // expression matches unchanged (that OR holds either way).
  std::vector<std::size_t> or_groups() const;

 private:
  struct Node {
    enum Kind { kPhrase, kAnd, kOr, kNot } kind = kPhrase;
    std::size_t phrase = 0;
    std::vector<Node> kids;
  };
  struct Token {
    enum Kind { kPhrase, kAnd, kOr, kNot, kOpen, kClose } kind = kPhrase;
    std::size_t phrase = 0;
  };
  void end_phrase(Phrase& current);
  std::size_t read_operator(std::string_view e, std::size_t i);
  Node parse_chain(std::size_t& at, int level) const;
  Node parse_not(std::size_t& at) const;
  Node parse_primary(std::size_t& at) const;
  const std::vector<std::string>* single_token(const Node& node, const PrefixExpansions& expansions) const;
  static bool check(const Node& node, const std::vector<double>& instances, std::vector<bool>& counted);
  static void group(const Node& node, std::vector<std::size_t>& out, std::size_t& next);

  std::vector<Phrase> phrases_;
  std::vector<std::vector<std::string>> wholes_;  // per phrase of one token: its text
  std::vector<Token> tokens_;
  Node root_;
};

// Whether `token` is the prefix of one character ("国"*): an article holds
// a token starting with it exactly when the character is one of its token
// heads (kanbao_token_heads, schema 5), which one GIN probe answers.
bool is_head(const tokens::PhraseToken& token);

// The tokens phrases can match: those named, and those starting with a
// prefix token. An article's other tokens need no place in its index.
class PhraseVocabulary {
 public:
  explicit PhraseVocabulary(const std::vector<Phrase>& phrases);
  bool wanted(std::string_view token) const;
  // Whether some wanted token is a pinyin token.
  bool wants_pinyin() const { return pinyin_; }

 private:
  std::vector<std::string> whole_;     // sorted
  std::vector<std::string> prefixes_;  // sorted
  std::set<std::size_t> prefix_lengths_;
  bool pinyin_ = false;
};

// One article's tokens by position, per field (title, subtitle, body,
// byline): of its tokens only those `vocabulary` wants, at their positions
// among all of them (building a map of every token cost 70% of a pinyin
// search); pinyin tokens too (store/tokenizer.h, as SQLite's index holds
// them) when it wants some.
class PositionIndex {
 public:
  PositionIndex(const match::Fields& fields, const PhraseVocabulary& vocabulary);
  // Instances of `phrase`, each weighted by its field's kColumnWeights.
  double weighted_instances(const Phrase& phrase) const;

 private:
  struct Field {
    std::vector<std::vector<std::string>> at;               // tokens at each position
    std::map<std::string, std::vector<std::size_t>> where;  // token -> positions
  };
  static constexpr int kFields = 5;  // match::Fields, title to kicker
  Field fields_[kFields];
};

}  // namespace kanbao::store::pg
