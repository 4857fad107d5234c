// SPDX-License-Identifier: MIT
#include "store/hit_scan.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <new>

namespace kanbao::store {
namespace {

constexpr const char* kPointerType = "kanbao_hit_scan";

struct ScanState {
  std::size_t score_up_to = 0;
  HitScan scan;
  // kScanning: row by row. kComplete: every id is in scan.ids already.
  // kNeedsIds: several phrases, nothing scored; the ids are read by plain SQL.
  enum { kScanning, kComplete, kNeedsIds } progress = kScanning;
  bool counting = false;  // past score_up_to: ids only
};

int append_id(const Fts5ExtensionApi* api, Fts5Context* fts, void* ids) {
  static_cast<std::vector<std::int64_t>*>(ids)->push_back(api->xRowid(fts));
  return SQLITE_OK;
}

// At the first match: whether the query is one phrase and, if it is, the
// library's row and token counts that bm25 needs.
int read_totals(const Fts5ExtensionApi* api, Fts5Context* fts, HitScan& scan) {
  scan.single_phrase = api->xPhraseCount(fts) == 1;
  if (!scan.single_phrase) return SQLITE_OK;
  sqlite3_int64 rows = 0, tokens = 0;
  if (int rc = api->xRowCount(fts, &rows); rc != SQLITE_OK) return rc;
  if (int rc = api->xColumnTotalSize(fts, -1, &tokens); rc != SQLITE_OK) return rc;
  scan.rows = rows;
  scan.tokens = tokens;
  return SQLITE_OK;
}

// After a few hundred matches their density tells whether there will be
// more than score_up_to: then scoring them would be wasted.
bool looks_dense(const ScanState& state) {
  constexpr std::size_t kSample = 256;
  const HitScan& scan = state.scan;
  return scan.ids.size() == kSample && scan.rows > 0 &&
         kSample * static_cast<std::uint64_t>(scan.rows) >
             4 * state.score_up_to * static_cast<std::uint64_t>(std::max<std::int64_t>(scan.ids.back(), 1));
}

// Too many to rank by bm25: only the ids are needed from now on.
int count_only(const Fts5ExtensionApi* api, Fts5Context* fts, ScanState& state) {
  if (state.counting) return SQLITE_OK;
  HitScan& scan = state.scan;
  state.counting = true;
  scan.scored.clear();
  // Reached early in the ids, the phrase is in most articles: FTS5 iterates
  // it fastest itself, from the start again - one SQL row (one call of this
  // function) per match costs as much again for 200,000 matches. Reached
  // late, what is left is cheaper to go on with row by row.
  if (scan.ids.back() > scan.rows / 4) return SQLITE_OK;
  scan.ids.clear();
  state.progress = ScanState::kComplete;
  return api->xQueryPhrase(fts, 0, &scan.ids, &append_id);
}

// The current match's bm25 inputs: its weighted phrase frequency and length.
int score_current(const Fts5ExtensionApi* api, Fts5Context* fts, HitScan& scan) {
  ScannedHit hit;
  hit.id = scan.ids.back();
  int instances = 0;
  if (int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK) return rc;
  for (int i = 0; i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    if (int rc = api->xInst(fts, i, &phrase, &column, &offset); rc != SQLITE_OK) return rc;
    if (column >= 0 && static_cast<std::size_t>(column) < kColumnWeights.size())
      hit.frequency += kColumnWeights[static_cast<std::size_t>(column)];
  }
  int tokens = 0;
  if (int rc = api->xColumnSize(fts, -1, &tokens); rc != SQLITE_OK) return rc;
  hit.tokens = tokens;
  scan.scored.push_back(hit);
  return SQLITE_OK;
}

int collect(const Fts5ExtensionApi* api, Fts5Context* fts, ScanState& state) {
  HitScan& scan = state.scan;
  scan.ids.push_back(api->xRowid(fts));
  if (scan.ids.size() == 1) {
    if (int rc = read_totals(api, fts, scan); rc != SQLITE_OK) return rc;
    if (!scan.single_phrase) {
      state.progress = ScanState::kNeedsIds;
      return SQLITE_OK;
    }
  }
  if (scan.ids.size() > state.score_up_to || looks_dense(state)) return count_only(api, fts, state);
  return score_current(api, fts, scan);
}

// kanbao_hits(article_fts, <ScanState pointer>): adds the current row to the
// scan; returns NULL.
void kanbao_hits(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc,
                 sqlite3_value** argv) noexcept {
  auto* state = argc == 1 ? static_cast<ScanState*>(sqlite3_value_pointer(argv[0], kPointerType)) : nullptr;
  if (state == nullptr) {
    sqlite3_result_error(ctx, "kanbao_hits() is only for kanbao's own queries", -1);
    return;
  }
  try {
    if (int rc = collect(api, fts, *state); rc != SQLITE_OK) sqlite3_result_error_code(ctx, rc);
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
  } catch (...) {  // nothing may unwind through SQLite's C frames
    sqlite3_result_error(ctx, "kanbao_hits() failed", -1);
  }
}

}  // namespace

Status register_hit_scan(fts5_api* api) {
  if (api->xCreateFunction(api, "kanbao_hits", nullptr, &kanbao_hits, nullptr) != SQLITE_OK)
    return Error("cannot register kanbao's search functions");
  return Status::Ok();
}

Result<HitScan> scan_hits(sql::Statement& scan, sql::Statement& ids, const std::string& expression,
                          std::size_t score_up_to) {
  ScanState state;
  state.score_up_to = score_up_to;
  auto run = [&](sql::Statement& stmt, bool collecting) -> Status {
    stmt.reset();
    stmt.bind(1, std::string_view(expression));
    if (collecting) stmt.bind_pointer(2, &state, kPointerType);
    for (;;) {
      auto more = stmt.step();
      if (!more) {
        stmt.reset();
        return more.error().in_context({"search failed: ", {}});
      }
      if (!*more || (collecting && state.progress != ScanState::kScanning)) break;
      if (!collecting) state.scan.ids.push_back(stmt.int64(0));
    }
    stmt.reset();  // also unbinds the pointer to `state`
    return Status::Ok();
  };
  KANBAO_TRY(run(scan, true));
  if (state.progress == ScanState::kNeedsIds) {
    state.scan.ids.clear();
    KANBAO_TRY(run(ids, false));
  }
  HitScan& result = state.scan;
  result.scored_all = !state.counting && result.single_phrase && result.scored.size() == result.ids.size();
  if (!result.scored_all) result.scored.clear();
  return std::move(result);
}

std::string bm25_call() {
  std::string call = "bm25(article_fts";
  for (double w : kColumnWeights) call += ", " + std::to_string(w);
  return call + ")";
}

double bm25(const HitScan& scan, const ScannedHit& hit) {
  constexpr double k1 = 1.2, b = 0.75;
  const auto rows = static_cast<double>(scan.rows), hits = static_cast<double>(scan.ids.size());
  double idf = std::log((rows - hits + 0.5) / (hits + 0.5));
  if (idf <= 0.0) idf = 1e-6;  // as FTS5: a phrase in more than half the articles
  const double average = static_cast<double>(scan.tokens) / rows;
  const double length = static_cast<double>(hit.tokens);
  // The same operations in the same order as FTS5, for the same doubles.
  double score = 0.0;
  score += idf * ((hit.frequency * (k1 + 1.0)) / (hit.frequency + k1 * (1 - b + b * length / average)));
  return -1.0 * score;
}

}  // namespace kanbao::store
