// SPDX-License-Identifier: MIT
// Search result sets over the sample pages must be EXACTLY what a brute-force
// scan of the folded article text gives. The reference below folds with ICU's
// whole-string nfkc_cf and the tests' own reading of Unihan
// (unihan_reference.h: traditional -> simplified, pinyin readings), and scans
// strings; it shares no code with store/.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "library_test_util.h"
#include "store/library.h"
#include "store/query.h"
#include "unihan_reference.h"

namespace kanbao::store {
namespace {

namespace fs = std::filesystem;
using Ids = std::set<std::int64_t>;

// ---- Reference folding: a u32string per field where Han and word characters
// are kept, ' ' separates two words that something separated, '\n' marks a
// line break (document only), and everything else is gone. With
// `mark_pauses`, kPause stands before a Han character that a pause (，、：)
// preceded: no reading or run of initials runs across one.
class Reference {
 public:
  Reference() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_cf_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
    EXPECT_TRUE(unihan_.ok()) << unihan_.error;
  }

  static bool is_han(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status) == USCRIPT_HAN &&
           (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_NL_MASK)) != 0;
  }
  static bool is_word(UChar32 c) {
    return !is_han(c) && (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0);
  }

  static constexpr char32_t kPause = U'\uE000';

  std::u32string fold(const std::string& utf8, bool document, bool mark_pauses = false) const {
    std::u32string out;
    // Lines separately: a line break is never folded away.
    std::size_t start = 0;
    bool first = true;
    for (;;) {
      std::size_t end = document ? utf8.find('\n', start) : std::string::npos;
      std::string line = utf8.substr(start, end == std::string::npos ? std::string::npos : end - start);
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString u = nfkc_cf_->normalize(icu::UnicodeString::fromUTF8(line), status);
      std::u32string folded;
      bool separated = false, paused = false;
      for (int i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        UChar32 c = u.char32At(i);
        if (is_han(c)) c = static_cast<UChar32>(unihan_.fold(static_cast<char32_t>(c)));
        if (is_han(c) || is_word(c)) {
          if (mark_pauses && paused && is_han(c) && !folded.empty()) folded += kPause;
          paused = false;
          if (separated && is_word(c) && !folded.empty() && folded.back() != U' ' &&
              is_word(static_cast<UChar32>(folded.back())))
            folded += U' ';
          folded += static_cast<char32_t>(c);
          separated = false;
        } else {
          separated = true;
          paused = paused || c == u',' || c == u':' || c == u'、';
        }
      }
      if (!folded.empty()) {
        if (!first && !out.empty()) out += U'\n';
        out += folded;
        first = false;
      }
      if (end == std::string::npos) break;
      start = end + 1;
    }
    return out;
  }

  // Does folded `text` contain folded `term` (word terms only at a word start)?
  static bool contains(const std::u32string& text, const std::u32string& term) {
    for (std::size_t at = text.find(term); at != std::u32string::npos; at = text.find(term, at + 1)) {
      bool word = is_word(static_cast<UChar32>(term[0]));
      if (!word || at == 0 || !is_word(static_cast<UChar32>(text[at - 1]))) return true;
    }
    return false;
  }

  // Some run of Han characters reads exactly `letters`, one reading of each.
  bool reads(const std::u32string& text, const std::string& letters) const {
    std::function<bool(std::size_t, std::size_t)> from = [&](std::size_t j, std::size_t at) {
      if (at == letters.size()) return true;
      if (j >= text.size() || !is_han(static_cast<UChar32>(text[j]))) return false;
      auto it = unihan_.readings.find(text[j]);
      if (it == unihan_.readings.end()) return false;
      for (const auto& r : it->second)
        if (letters.compare(at, r.size(), r) == 0 && from(j + 1, at + r.size())) return true;
      return false;
    };
    for (std::size_t i = 0; i < text.size(); ++i)
      if (from(i, 0)) return true;
    return false;
  }

  // Some run of common characters has `letters` as the initials of a reading each.
  bool has_initials(const std::u32string& text, const std::string& letters) const {
    for (std::size_t i = 0; i + letters.size() <= text.size(); ++i) {
      std::size_t k = 0;
      for (; k < letters.size(); ++k) {
        char32_t c = text[i + k];
        auto it = unihan_.readings.find(c);
        if (unihan_.common.count(c) == 0 || it == unihan_.readings.end()) break;
        bool initial = false;
        for (const auto& r : it->second) initial = initial || r[0] == letters[k];
        if (!initial) break;
      }
      if (k == letters.size()) return true;
    }
    return false;
  }

 private:
  const icu::Normalizer2* nfkc_cf_ = nullptr;
  testing::Unihan unihan_;
};

struct RefArticle {
  std::int64_t id = 0;
  std::string district;
  StoredDate date;
  std::vector<std::u32string> fields;  // title, subtitle, body, byline folded
  std::vector<std::u32string> paused;  // the same, with their pauses marked
  std::vector<std::string> people;
};

class SearchExactTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("kanbao-search-test-" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    auto lib = Library::open((*dir_ / "library.db").string(), OpenMode::kReadWrite);
    ASSERT_TRUE(lib.ok()) << lib.error().message();
    library_ = new Library(std::move(*lib));
    // The sample's paths name no year: `--year 2023` gives its dates one, so
    // the date filters with a year have articles to check.
    IndexOptions options;
    options.year = 2023;
    auto report = library_->index({KANBAO_SAMPLE_DIR}, options);
    ASSERT_TRUE(report.ok()) << report.error().message();
    ref_ = new Reference();
    ListQuery all;
    all.limit = 0;
    auto rows = library_->list(all);
    ASSERT_TRUE(rows.ok()) << rows.error().message();
    articles_ = new std::vector<RefArticle>();
    for (const auto& row : rows->rows) {
      auto a = library_->article(row.id);
      ASSERT_TRUE(a.ok() && a->has_value());
      const Article& art = **a;
      std::string body;
      for (std::size_t i = 0; i < art.paragraphs.size(); ++i) body += (i ? "\n" : "") + art.paragraphs[i];
      RefArticle r;
      r.id = art.id;
      r.district = art.district;
      r.date = art.date;
      for (const std::string* f :
           std::initializer_list<const std::string*>{&art.title, &art.subtitle, &body, &art.byline}) {
        r.fields.push_back(ref_->fold(*f, true));
        r.paused.push_back(ref_->fold(*f, true, true));
      }
      r.people = art.reporters;
      r.people.insert(r.people.end(), art.correspondents.begin(), art.correspondents.end());
      articles_->push_back(std::move(r));
    }
    ASSERT_GT(articles_->size(), 10u);
  }
  static void TearDownTestSuite() {
    delete library_;
    delete ref_;
    delete articles_;
    fs::remove_all(*dir_);
    delete dir_;
  }

  // Articles where some field contains `term` literally.
  static Ids literal(const std::string& term) {
    std::u32string t = ref_->fold(term, false);
    Ids ids;
    for (const auto& a : *articles_)
      for (const auto& f : a.fields)
        if (Reference::contains(f, t)) ids.insert(a.id);
    return ids;
  }
  static Ids pinyin(const std::string& letters) {
    Ids ids;
    for (const auto& a : *articles_)
      for (const auto& f : a.paused)
        if (ref_->reads(f, letters)) ids.insert(a.id);
    return ids;
  }
  static Ids initials(const std::string& letters) {
    Ids ids;
    for (const auto& a : *articles_)
      for (const auto& f : a.paused)
        if (ref_->has_initials(f, letters)) ids.insert(a.id);
    return ids;
  }
  static Ids where(const std::function<bool(const RefArticle&)>& pred) {
    Ids ids;
    for (const auto& a : *articles_)
      if (pred(a)) ids.insert(a.id);
    return ids;
  }
  static Ids both(const Ids& a, const Ids& b) {
    Ids out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
  }
  static Ids either(Ids a, const Ids& b) {
    a.insert(b.begin(), b.end());
    return a;
  }
  static Ids without(const Ids& a, const Ids& b) {
    Ids out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
  }

  static SearchPage run(const std::string& query, std::optional<std::string> district = std::nullopt) {
    SearchRequest r;
    r.query = query;
    r.district = std::move(district);
    r.limit = 0;
    auto page = library_->search(r);
    EXPECT_TRUE(page.ok()) << query << ": " << page.error().message();
    // Ranked broadly, as a query with thousands of hits is: the same hits.
    r.bm25_up_to = 0;
    auto broad = library_->search(r);
    EXPECT_TRUE(broad.ok()) << query << ": " << broad.error().message();
    if (page.ok() && broad.ok()) {
      EXPECT_EQ(broad->total, page->total) << query;
      auto ids = [](const SearchPage& p) {
        std::vector<std::int64_t> out;
        for (const auto& h : p.hits) out.push_back(h.id);
        std::sort(out.begin(), out.end());
        return out;
      };
      EXPECT_EQ(ids(*broad), ids(*page)) << query;
    }
    return page.ok() ? *page : SearchPage{};
  }
  static Ids found(const std::string& query, std::optional<std::string> district = std::nullopt) {
    SearchPage page = run(query, std::move(district));
    Ids ids;
    for (const auto& h : page.hits) {
      EXPECT_TRUE(ids.insert(h.id).second) << query << ": article " << h.id << " twice";
      if (query[0] != '-' && query.rfind("reporter:", 0) != 0) {
        EXPECT_GT(h.hit_count, 0) << query;  // a positive term matched
      }
    }
    EXPECT_EQ(page.total, static_cast<std::int64_t>(ids.size())) << query;
    return ids;
  }

  static fs::path* dir_;
  static Library* library_;
  static Reference* ref_;
  static std::vector<RefArticle>* articles_;
};
fs::path* SearchExactTest::dir_ = nullptr;
Library* SearchExactTest::library_ = nullptr;
Reference* SearchExactTest::ref_ = nullptr;
std::vector<RefArticle>* SearchExactTest::articles_ = nullptr;

TEST_F(SearchExactTest, LiteralTermsOfEveryLength) {
  for (std::string q : {"区",
                        "会",
                        "管",
                        "敏",
                        "鑫",
                        "社区",
                        "城乡",
                        "组织",
                        "城乡社区",
                        "五星支部",
                        "发展治理工作",
                        "城乡社区发展治理工作重点任务推进会",
                        "推动组织工作与中心大局深度融合",
                        "张艳敏",
                        "管城",
                        "管城回族区",
                        "元宇宙",
                        "微短剧产业",
                        "2023",
                        "202",
                        "10",
                        "1967套",
                        "1967",
                        "96",
                        "张伯勇",
                        "冉红政",
                        "通讯员",
                        "本报讯",
                        "记者",
                        "党的二十大精神",
                        "作会议"}) {
    Ids expected = literal(q);
    EXPECT_EQ(found(q), expected) << q;
  }
  EXPECT_FALSE(literal("五星支部").empty());
  EXPECT_FALSE(literal("1967套").empty());
}

TEST_F(SearchExactTest, FoldedForms) {
  EXPECT_EQ(found("管城區"), literal("管城区"));
  EXPECT_EQ(found("張艷敏"), literal("张艳敏"));
  EXPECT_FALSE(found("張艷敏").empty());
  EXPECT_EQ(found("２０２３"), literal("2023"));
  EXPECT_FALSE(found("２０２３").empty());
  EXPECT_EQ(found("“五星”支部"), literal("五星支部"));
  EXPECT_EQ(found("\"城乡 社区\""), literal("城乡社区"));
}

TEST_F(SearchExactTest, NoHits) {
  for (std::string q : {"龘", "量子计算机", "zzzzqx", "19671967", "管城区区区"}) {
    EXPECT_TRUE(found(q).empty()) << q;
    EXPECT_TRUE(literal(q).empty()) << q;
  }
}

TEST_F(SearchExactTest, Operators) {
  EXPECT_EQ(found("管城 2023"), both(literal("管城"), literal("2023")));
  EXPECT_EQ(found("管城 -2023"), without(literal("管城"), literal("2023")));
  EXPECT_EQ(found("元宇宙 OR 张艳敏"), either(literal("元宇宙"), literal("张艳敏")));
  EXPECT_EQ(found("会议 元宇宙 OR 张艳敏 -社区"),
            without(both(literal("会议"), either(literal("元宇宙"), literal("张艳敏"))), literal("社区")));
  // -terms alone ask for no article; within a district they narrow it.
  EXPECT_EQ(found("-管城", "管城区"),
            without(where([](const RefArticle& a) { return a.district == "管城回族区"; }), literal("管城")));
}

TEST_F(SearchExactTest, Filters) {
  auto in = [](std::string d) { return where([d](const RefArticle& a) { return a.district == d; }); };
  EXPECT_EQ(found("会议 district:管城回族区"), both(literal("会议"), in("管城回族区")));
  EXPECT_EQ(found("会议 district:管城区"), both(literal("会议"), in("管城回族区")));
  EXPECT_EQ(found("会议", "管城区"), both(literal("会议"), in("管城回族区")));
  SearchRequest mars;
  mars.query = "会议 district:火星区";
  EXPECT_FALSE(library_->search(mars).ok());
  ASSERT_FALSE(both(literal("会议"), in("管城回族区")).empty())
      << "the district filter would be checked on nothing";
  Ids dated = where([](const RefArticle& a) { return a.date.year == 2023 && a.date.month == 6; });
  ASSERT_FALSE(both(literal("会"), dated).empty()) << "the date filter would be checked on nothing";
  EXPECT_EQ(found("会 date:2023-06..2023-06"), both(literal("会"), dated));
  EXPECT_EQ(found("会 date:2023-06"), both(literal("会"), dated));
  Ids day = where([](const RefArticle& a) { return a.date.month == 6 && a.date.day == 20; });
  ASSERT_FALSE(both(literal("会"), day).empty()) << "the day filter would be checked on nothing";
  EXPECT_EQ(found("会 date:06-20"), both(literal("会"), day));
  // The first reporter named in the sample.
  std::string name;
  for (const auto& a : *articles_) {
    if (!a.people.empty()) {
      name = a.people.front();
      break;
    }
  }
  ASSERT_FALSE(name.empty())
      << "no article of the sample names a reporter: the filter would be checked on nothing";
  Ids by = where([&](const RefArticle& b) {
    return std::find(b.people.begin(), b.people.end(), name) != b.people.end();
  });
  ASSERT_FALSE(by.empty());
  EXPECT_EQ(found("reporter:" + name), by) << name;
}

TEST_F(SearchExactTest, PinyinRanksBelowLiteralAndInitialsLast) {
  for (std::string q : {"zhangyanmin", "guancheng", "yuanyuzhou", "shequ", "baojiaolou", "changjiang",
                        "yinhang", "zhongyao", "bjl", "zym", "gcq", "hen", "zhang", "shiwei"}) {
    const bool by_initials = q.size() >= 3 && q.size() <= 6;
    const Ids read = either(literal(q), pinyin(q));
    Ids expected = by_initials ? either(read, initials(q)) : read;
    for (int bm25_up_to : {3000, 0}) {  // ranked by bm25, and broadly (as with thousands of candidates)
      SearchRequest r;
      r.query = q;
      r.limit = 0;
      r.bm25_up_to = bm25_up_to;
      auto page = library_->search(r);
      ASSERT_TRUE(page) << q << ": " << page.error().message();
      Ids ids;
      int last_tier = 0;
      for (const auto& h : page->hits) {
        ids.insert(h.id);
        EXPECT_GE(h.cursor.tier, last_tier) << q;
        last_tier = h.cursor.tier;
        // A full reading: the preferred one (query::preferred_query) or another.
        if (literal(q).count(h.id) != 0) {
          EXPECT_EQ(h.cursor.tier, query::kLiteralTier) << q << " " << h.title;
        } else if (read.count(h.id) != 0) {
          EXPECT_TRUE(h.cursor.tier == query::kPreferredTier || h.cursor.tier == query::kReadingTier)
              << q << " " << h.title << " " << h.cursor.tier;
        } else {
          EXPECT_EQ(h.cursor.tier, query::kInitialsTier) << q << " " << h.title;
        }
      }
      EXPECT_EQ(ids, expected) << q << " bm25_up_to " << bm25_up_to;
      EXPECT_EQ(page->total, static_cast<std::int64_t>(expected.size())) << q << " bm25_up_to " << bm25_up_to;
    }
  }
  EXPECT_FALSE(pinyin("zhangyanmin").empty());
  EXPECT_FALSE(pinyin("zhongyao").empty());
  EXPECT_FALSE(initials("bjl").empty());
  EXPECT_FALSE(initials("zym").empty());
}

TEST_F(SearchExactTest, BroadRankingPutsTitleMatchesFirstThenTheNewest) {
  for (std::string q : {"会", "社区", "工作", "管城", "2023"}) {
    for (std::optional<std::string> scope :
         {std::optional<std::string>(), std::optional<std::string>("管城区")}) {
      SearchRequest r;
      r.query = q;
      r.district = scope;
      r.limit = 0;
      r.bm25_up_to = 0;
      auto page = library_->search(r);
      ASSERT_TRUE(page.ok()) << page.error().message();
      const std::u32string t = ref_->fold(q, false);
      std::vector<const RefArticle*> expected;
      for (const auto& a : *articles_) {
        bool hit = false;
        for (const auto& f : a.fields) hit = hit || Reference::contains(f, t);
        if (hit && (!scope || a.district == "管城回族区")) expected.push_back(&a);
      }
      auto key = [&t](const RefArticle* a) {
        const bool titled = Reference::contains(a->fields[0], t) || Reference::contains(a->fields[1], t);
        return std::make_tuple(titled ? 0 : 1, -a->date.year, -a->date.month, -a->date.day, -a->id);
      };
      std::sort(expected.begin(), expected.end(), [&](auto* a, auto* b) { return key(a) < key(b); });
      std::vector<std::int64_t> want, got;
      for (const auto* a : expected) want.push_back(a->id);
      for (const auto& h : page->hits) got.push_back(h.id);
      EXPECT_EQ(got, want) << q << (scope ? " in " + *scope : "");
      EXPECT_EQ(page->total, static_cast<std::int64_t>(want.size())) << q;
      ASSERT_FALSE(want.empty()) << q;
    }
  }
}

TEST_F(SearchExactTest, KeysetPagingVisitsEveryHitOnce) {
  for (std::int64_t bm25_up_to : {SearchRequest{}.bm25_up_to, std::int64_t{0}})
    for (std::string q : {"会", "管城", "guancheng", "baojiaolou", "date:2023 -社区"}) {
      SearchRequest all_request;
      all_request.query = q;
      all_request.limit = 0;
      all_request.bm25_up_to = bm25_up_to;
      auto everything = library_->search(all_request);
      ASSERT_TRUE(everything.ok()) << everything.error().message();
      const SearchPage& all = *everything;
      std::vector<std::int64_t> paged = testing::paged_hit_ids(*library_, all_request, 3, all.total);
      std::vector<std::int64_t> expected;
      for (const auto& h : all.hits) expected.push_back(h.id);
      EXPECT_EQ(paged, expected) << q << " bm25_up_to " << bm25_up_to;
    }
}

}  // namespace
}  // namespace kanbao::store
