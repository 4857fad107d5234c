// SPDX-License-Identifier: MIT
#include "store/pg/pg_phrases.h"

#include <algorithm>
#include <set>

#include "store/fold.h"
#include "store/hit_scan.h"
#include "store/tokenizer.h"
#include "text/utf8.h"

namespace kanbao::store::pg {
namespace {

bool token_matches(const std::string& token, const tokens::PhraseToken& want) {
  return want.prefix ? token.compare(0, want.text.size(), want.text) == 0 : token == want.text;
}

struct Sink {
  std::vector<std::vector<std::string>>* at;
  const PhraseVocabulary* vocabulary;
};

int collect(void* context, std::string_view token, bool colocated, std::uint32_t, std::uint32_t) {
  const Sink& sink = *static_cast<Sink*>(context);
  auto& at = *sink.at;
  if (!colocated || at.empty()) at.emplace_back();
  if (sink.vocabulary->wanted(token)) at.back().emplace_back(token);
  return 0;
}

// The FTS5 string that starts with the quote at e[i] ("" inside is one
// quote); `i` is left past its closing quote.
std::string read_quoted(std::string_view e, std::size_t& i) {
  std::string text;
  for (++i; i < e.size(); ++i) {
    if (e[i] == '"') {
      if (i + 1 < e.size() && e[i + 1] == '"') {
        text += '"';
        ++i;
        continue;
      }
      break;
    }
    text += e[i];
  }
  ++i;  // the closing quote
  return text;
}

}  // namespace

Expression::Expression(std::string_view e) {
  Phrase current;
  bool joined = false;  // a '+' since the last token
  for (std::size_t i = 0; i < e.size();) {
    const char c = e[i];
    if (c == '"') {
      std::string text = read_quoted(e, i);
      if (!joined) end_phrase(current);
      current.push_back({std::move(text), false});
      joined = false;
    } else if (c == '*' || c == '+' || c == ' ') {
      if (c == '*' && !current.empty()) current.back().prefix = true;
      joined = joined || c == '+';
      ++i;
    } else {
      end_phrase(current);
      joined = false;
      i = read_operator(e, i);
    }
  }
  end_phrase(current);
  std::size_t at = 0;
  root_ = parse_chain(at, 0);
}

// The phrase read so far, if any, becomes the next token.
void Expression::end_phrase(Phrase& current) {
  if (current.empty()) return;
  tokens_.push_back({Token::kPhrase, phrases_.size()});
  wholes_.push_back(current.size() == 1 ? std::vector<std::string>{current[0].text}
                                        : std::vector<std::string>{});
  phrases_.push_back(std::move(current));
  current.clear();
}

// Reads the bracket or word at e[i]: brackets, AND, OR and NOT become
// tokens, anything else (a column filter) is skipped. Returns where the
// next token starts.
std::size_t Expression::read_operator(std::string_view e, std::size_t i) {
  const char c = e[i];
  if (c == '(' || c == ')') {
    tokens_.push_back({c == '(' ? Token::kOpen : Token::kClose, 0});
    return i + 1;
  }
  std::size_t end = i;
  while (end < e.size() && e[end] != ' ' && e[end] != '(' && e[end] != ')' && e[end] != '"') ++end;
  const std::string_view word = e.substr(i, end - i);
  if (word == "AND") tokens_.push_back({Token::kAnd, 0});
  if (word == "OR") tokens_.push_back({Token::kOr, 0});
  if (word == "NOT") tokens_.push_back({Token::kNot, 0});
  return std::max(end, i + 1);
}

Expression::Node Expression::parse_chain(std::size_t& at, int level) const {
  // Level 0: a OR b ...; 1: a AND b ...; each of what the next level parses.
  const Token::Kind op = level == 0 ? Token::kOr : Token::kAnd;
  auto next = [&](std::size_t& i) { return level == 0 ? parse_chain(i, 1) : parse_not(i); };
  Node left = next(at);
  if (at >= tokens_.size() || tokens_[at].kind != op) return left;
  Node node{level == 0 ? Node::kOr : Node::kAnd, 0, {std::move(left)}};
  while (at < tokens_.size() && tokens_[at].kind == op) node.kids.push_back(next(++at));
  return node;
}

Expression::Node Expression::parse_not(std::size_t& at) const {
  Node left = parse_primary(at);
  while (at < tokens_.size() && tokens_[at].kind == Token::kNot) {
    Node node{Node::kNot, 0, {std::move(left)}};
    node.kids.push_back(parse_primary(++at));
    left = std::move(node);
  }
  return left;
}

Expression::Node Expression::parse_primary(std::size_t& at) const {
  if (at >= tokens_.size()) return Node{Node::kOr, 0, {}};  // nothing: matches nothing
  if (tokens_[at].kind == Token::kOpen) {
    Node inner = parse_chain(++at, 0);
    if (at < tokens_.size() && tokens_[at].kind == Token::kClose) ++at;
    return inner;
  }
  if (tokens_[at].kind == Token::kPhrase) return Node{Node::kPhrase, tokens_[at++].phrase, {}};
  ++at;  // a stray operator
  return Node{Node::kOr, 0, {}};
}

bool Expression::check(const Node& node, const std::vector<double>& instances, std::vector<bool>& counted) {
  switch (node.kind) {
    case Node::kPhrase: {
      const bool m = instances[node.phrase] > 0;
      if (m) counted[node.phrase] = true;
      return m;
    }
    case Node::kAnd: {
      std::vector<bool> mine(counted.size(), false);
      for (const Node& kid : node.kids)
        if (!check(kid, instances, mine)) return false;
      for (std::size_t i = 0; i < mine.size(); ++i) counted[i] = counted[i] || mine[i];
      return true;
    }
    case Node::kOr: {
      bool any = false;
      for (const Node& kid : node.kids) any = check(kid, instances, counted) || any;
      return any;
    }
    case Node::kNot: {
      std::vector<bool> ignored(counted.size(), false);
      if (check(node.kids[1], instances, ignored)) return false;
      return check(node.kids[0], instances, counted);
    }
  }
  return false;
}

std::vector<bool> Expression::counted(const std::vector<double>& instances) const {
  std::vector<bool> out(phrases_.size(), false);
  check(root_, instances, out);
  return out;
}

bool Expression::matches(const std::vector<double>& instances) const {
  std::vector<bool> ignored(phrases_.size(), false);
  return check(root_, instances, ignored);
}

// The tokens a phrase node of one token stands for (itself when whole, its
// expansions when a prefix), else nullptr.
const std::vector<std::string>* Expression::single_token(const Node& node,
                                                         const PrefixExpansions& expansions) const {
  if (node.kind != Node::kPhrase) return nullptr;
  const Phrase& phrase = phrases_[node.phrase];
  if (phrase.size() != 1) return nullptr;
  if (!phrase[0].prefix) return &wholes_[node.phrase];
  auto it = expansions.find(phrase[0].text);
  return it == expansions.end() ? nullptr : &it->second;
}

std::optional<std::vector<std::vector<std::string>>> Expression::phrase_tokens(
    const PrefixExpansions& expansions) const {
  std::vector<std::vector<std::string>> out;
  for (std::size_t p = 0; p < phrases_.size(); ++p) {
    auto tokens = phrase_tokens(p, expansions);
    if (!tokens) return std::nullopt;
    out.push_back(std::move(*tokens));
  }
  return out;
}

std::optional<std::vector<std::string>> Expression::phrase_tokens(std::size_t p,
                                                                  const PrefixExpansions& expansions) const {
  Node node;
  node.phrase = p;
  const std::vector<std::string>* tokens = single_token(node, expansions);
  if (tokens == nullptr) return std::nullopt;
  return *tokens;
}

void Expression::group(const Node& node, std::vector<std::size_t>& out, std::size_t& next) {
  if (node.kind == Node::kPhrase) {
    out[node.phrase] = next++;
    return;
  }
  const std::size_t shared = node.kind == Node::kOr ? next++ : 0;
  for (const Node& kid : node.kids) {
    if (node.kind == Node::kOr && kid.kind == Node::kPhrase) {
      out[kid.phrase] = shared;
    } else {
      group(kid, out, next);
    }
  }
}

std::vector<std::size_t> Expression::or_groups() const {
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> out(phrases_.size(), kNone);
  std::size_t next = 0;
  group(root_, out, next);
  // A phrase the tree does not hold (after a stray bracket) is its own group.
  for (std::size_t& g : out)
    if (g == kNone) g = next++;
  return out;
}

bool is_head(const tokens::PhraseToken& token) {
  if (!token.prefix || token.text.empty()) return false;
  std::size_t at = 0;
  text::decode(token.text, at);
  return at == token.text.size();
}

PhraseVocabulary::PhraseVocabulary(const std::vector<Phrase>& phrases) {
  for (const Phrase& phrase : phrases) {
    for (const auto& token : phrase) (token.prefix ? prefixes_ : whole_).push_back(token.text);
  }
  for (auto* list : {&whole_, &prefixes_}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  for (const auto& p : prefixes_) prefix_lengths_.insert(p.size());
  pinyin_ = std::any_of(whole_.begin(), whole_.end(), tokens::is_pinyin_token);
}

bool PhraseVocabulary::wanted(std::string_view token) const {
  if (std::binary_search(whole_.begin(), whole_.end(), token, std::less<>())) return true;
  // Few lengths, many prefixes (a syllable's every character): look up
  // the token's own prefixes of those lengths.
  return std::any_of(prefix_lengths_.begin(), prefix_lengths_.end(), [&](std::size_t n) {
    return n <= token.size() &&
           std::binary_search(prefixes_.begin(), prefixes_.end(), token.substr(0, n), std::less<>());
  });
}

PositionIndex::PositionIndex(const match::Fields& f, const PhraseVocabulary& vocabulary) {
  // In article_fts's column order (kColumnWeights).
  const std::string* texts[] = {&f.title, &f.subtitle, &f.body, &f.byline, &f.kicker};
  std::vector<fold::Char> chars;
  for (int c = 0; c < kFields; ++c) {
    fold::fold(*texts[c], fold::Mode::kDocument, chars);
    Sink sink{&fields_[c].at, &vocabulary};
    tokens::tokenize_document(chars, &collect, &sink, nullptr, vocabulary.wants_pinyin());
    for (std::size_t p = 0; p < fields_[c].at.size(); ++p) {
      for (const auto& t : fields_[c].at[p]) fields_[c].where[t].push_back(p);
    }
  }
}

double PositionIndex::weighted_instances(const Phrase& phrase) const {
  if (phrase.empty()) return 0;
  double total = 0;
  for (int c = 0; c < kFields; ++c) {
    const Field& f = fields_[c];
    // Where the first token occurs (any token it is a prefix of), each position once.
    std::set<std::size_t> starts;
    const auto& first = phrase.front();
    for (auto it = f.where.lower_bound(first.text); it != f.where.end() && token_matches(it->first, first);
         ++it) {
      starts.insert(it->second.begin(), it->second.end());
    }
    std::size_t instances = 0;
    for (std::size_t p : starts) {
      bool all = p + phrase.size() <= f.at.size();
      for (std::size_t k = 1; all && k < phrase.size(); ++k) {
        bool any = false;
        for (const auto& t : f.at[p + k]) any = any || token_matches(t, phrase[k]);
        all = any;
      }
      if (all) ++instances;
    }
    total += kColumnWeights[static_cast<std::size_t>(c)] * static_cast<double>(instances);
  }
  return total;
}

}  // namespace kanbao::store::pg
