// SPDX-License-Identifier: MIT
#include "store/pg/pg_tokens.h"

#include <algorithm>
#include <optional>
#include <set>

#include "store/fnv1a.h"
#include "store/library.h"  // fold_text
#include "store/tokenizer.h"
#include "text/utf8.h"

namespace kanbao::store::pg {
namespace {

// Every token, repeats kept (sorted and made unique once, by distinct():
// a std::set of strings cost more than tokenizing).
struct Collect {
  std::vector<std::string> tokens;
  int positions = 0;
};

void distinct(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

int collect(void* context, std::string_view token, bool colocated, std::uint32_t, std::uint32_t) {
  auto* c = static_cast<Collect*>(context);
  c->tokens.emplace_back(token);
  if (!colocated) ++c->positions;
  return 0;  // SQLITE_OK: go on
}

constexpr std::uint64_t kCodeMask = (std::uint64_t{1} << 20) - 1;
constexpr std::uint64_t kHeadMask = kCodeMask << 40;

// The packed id of kind `kind` of the code points of `token` from byte
// `at` (kind 0: one to three; kind 1: three), or nullopt.
std::optional<std::uint64_t> packed(std::string_view token, std::size_t at, std::uint64_t kind) {
  std::uint64_t id = kind << kKindShift;
  int n = 0;
  while (at < token.size()) {
    const char32_t c = text::decode_any(token, at);
    if (n == 3 || c == 0 || c > kCodeMask) return std::nullopt;
    id |= std::uint64_t{c} << (40 - 20 * n++);
  }
  if (n == 0 || (kind == kTrigramKind && n != 3)) return std::nullopt;
  return id;
}

}  // namespace

std::int64_t token_id(std::string_view token) {
  const bool trigram = !token.empty() && token.front() == kTrigramMark;
  if (auto id = packed(token, trigram ? 1 : 0, trigram ? kTrigramKind : kPackedKind))
    return static_cast<std::int64_t>(*id);
  std::size_t at = 0;
  const std::uint64_t first = token.empty() ? 0 : text::decode_any(token, at);
  const std::uint64_t hash = fnv1a(token);
  if (first < 0x80) {
    return static_cast<std::int64_t>((std::uint64_t{3} << kKindShift) | (first << 53) |
                                     (hash & ((std::uint64_t{1} << 53) - 1)));
  }
  return static_cast<std::int64_t>((std::uint64_t{2} << kKindShift) | (std::min(first, kCodeMask) << 40) |
                                   (hash & ((std::uint64_t{1} << 40) - 1)));
}

std::int64_t token_head(std::int64_t id) {
  const auto u = static_cast<std::uint64_t>(id);
  if ((u >> kKindShift) == 3) return static_cast<std::int64_t>(((u >> 53) & 0x7F) << 40);
  return static_cast<std::int64_t>(u & kHeadMask);
}

Param token_array(const std::vector<std::string>& tokens) {
  std::vector<std::int64_t> ids;
  ids.reserve(tokens.size());
  for (const std::string& t : tokens) ids.push_back(token_id(t));
  return id_array(ids);
}

Param head_array(const std::vector<std::string>& prefixes) {
  std::vector<std::int64_t> heads;
  heads.reserve(prefixes.size());
  for (const std::string& p : prefixes) heads.push_back(token_head(token_id(p)));
  return id_array(heads);
}

ArticleTokens article_tokens(const IndexedText& text) {
  Collect c;
  std::vector<std::string> trigrams;
  std::vector<char32_t> han;
  std::vector<fold::Char> chars;
  ArticleTokens out;
  // The heading (title, subtitle, kicker) first: its tokens are title_tokens.
  for (const std::string* field : {&text.title, &text.subtitle, &text.kicker, &text.body, &text.byline}) {
    fold::fold(*field, fold::Mode::kDocument, chars);
    tokens::tokenize_document(chars, &collect, &c, &han);
    han_trigrams(chars, [&trigrams](std::string t, std::size_t) { trigrams.push_back(std::move(t)); });
    if (field == &text.kicker) {
      distinct(c.tokens);
      distinct(trigrams);
      out.title_tokens = c.tokens;
      out.title_tokens.insert(out.title_tokens.end(), trigrams.begin(), trigrams.end());
    }
  }
  distinct(c.tokens);
  distinct(trigrams);
  out.tokens = std::move(c.tokens);
  out.trigrams = std::move(trigrams);
  out.positions = c.positions;
  std::sort(han.begin(), han.end());
  han.erase(std::unique(han.begin(), han.end()), han.end());
  for (char32_t h : han) {
    std::string one;
    text::append_utf8(one, h);
    out.han.push_back(std::move(one));
  }
  return out;
}

SearchColumns search_columns(const IndexedText& text) {
  ArticleTokens t = article_tokens(text);
  std::vector<std::string> indexed = t.tokens;
  indexed.insert(indexed.end(), t.trigrams.begin(), t.trigrams.end());
  SearchColumns out;
  out.params = {param(fold_text(text.title)), token_array(indexed), param(std::int64_t{t.positions}),
                token_array(t.title_tokens)};
  out.han = std::move(t.han);
  out.tokens = std::move(t.tokens);
  return out;
}

void NewVocabulary::add(const SearchColumns& columns) {
  for (const std::string& c : columns.han)
    if (known == nullptr || !known->holds_han(c)) han.insert(c);
  for (const std::string& t : columns.tokens)
    if (known == nullptr || !known->holds_token(t)) tokens.insert(t);
}

bool KnownVocabulary::holds_han(const std::string& c) const { return han_.count(token_id(c)) != 0; }

bool KnownVocabulary::holds_token(const std::string& t) const {
  const std::int64_t id = token_id(t);
  if ((id >> kKindShift) == kPackedKind) return packed_.count(id) != 0;
  return others_.count(t) != 0;
}

void KnownVocabulary::add(const NewVocabulary& committed) {
  if (han_.size() + packed_.size() + others_.size() > kMaxKnown) return;
  for (const std::string& c : committed.han) han_.insert(token_id(c));
  for (const std::string& t : committed.tokens) {
    const std::int64_t id = token_id(t);
    if ((id >> kKindShift) == kPackedKind) {
      packed_.insert(id);
    } else {
      others_.insert(t);
    }
  }
}

Status store_vocabulary(Conn& conn, const NewVocabulary& vocabulary) {
  // Han first, then tokens, each in order: every writer takes the rows' locks in the same order.
  if (!vocabulary.han.empty()) {
    KANBAO_TRY(
        conn.exec("INSERT INTO library_han(c) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING",
                  {text_array(std::vector<std::string>(vocabulary.han.begin(), vocabulary.han.end()))}));
  }
  if (vocabulary.tokens.empty()) return Status::Ok();
  return conn.exec(
      "INSERT INTO library_tokens(t) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING",
      {text_array(std::vector<std::string>(vocabulary.tokens.begin(), vocabulary.tokens.end()))});
}

Status update_search_columns(Conn& conn, std::int64_t id, const IndexedText& text,
                             NewVocabulary& vocabulary) {
  SearchColumns columns = search_columns(text);
  vocabulary.add(columns);
  std::vector<Param> params{param(id)};
  params.insert(params.end(), columns.params.begin(), columns.params.end());
  return conn.exec(
      std::string("UPDATE articles SET (") + kSearchColumns + ") = ($2, $3, $4, $5) WHERE id = $1", params);
}

std::vector<std::string> term_tokens(const std::vector<fold::Char>& term) {
  std::set<std::string> out, held;  // held: the bigrams of the trigrams
  han_trigrams(term, [&](std::string t, std::size_t i) {
    for (std::size_t k = i; k < i + 2; ++k) {
      std::string bigram;
      text::append_utf8(bigram, term[k].c);
      text::append_utf8(bigram, term[k + 1].c);
      held.insert(std::move(bigram));
    }
    out.insert(std::move(t));
  });
  bool exact = true;
  for (const auto& t : tokens::literal_phrase(term, 1024, exact)) {
    // A break token narrows nothing: nearly every article holds one. The
    // candidates are checked against the folded text, break included.
    if (!t.prefix && held.count(t.text) == 0 && !tokens::is_break_token(t.text)) out.insert(t.text);
  }
  return {out.begin(), out.end()};
}

std::optional<std::string> holding_any_set(const std::vector<std::vector<std::string>>& token_sets,
                                           std::vector<Param>& params) {
  const auto next = [&params](Param p) {
    params.push_back(std::move(p));
    return "$" + std::to_string(params.size());
  };
  std::vector<std::string> single;  // one-token sets: any of them, in one array
  std::string any;
  for (const auto& tokens : token_sets) {
    if (tokens.size() == 1) {
      single.push_back(tokens[0]);
    } else {
      any +=
          (any.empty() ? "" : " OR ") + std::string("a.tokens @> ") + next(token_array(tokens)) + "::int8[]";
    }
  }
  if (!single.empty())
    any += (any.empty() ? "" : " OR ") + std::string("a.tokens && ") + next(token_array(single)) + "::int8[]";
  if (any.empty()) return std::nullopt;
  return "(" + any + ")";
}

}  // namespace kanbao::store::pg
