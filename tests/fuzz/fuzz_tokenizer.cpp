// SPDX-License-Identifier: MIT
// Fuzz target: folding and document tokenization of arbitrary bytes.
// Invariants: offsets stay inside the input and in order; a query folds as
// the document with its line breaks as spaces; a term cut from the folded
// text is found again.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "store/fold.h"
#include "store/snippet.h"
#include "store/tokenizer.h"

namespace {

struct Check {
  std::size_t size;
  std::uint32_t last_begin;
};

int check_token(void* context, std::string_view token, bool /*colocated*/, std::uint32_t begin,
                std::uint32_t end) {
  auto* c = static_cast<Check*>(context);
  if (token.empty() || begin > end || end > c->size) std::abort();
  c->last_begin = begin;
  return 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kanbao::store;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<fold::Char> doc = fold::fold(text, fold::Mode::kDocument);
  for (const auto& ch : doc)
    if (ch.begin > ch.end || ch.end > size) std::abort();
  Check check{size, 0};
  if (tokens::tokenize_document(doc, &check_token, &check) != 0) std::abort();

  // A query folds as a document whose line breaks are spaces: the two
  // modes differ in nothing else (sentence marks break both).
  std::string unbroken(text);
  std::replace(unbroken.begin(), unbroken.end(), '\n', ' ');
  const std::vector<fold::Char> query = fold::fold(text, fold::Mode::kQuery);
  const std::vector<fold::Char> spaced = fold::fold(unbroken, fold::Mode::kDocument);
  if (query.size() != spaced.size()) std::abort();
  for (std::size_t i = 0; i < query.size(); ++i) {
    if (query[i].c != spaced[i].c || query[i].kind != spaced[i].kind || query[i].begin != spaced[i].begin ||
        query[i].end != spaced[i].end)
      std::abort();
  }

  // A slice of the folded document, used as a term, occurs in the document.
  if (doc.size() >= 2) {
    std::size_t from = data[0] % doc.size();
    std::size_t to = from + 1 + data[size - 1] % (doc.size() - from);
    while (from < to && (doc[from].kind == fold::Kind::kSpace || doc[from].kind == fold::Kind::kBreak))
      ++from;
    std::vector<fold::Char> term;
    for (std::size_t i = from; i < to && doc[i].kind != fold::Kind::kBreak; ++i) term.push_back(doc[i]);
    while (!term.empty() && term.back().kind == fold::Kind::kSpace) term.pop_back();
    bool word_inside =
        from > 0 && doc[from].kind == fold::Kind::kWord && doc[from - 1].kind == fold::Kind::kWord;
    if (!term.empty() && !word_inside) {
      std::vector<kanbao::store::Span> spans;
      match::find_literal(doc, term, spans);
      if (spans.empty()) std::abort();
      bool exact = false;
      if (tokens::literal_phrase(term, 1000, exact).empty()) std::abort();
    }
  }
  return 0;
}
