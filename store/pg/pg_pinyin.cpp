// SPDX-License-Identifier: MIT
#include "store/pg/pg_pinyin.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "store/pg/pg_search.h"
#include "store/pg/pg_tokens.h"
#include "text/utf8.h"

namespace kanbao::store::pg {
namespace {

// The Han characters the library holds (pinyin expands into these only).
Result<std::unordered_set<char32_t>> present_han(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn.query("SELECT c FROM library_han"));
  std::unordered_set<char32_t> out;
  for (int i = 0; i < rows.size(); ++i) {
    const std::string c = rows.text(i, 0);
    std::size_t at = 0;
    out.insert(text::decode(c, at));
  }
  return out;
}

// Which of `bigrams` some article holds: one index probe each, in one
// statement. A continuation joined to its head counts too (the head holds
// its text as well).
Status look_up(Conn& conn, const std::vector<std::string>& bigrams,
               std::unordered_map<std::string, bool>& known) {
  KANBAO_ASSIGN_OR_RETURN(Rows held,
                          query_by_tokens(conn,
                                          "SELECT u.t FROM unnest($1::text[]) AS u(t) WHERE EXISTS"
                                          " (SELECT 1 FROM articles a WHERE a.tokens @> ARRAY[u.t])",
                                          {text_array(bigrams)}));
  for (const std::string& b : bigrams) known.emplace(b, false);
  for (int i = 0; i < held.size(); ++i) known[held.text(i, 0)] = true;
  return Status::Ok();
}

}  // namespace

Result<query::FtsExpression> pinyin_expression(Conn& conn, const query::Query& q) {
  KANBAO_ASSIGN_OR_RETURN(const auto present, present_han(conn));
  // translate() asks about bigrams one at a time, and which it asks next
  // depends on the answers (a pair stops at its cap of listed bigrams).
  // So it runs until it asks nothing new: a bigram not looked up yet is
  // taken as held and noted; the noted ones are looked up together; the
  // next run sees their real answers. The last run asked only what was
  // known, so its text is what an exact `exists` gives. Two or three runs.
  std::unordered_map<std::string, bool> known;
  for (;;) {
    std::vector<std::string> unknown;
    const auto exists = [&known, &unknown](std::string_view bigram) {
      if (auto it = known.find(std::string(bigram)); it != known.end()) return it->second;
      unknown.emplace_back(bigram);
      return true;
    };
    query::FtsExpression fts = query::translate(q, &present, exists);
    if (unknown.empty()) return fts;
    KANBAO_TRY(look_up(conn, unknown, known));
  }
}

std::optional<std::string> holding_any(const std::vector<Phrase>& phrases, std::vector<Param>& params) {
  std::vector<std::vector<std::string>> token_sets;
  for (const Phrase& phrase : phrases) {
    std::vector<std::string> tokens;
    for (const auto& token : phrase) {
      if (token.prefix) return std::nullopt;  // the index holds whole tokens only
      tokens.push_back(token.text);
    }
    if (tokens.empty()) return std::nullopt;
    token_sets.push_back(std::move(tokens));
  }
  return holding_any_set(token_sets, params);
}

}  // namespace kanbao::store::pg
