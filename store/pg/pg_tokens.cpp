// SPDX-License-Identifier: MIT
#include "store/pg/pg_tokens.h"

#include <algorithm>
#include <set>

#include "store/library.h"  // fold_text
#include "store/tokenizer.h"
#include "text/utf8.h"

namespace kanbao::store::pg {
namespace {

struct Collect {
  std::set<std::string> tokens;
  int positions = 0;
};

int collect(void* context, std::string_view token, bool colocated, std::uint32_t, std::uint32_t) {
  auto* c = static_cast<Collect*>(context);
  c->tokens.emplace(token);
  if (!colocated) ++c->positions;
  return 0;  // SQLITE_OK: go on
}

}  // namespace

ArticleTokens article_tokens(const IndexedText& text) {
  Collect c;
  std::set<std::string> trigrams;
  std::vector<char32_t> han;
  std::vector<fold::Char> chars;
  ArticleTokens out;
  // The heading (title, subtitle, kicker) first: its tokens are title_tokens.
  for (const std::string* field : {&text.title, &text.subtitle, &text.kicker, &text.body, &text.byline}) {
    fold::fold(*field, fold::Mode::kDocument, chars);
    tokens::tokenize_document(chars, &collect, &c, &han);
    han_trigrams(chars, [&trigrams](std::string t, std::size_t) { trigrams.insert(std::move(t)); });
    if (field == &text.kicker) {
      out.title_tokens.assign(c.tokens.begin(), c.tokens.end());
      out.title_tokens.insert(out.title_tokens.end(), trigrams.begin(), trigrams.end());
    }
  }
  out.tokens.assign(c.tokens.begin(), c.tokens.end());
  out.trigrams.assign(trigrams.begin(), trigrams.end());
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
  out.params = {param(fold_text(text.title)), text_array(indexed), param(std::int64_t{t.positions}),
                text_array(t.title_tokens)};
  out.han = std::move(t.han);
  out.tokens = std::move(t.tokens);
  return out;
}

void NewVocabulary::add(const SearchColumns& columns) {
  han.insert(columns.han.begin(), columns.han.end());
  tokens.insert(columns.tokens.begin(), columns.tokens.end());
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
          (any.empty() ? "" : " OR ") + std::string("a.tokens @> ") + next(text_array(tokens)) + "::text[]";
    }
  }
  if (!single.empty())
    any += (any.empty() ? "" : " OR ") + std::string("a.tokens && ") + next(text_array(single)) + "::text[]";
  if (any.empty()) return std::nullopt;
  return "(" + any + ")";
}

}  // namespace kanbao::store::pg
