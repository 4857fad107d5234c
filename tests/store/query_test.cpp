// SPDX-License-Identifier: MIT
// Query parsing and translation (store/query.h): user text is data.
#include "store/query.h"

#include <gtest/gtest.h>

#include <unordered_set>

#include "store/library.h"
#include "store/tokenizer.h"

namespace kanbao::store::query {
namespace {

TEST(Query, TermsOperatorsAndFilters) {
  auto q = parse(
      "管城 -社区 元宇宙 OR 张艳敏 \"城乡 社区\" district:管城区 date:2023-06..2023-07 reporter:冉红政");
  ASSERT_TRUE(q.ok()) << q.error().message();
  ASSERT_EQ(q->clauses.size(), 4u);
  EXPECT_TRUE(q->clauses[1].negated);
  EXPECT_EQ(q->clauses[2].any.size(), 2u);
  EXPECT_EQ(q->districts, std::vector<std::string>{"管城区"});
  EXPECT_EQ(q->reporters, std::vector<std::string>{"冉红政"});
  ASSERT_EQ(q->dates.size(), 1u);
  EXPECT_EQ(q->dates[0].from, "2023-06-00");
  EXPECT_EQ(q->dates[0].to, "2023-07-99");
}

// A byline pads a two-character name (贺  勇, 施　芳): the reporter filter
// ignores spaces inside a Han name, quoted or not, and reads a single Han
// character after a one- or two-character value as the rest of the name.
TEST(Query, AReporterNamePaddedAsPrintedIsOneName) {
  for (const char* typed :
       {"reporter:\"贺 勇\"", "reporter:\"贺　勇\"", "reporter:贺\u00A0勇", "reporter:\" 贺  勇 \"",
        "reporter:贺 勇", "reporter:贺　勇", "reporter：贺 勇", "reporter:贺勇"}) {
    auto q = parse(typed);
    ASSERT_TRUE(q.ok()) << typed << ": " << q.error().message();
    EXPECT_EQ(q->reporters, std::vector<std::string>{"贺勇"}) << typed;
    EXPECT_TRUE(q->clauses.empty()) << typed;
  }
  auto compound = parse("reporter:欧阳 明");
  ASSERT_TRUE(compound.ok());
  EXPECT_EQ(compound->reporters, std::vector<std::string>{"欧阳明"});
  // A Latin name keeps its space; a longer word after the name is a term,
  // as is a single character after a three-character name or in quotes.
  auto latin = parse("reporter:\"John  Smith\"");
  ASSERT_TRUE(latin.ok());
  EXPECT_EQ(latin->reporters, std::vector<std::string>{"John Smith"});
  for (const char* typed :
       {"reporter:冉红政 会", "reporter:贺 勇敢的", "reporter:贺 \"勇\"", "reporter:贺 -勇"}) {
    auto q = parse(typed);
    ASSERT_TRUE(q.ok()) << typed << ": " << q.error().message();
    EXPECT_EQ(q->clauses.size(), 1u) << typed;
  }
}

// Issue 14: a Chinese input method types a full-width minus (－近日) and
// full-width letters (ＯＲ); operators fold as terms do.
TEST(Query, FullWidthOperatorsAreOperators) {
  for (const char* minus : {"－", "−", "-"}) {
    auto q = parse(std::string("管城 ") + minus + "近日");
    ASSERT_TRUE(q.ok()) << q.error().message();
    ASSERT_EQ(q->clauses.size(), 2u) << minus;
    EXPECT_FALSE(q->clauses[0].negated);
    EXPECT_TRUE(q->clauses[1].negated) << minus;
  }
  auto alone = parse("管城 － 近日");  // a minus standing alone is not an operator
  ASSERT_TRUE(alone.ok());
  for (const auto& c : alone->clauses) EXPECT_FALSE(c.negated);
  auto either = parse("元宇宙 ＯＲ 张艳敏");
  ASSERT_TRUE(either.ok()) << either.error().message();
  ASSERT_EQ(either->clauses.size(), 1u);
  EXPECT_EQ(either->clauses[0].any.size(), 2u);
}

// A quoted term asks for its letters: GDP unquoted may be 个大棚 (initials)
// or a pinyin reading; "GDP" and "ＧＤＰ" quoted are the letters alone.
TEST(Query, AQuotedTermIsNeverPinyin) {
  auto bare = parse("GDP");
  ASSERT_TRUE(bare.ok()) << bare.error().message();
  EXPECT_TRUE(bare->has_initials());
  for (const char* quoted : {"\"GDP\"", "\"ＧＤＰ\"", "\"gdp\"", "\"changjiang\"", "\"bjl\" 长江"}) {
    auto q = parse(quoted);
    ASSERT_TRUE(q.ok()) << q.error().message();
    EXPECT_FALSE(q->has_pinyin()) << quoted;
    const Term& t = q->clauses[0].any[0];
    EXPECT_TRUE(t.letters.empty() && t.readings.empty() && t.initials.empty()) << quoted;
    EXPECT_FALSE(t.folded.empty()) << quoted;
  }
  std::unordered_set<char32_t> present = {U'个', U'大', U'棚', U'长', U'江'};
  auto q = parse("\"changjiang\"");
  ASSERT_TRUE(q.ok());
  const FtsExpression e = translate(*q, &present);
  EXPECT_EQ(e.all, e.literal) << e.all;
}

// An apostrophe parts syllables (xi'an: xi + an, never xian), typed as
// ASCII, U+2019 or full width; initials are one run of letters.
TEST(Query, AnApostropheIsASyllableBoundary) {
  for (const char* typed : {"xi'an", "xi\u2019an", "xi\uFF07an", "XI'AN"}) {
    auto q = parse(typed);
    ASSERT_TRUE(q.ok()) << typed << ": " << q.error().message();
    ASSERT_EQ(q->clauses.size(), 1u) << typed;
    const Term& t = q->clauses[0].any[0];
    EXPECT_EQ(t.letters, "xian") << typed;
    EXPECT_EQ(t.boundaries, std::uint64_t{1} << 2) << typed;
    EXPECT_TRUE(t.initials.empty()) << typed;
    ASSERT_FALSE(t.readings.empty()) << typed;
    for (const auto& cut : t.readings) EXPECT_EQ(cut[0], "xi") << typed;  // never xian, x ...
  }
  auto plain = parse("xian");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->clauses[0].any[0].readings[0], std::vector<std::string>{"xian"});
  // Not an apostrophe: not pinyin.
  auto dashed = parse("xi-an");
  ASSERT_TRUE(dashed.ok());
  EXPECT_TRUE(dashed->clauses[0].any[0].letters.empty());
}

// Neighbouring terms that are each one whole syllable are one pinyin term
// (la jiao fen: 辣椒粉); English words, quotes, AND, OR and -terms keep
// terms apart, and OR takes a run as one term.
TEST(Query, SyllablesTypedApartAreOneTerm) {
  auto typed_terms = [](const char* text) {
    std::vector<std::vector<std::string>> out;
    auto q = parse(text);
    EXPECT_TRUE(q.ok()) << text;
    if (!q.ok()) return out;
    for (const auto& c : q->clauses) {
      auto& any = out.emplace_back();
      for (const auto& t : c.any) any.push_back(t.typed);
    }
    return out;
  };
  using Terms = std::vector<std::vector<std::string>>;
  EXPECT_EQ(typed_terms("la jiao fen"), (Terms{{"la jiao fen"}}));
  EXPECT_EQ(typed_terms("Li Na 长江 bei jing"), (Terms{{"Li Na"}, {"长江"}, {"bei jing"}}));
  EXPECT_EQ(typed_terms("covid NBA"), (Terms{{"covid"}, {"NBA"}}));
  EXPECT_EQ(typed_terms("beijing shi"), (Terms{{"beijing"}, {"shi"}}));
  EXPECT_EQ(typed_terms("la AND jiao"), (Terms{{"la"}, {"jiao"}}));
  EXPECT_EQ(typed_terms("\"la\" jiao"), (Terms{{"la"}, {"jiao"}}));
  EXPECT_EQ(typed_terms("la -jiao fen"), (Terms{{"la"}, {"jiao"}, {"fen"}}));
  EXPECT_EQ(typed_terms("la OR jiao fen"), (Terms{{"la", "jiao fen"}}));
  EXPECT_EQ(typed_terms("辣椒 OR la jiao"), (Terms{{"辣椒", "la jiao"}}));
  auto q = parse("la jiao fen");
  ASSERT_TRUE(q.ok());
  const Term& t = q->clauses[0].any[0];
  EXPECT_EQ(t.letters, "lajiaofen");
  EXPECT_EQ(t.readings[0], (std::vector<std::string>{"la", "jiao", "fen"}));
  EXPECT_TRUE(t.initials.empty());
}

// An OR missing a side (typed half-way, or beside a -term) is dropped, not
// searched for as a word that no article holds.
TEST(Query, AnOrWithoutBothSidesIsDropped) {
  for (const char* typed : {"长江 OR", "OR 长江", "长江 ＯＲ", "长江 OR OR", "-黄河 OR 长江"}) {
    auto q = parse(typed);
    ASSERT_TRUE(q.ok()) << typed << ": " << q.error().message();
    std::size_t terms = 0;
    for (const auto& c : q->clauses) terms += c.any.size();
    EXPECT_EQ(terms, std::string(typed).find("黄河") == std::string::npos ? 1u : 2u) << typed;
    for (const auto& c : q->clauses)
      for (const auto& t : c.any) EXPECT_NE(t.letters, "or") << typed;
  }
  auto joined = parse("长江 OR OR 黄河");
  ASSERT_TRUE(joined.ok());
  ASSERT_EQ(joined->clauses.size(), 1u);
  EXPECT_EQ(joined->clauses[0].any.size(), 2u);
  auto quoted = parse("长江 \"OR\"");
  ASSERT_TRUE(quoted.ok());
  EXPECT_EQ(quoted->clauses.size(), 2u);
  EXPECT_FALSE(parse("OR").ok());
}

// User report, session 26: `长江 AND 黄河` searched for the word "and".
// An upper-case AND between two terms is the conjunction white space
// already means; missing a side it is ignored, as OR is; quoted or lower
// case it is a term.
TEST(Query, AndBetweenTwoTermsIsTheConjunction) {
  auto terms_of = [](const Query& q) {
    std::vector<std::string> typed;
    for (const auto& c : q.clauses) {
      EXPECT_EQ(c.any.size(), 1u);
      for (const auto& t : c.any) typed.push_back(t.typed);
    }
    return typed;
  };
  const std::vector<std::string> both = {"长江", "黄河"};
  for (const char* typed :
       {"长江 AND 黄河", "长江 ＡＮＤ 黄河", "长江 AND AND 黄河", "AND 长江 黄河", "长江 黄河 AND"}) {
    auto q = parse(typed);
    ASSERT_TRUE(q.ok()) << typed << ": " << q.error().message();
    EXPECT_EQ(terms_of(*q), both) << typed;
  }
  // Beside OR: (长江 OR 黄河) AND 淮河.
  auto mixed = parse("长江 OR 黄河 AND 淮河");
  ASSERT_TRUE(mixed.ok());
  ASSERT_EQ(mixed->clauses.size(), 2u);
  EXPECT_EQ(mixed->clauses[0].any.size(), 2u);
  EXPECT_EQ(mixed->clauses[1].any[0].typed, "淮河");
  // Quoted or lower case, the word.
  for (const char* word : {"长江 \"AND\" 黄河", "长江 and 黄河"}) {
    auto q = parse(word);
    ASSERT_TRUE(q.ok()) << word;
    EXPECT_EQ(q->clauses.size(), 3u) << word;
  }
  EXPECT_FALSE(parse("AND").ok());
}

// A day the calendar does not have is an error, not a filter matching nothing.
TEST(Query, ADateMustExist) {
  for (const char* good : {"date:2020-02-29", "date:02-29", "date:2023-04-30", "date:2000-02-29"}) {
    auto q = parse(good);
    EXPECT_TRUE(q.ok()) << good;
  }
  for (const char* bad : {"date:2020-02-30", "date:2023-02-29", "date:1900-02-29", "date:04-31",
                          "date:2023-06-31..2023-07", "date:02-30"}) {
    EXPECT_FALSE(parse(bad).ok()) << bad;
  }
}

// A day the calendar lacks is said so, with the numbers, not as a date the
// search does not understand (a newcomer's test: :2020-02-30 in the browser
// said it, date:2020-02-30 did not).
TEST(Query, ADayTheCalendarLacksIsSaidSo) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"date:2020-02-30", "date:2020-02-30 is not a day of the calendar (February 2020 has 29 days)"},
      {"date:2023-02-29", "date:2023-02-29 is not a day of the calendar (February 2023 has 28 days)"},
      {"date:2023/4/31", "date:2023/4/31 is not a day of the calendar (April 2023 has 30 days)"},
      {"date:04-31", "date:04-31 is not a day of the calendar (April has at most 30 days)"},
      {"date:2023-13", "date:2023-13 is not a day of the calendar (a year has 12 months)"},
      {"date:13-01", "date:13-01 is not a day of the calendar (a year has 12 months)"},
      {"date:2023-06-31..2023-07",
       "date:2023-06-31..2023-07 is not a day of the calendar (June 2023 has 30 days)"},
      {"date:2023-06..2023-02-30",
       "date:2023-06..2023-02-30 is not a day of the calendar (February 2023 has 28 days)"},
  };
  for (const auto& [query, message] : cases) {
    auto q = parse(query);
    ASSERT_FALSE(q.ok()) << query;
    EXPECT_EQ(q.error().message(), message);
  }
  // Text of another shape is still not a date at all.
  for (const char* other :
       {"date:abc", "date:2023-06-2x", "date:6月", "date:2020年1日", "date:2020年1月25"}) {
    auto q = parse(other);
    ASSERT_FALSE(q.ok()) << other;
    EXPECT_NE(q.error().message().find("is not a date this search understands"), std::string::npos)
        << q.error().message();
  }
}

// The ends of `list --from --to` are read as date:A..B reads its ends.
TEST(Query, RangeEndsAreTheFirstAndLastKeysOfADayMonthOrYear) {
  EXPECT_EQ(range_start("2023-06-20"), "2023-06-20");
  EXPECT_EQ(range_end("2023-06-20"), "2023-06-20");
  EXPECT_EQ(range_start("2023-06"), "2023-06-00");
  EXPECT_EQ(range_end("2023-06"), "2023-06-99");
  EXPECT_EQ(range_end("2023"), "2023-99-99");
  EXPECT_EQ(range_start("2020-02-29"), "2020-02-29");
  for (const char* bad : {"2023-02-29", "2023-06-31", "2023-13", "06-20", "yesterday", "", "202306"}) {
    EXPECT_EQ(range_start(bad), std::nullopt) << bad;
    EXPECT_EQ(range_end(bad), std::nullopt) << bad;
  }
  // The date: filter still reads its ends so.
  EXPECT_FALSE(parse("date:2023-06..2023-02-30").ok());
  EXPECT_TRUE(parse("date:..2023-06").ok());
}

// Each query of the first of a pair filters on the same dates as the second.
void expect_same_filters(const std::vector<std::pair<const char*, const char*>>& pairs) {
  for (const auto& [typed, iso] : pairs) {
    auto a = parse(typed), b = parse(iso);
    ASSERT_TRUE(a.ok()) << typed << ": " << a.error().message();
    ASSERT_TRUE(b.ok()) << iso;
    ASSERT_EQ(a->dates.size(), 1u);
    EXPECT_EQ(a->dates[0].from, b->dates[0].from) << typed;
    EXPECT_EQ(a->dates[0].to, b->dates[0].to) << typed;
    EXPECT_EQ(a->dates[0].month, b->dates[0].month) << typed;
    EXPECT_EQ(a->dates[0].day, b->dates[0].day) << typed;
  }
}

// The Chinese forms of a date are read as the ISO ones (a newcomer's test:
// date:2020年1月25日 was refused), and a range of days without their years
// says it needs them.
TEST(Query, ChineseDatesReadAsIsoDates) {
  const std::vector<std::pair<const char*, const char*>> same = {
      {"date:2020年1月25日", "date:2020-01-25"},
      {"date:2020年1月", "date:2020-01"},
      {"date:2020年", "date:2020"},
      {"date:1月25日", "date:01-25"},
      {"date:2020年1月..2020年6月", "date:2020-01..2020-06"},
      {"date:..2020年6月30日", "date:..2020-06-30"},
      {"date：2020年12月1日", "date:2020-12-01"}};
  expect_same_filters(same);
  EXPECT_EQ(range_start("2020年1月"), "2020-01-00");
  EXPECT_EQ(range_end("2020年"), "2020-99-99");
  auto lacking = parse("date:2020年2月30日");
  ASSERT_FALSE(lacking.ok());
  EXPECT_EQ(lacking.error().message(),
            "date:2020年2月30日 is not a day of the calendar (February 2020 has 29 days)");
  for (const char* yearless : {"date:06-01..06-30", "date:6月1日..6月30日", "date:2023-06-01..06-30"}) {
    auto q = parse(yearless);
    ASSERT_FALSE(q.ok()) << yearless;
    EXPECT_EQ(q.error().message(),
              std::string("date:") + (yearless + 5) +
                  " needs a year at both ends of a range, as in "
                  "date:2023-06-01..2023-06-30 (date:06-01 alone is that day of any year)");
  }
}

// Every form of a day, a month and a year a Chinese user types filters as
// the ISO form (base/typed_date.h; a newcomer's test: date:20200125 and
// date:２０２０－０１－２５ were refused, though the browser's `:` took the first).
TEST(Query, EveryTypedFormOfADateFiltersAsTheIsoOne) {
  EXPECT_EQ(range_start("20200125"), "2020-01-25");
  EXPECT_EQ(range_end("２０２０年１月"), "2020-01-99");
  expect_same_filters({{"date:2020-1-25", "date:2020-01-25"},
                       {"date:20200125", "date:2020-01-25"},
                       {"date:2020/1/25", "date:2020-01-25"},
                       {"date:2020.1.25", "date:2020-01-25"},
                       {"date:２０２０－０１－２５", "date:2020-01-25"},
                       {"date:２０２０／１／２５", "date:2020-01-25"},
                       {"date:２０２０年１月２５日", "date:2020-01-25"},
                       {"date:２０２０－０１", "date:2020-01"},
                       {"date:２０２０年１月", "date:2020-01"},
                       {"date:2020.1", "date:2020-01"},
                       {"date:２０２０", "date:2020"},
                       {"date:１月２５日", "date:01-25"},
                       {"date:20200101..20200630", "date:2020-01-01..2020-06-30"},
                       {"date:２０２０－０１..２０２０－０６", "date:2020-01..2020-06"}});
  // Six digits may be 2010-12 or 2020-10-12: not guessed.
  auto six = parse("date:201012");
  ASSERT_FALSE(six.ok());
  EXPECT_NE(six.error().message().find("is not a date this search understands"), std::string::npos);
  auto lacking = parse("date:２０２３０２２９");
  ASSERT_FALSE(lacking.ok());
  EXPECT_EQ(lacking.error().message(),
            "date:２０２３０２２９ is not a day of the calendar (February 2023 has 28 days)");
}

TEST(Query, BadInputIsAClearError) {
  for (const char* bad : {"", "   ", "！？", "date:2023-13", "date:", "district:", "date:13-45"}) {
    auto q = parse(bad);
    EXPECT_FALSE(q.ok()) << bad;
    if (!q.ok()) {
      EXPECT_FALSE(q.error().message().empty());
      EXPECT_EQ(q.error().message().find("fts5"), std::string::npos);
    }
  }
}

TEST(Query, EveryTokenIsQuoted) {
  auto q = parse("a\"b OR NEAR(x y) * ^c :d AND NOT 'e'; DROP TABLE articles; --");
  ASSERT_TRUE(q.ok()) << q.error().message();
  FtsExpression e = translate(*q, nullptr);
  // Outside quoted tokens, only our own syntax appears.
  std::string outside;
  bool in = false;
  for (char c : e.all) {
    if (c == '"') {
      in = !in;
      continue;
    }
    if (!in) outside += c;
  }
  for (char c : outside) EXPECT_NE(std::string("();ORANDNOT +*").find(c), std::string::npos) << outside;
  EXPECT_EQ(outside.find("NEAR"), std::string::npos);
}

TEST(Query, PhrasesMirrorDocumentTokens) {
  bool exact = false;
  auto phrase = [&](const char* s) {
    return tokens::phrase_expression(tokens::literal_phrase(fold::fold(s, fold::Mode::kQuery), 32, exact));
  };
  EXPECT_EQ(phrase("鑫"), "\"鑫\" *");
  EXPECT_EQ(phrase("区"), "\"区\"");  // frequent: indexed alone at every occurrence
  EXPECT_EQ(phrase("社区"), "\"社区\"");
  EXPECT_EQ(phrase("五星支部"), "\"五星\" + \"星支\" + \"支部\"");
  EXPECT_EQ(phrase("1967套"), "\"1967\" + \"套\" *");
  EXPECT_EQ(phrase("中国5G"), "\"中国\" + \"国\" + \"5g\" *");
  EXPECT_TRUE(exact);
}

TEST(Query, PinyinExpandsIntoCharactersTheLibraryHolds) {
  std::unordered_set<char32_t> present{U'张', U'章', U'艳', U'敏', U'管', U'城'};
  auto q = parse("zhang");
  ASSERT_TRUE(q.ok());
  ASSERT_TRUE(q->has_pinyin());
  FtsExpression one = translate(*q, &present);
  EXPECT_NE(one.all.find("\"张\" *"), std::string::npos) << one.all;
  EXPECT_NE(one.all.find("\"章\" *"), std::string::npos) << one.all;
  EXPECT_EQ(one.literal.find("张"), std::string::npos);  // tier 0 is letters only
  EXPECT_TRUE(one.exact);
  FtsExpression two = translate(*parse("zhangyan"), &present);
  EXPECT_NE(two.all.find("\"张艳\""), std::string::npos) << two.all;
  // The bigram 张艳 is also in 张，艳, which no reading runs across (fold.h).
  EXPECT_FALSE(two.exact);
  EXPECT_FALSE(translate(*parse("zhangyanmin"), &present).exact);  // C++ checks the chain
  EXPECT_EQ(translate(*parse("qqq"), &present).all.find("张"), std::string::npos);
}

TEST(Query, LongQueriesStillTranslate) {
  std::string longest(5000, 'a');
  EXPECT_TRUE(parse(longest).ok());
  std::string han;
  for (int i = 0; i < 1700; ++i) han += "管城";
  auto q = parse(han);
  ASSERT_TRUE(q.ok());
  EXPECT_FALSE(translate(*q, nullptr).exact);  // verified in C++
}

// The preferred reading chains the bigrams: 保交 and 交楼 are each the
// commonest of their pair, and 保交楼 the path whose rarest bigram is the
// most held; bigrams common apart but never in one path prefer nothing.
TEST(Query, APreferredReadingIsTheBestPathOfHeldBigrams) {
  const std::unordered_set<char32_t> present{U'保', U'报', U'交', U'教', U'楼'};
  const auto q = parse("baojiaolou");
  ASSERT_TRUE(q);
  const auto preferred = preferred_query(*q, present, {{"保交", 4}, {"交楼", 4}, {"报教", 3}, {"教楼", 1}});
  ASSERT_TRUE(preferred);
  ASSERT_EQ(preferred->clauses.size(), 1U);
  const std::vector<Term>& any = preferred->clauses[0].any;
  ASSERT_EQ(any.size(), 2U);
  EXPECT_EQ(any[0].typed, "baojiaolou");
  EXPECT_TRUE(any[0].letters.empty());  // the letters alone, not read again
  EXPECT_EQ(any[1].typed, "保交楼");
  // 保交 and 教楼 are common, but 保交楼 and 报教楼 each hold a rare bigram.
  EXPECT_FALSE(preferred_query(*q, present, {{"保交", 4}, {"交楼", 1}, {"报教", 1}, {"教楼", 4}}));
  // Half is not more than half.
  const std::unordered_set<char32_t> shi_yan{U'试', U'实', U'验'};
  EXPECT_FALSE(preferred_query(*parse("shiyan"), shi_yan, {{"试验", 2}, {"实验", 2}}));
  EXPECT_TRUE(preferred_query(*parse("shiyan"), shi_yan, {{"试验", 3}, {"实验", 2}}));
  EXPECT_EQ(preference_bigrams(*parse("shiyan"), shi_yan), (std::vector<std::string>{"实验", "试验"}));
}

}  // namespace
}  // namespace kanbao::store::query
