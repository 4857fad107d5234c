// SPDX-License-Identifier: MIT
// `list` and `export` as a user met them on a real library: a filter that
// matches nothing, and listing the articles of some days.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli/run_binary.h"

namespace kanbao {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using namespace test_support;

class CliListing : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_ / "config");
    db_ = dir_ / "library.db";
    ASSERT_EQ(run_kanbao({"--db", db_, "index", KANBAO_SAMPLE_DIR}).status, 0);
  }
  Outcome kanbao(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_});
    return run_kanbao(args, {"XDG_CONFIG_HOME=" + (dir_ / "config"), "COLUMNS="});
  }
  TempDir dir_;
  std::string db_;
};

// 金水区 is a district kanbao knows that the sample pages have no article of.
TEST_F(CliListing, ListMatchingNothingPrintsNoTableButSaysWhatMatchedNothing) {
  for (const char* format : {"text", "markdown"}) {
    Outcome run = kanbao({"list", "--format", format, "--district", "金水区"});
    EXPECT_EQ(run.status, 0) << format << ": " << run.err;
    EXPECT_EQ(run.out, "") << format;  // not even the table's header
    EXPECT_EQ(run.err, "kanbao: no article matches --district '金水区'\n") << format;
  }
  Outcome json_run = kanbao({"list", "--json", "--district", "金水区"});
  EXPECT_EQ(json_run.status, 0) << json_run.err;
  EXPECT_EQ(json_run.out, "[]\n");
  Outcome jsonl = kanbao({"list", "--format", "jsonl", "--district", "金水区"});
  EXPECT_EQ(jsonl.status, 0) << jsonl.err;
  EXPECT_EQ(jsonl.out, "");
}

// An empty JSON Lines or Markdown file is a valid one; an export that wrote
// one says why, as list does.
TEST_F(CliListing, ExportMatchingNothingSaysWhatMatchedNothing) {
  for (const char* format : {"jsonl", "markdown"}) {
    Outcome run = kanbao({"export", "--format", format, "--district", "金水区"});
    EXPECT_EQ(run.status, 0) << format << ": " << run.err;
    EXPECT_EQ(run.out, "") << format;
    EXPECT_EQ(run.err, "kanbao: no article matches --district '金水区'\n") << format;
  }
  Outcome some = kanbao({"export", "--district", "管城区"});
  EXPECT_EQ(some.status, 0) << some.err;
  EXPECT_EQ(some.err, "");
  EXPECT_NE(some.out, "");
}

// `export --format json` (as list and search take it) is one JSON array of
// the articles JSON Lines gives, in the same order, an article a line; an
// empty export is the empty array.
TEST_F(CliListing, ExportAsJsonIsOneArrayOfTheJsonLinesArticles) {
  Outcome lines = kanbao({"export", "--district", "管城区"});
  ASSERT_EQ(lines.status, 0) << lines.err;
  Outcome array = kanbao({"export", "--format", "json", "--district", "管城区"});
  ASSERT_EQ(array.status, 0) << array.err;
  EXPECT_EQ(array.err, "");
  const json parsed = json::parse(array.out);
  ASSERT_TRUE(parsed.is_array());
  std::vector<json> expected;
  std::istringstream in(lines.out);
  for (std::string line; std::getline(in, line);) expected.push_back(json::parse(line));
  ASSERT_GE(expected.size(), 2u);
  EXPECT_EQ(parsed, json(expected));
  EXPECT_EQ(std::count(array.out.begin(), array.out.end(), '\n'), static_cast<long>(expected.size()) + 2);
  Outcome none = kanbao({"export", "--format", "json", "--district", "金水区"});
  EXPECT_EQ(none.status, 0) << none.err;
  EXPECT_EQ(none.out, "[]\n");
  EXPECT_EQ(none.err, "kanbao: no article matches --district '金水区'\n");
  // A mistyped paper is an error before any JSON: stdout stays empty.
  Outcome mistyped = kanbao({"export", "--format", "json", "--paper", "郑州晚报"});
  EXPECT_NE(mistyped.status, 0);
  EXPECT_EQ(mistyped.out, "");
  EXPECT_NE(mistyped.err.find("郑州晚报"), std::string::npos) << mistyped.err;
}

// The listing dates of `list --json`'s rows (dates of an unknown year,
// "--MM-DD", left out), newest first.
std::vector<std::string> dates_of(const Outcome& listed) {
  std::vector<std::string> dates;
  for (const auto& row : json::parse(listed.out)) {
    if (row["date"].is_string() && row["date"].get<std::string>().rfind("--", 0) != 0)
      dates.push_back(row["date"].get<std::string>());
  }
  return dates;
}

// `list --from --to` (and export's): the articles whose listing date is in
// the range, each end inclusive, either alone.
TEST_F(CliListing, ListAndExportTakeARangeOfDates) {
  ASSERT_EQ(run_kanbao({"--db", db_, "index", "--rebuild", "--year", "2023", KANBAO_SAMPLE_DIR}).status, 0);
  const std::vector<std::string> all = dates_of(kanbao({"list", "--json"}));
  const std::set<std::string> days(all.begin(), all.end());
  ASSERT_GE(days.size(), 3u) << "the sample's dates";
  const std::string from = *std::next(days.begin()), to = *std::next(days.begin(), 2);
  auto count_in = [&](const std::string& low, const std::string& high) {
    return std::count_if(all.begin(), all.end(), [&](const std::string& d) { return d >= low && d <= high; });
  };
  Outcome ranged = kanbao({"list", "--json", "--from", from, "--to", to});
  ASSERT_EQ(ranged.status, 0) << ranged.err;
  const std::vector<std::string> got = dates_of(ranged);
  EXPECT_EQ(static_cast<long>(got.size()), count_in(from, to));
  EXPECT_EQ(got.front(), to);  // both ends inclusive
  EXPECT_EQ(got.back(), from);
  Outcome only_from = kanbao({"list", "--json", "--from=" + to});
  EXPECT_EQ(static_cast<long>(dates_of(only_from).size()), count_in(to, "9999")) << only_from.err;
  Outcome only_to = kanbao({"list", "--json", "--to", from});
  EXPECT_EQ(static_cast<long>(json::parse(only_to.out).size()), count_in("0000", from)) << only_to.err;
  // export selects the same articles.
  Outcome exported = kanbao({"export", "--from", from, "--to", to});
  ASSERT_EQ(exported.status, 0) << exported.err;
  EXPECT_EQ(static_cast<long>(std::count(exported.out.begin(), exported.out.end(), '\n')),
            count_in(from, to));
  // The Chinese forms of the same dates select the same articles.
  const auto chinese = [](const std::string& iso) {  // "2023-06-05" -> "2023年6月5日"
    return iso.substr(0, 4) + "年" + std::to_string(std::stoi(iso.substr(5, 2))) + "月" +
           std::to_string(std::stoi(iso.substr(8, 2))) + "日";
  };
  Outcome in_chinese = kanbao({"list", "--json", "--from", chinese(from), "--to", chinese(to)});
  ASSERT_EQ(in_chinese.status, 0) << in_chinese.err;
  EXPECT_EQ(in_chinese.out, ranged.out);
  // So do every other form of them a Chinese user types (base/typed_date.h;
  // a newcomer's test: --from 20230605 and --from ２０２３－０６－０５ were refused).
  const auto compact = [](const std::string& iso) {
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
  };
  const auto with = [](const std::string& iso, const std::string& separator) {
    return iso.substr(0, 4) + separator + std::to_string(std::stoi(iso.substr(5, 2))) + separator +
           std::to_string(std::stoi(iso.substr(8, 2)));
  };
  const auto full_width = [](const std::string& ascii) {  // ２０２３－０６－０５
    static constexpr const char* kDigits[] = {"０", "１", "２", "３", "４", "５", "６", "７", "８", "９"};
    std::string wide;
    for (char c : ascii) wide += c == '-' ? "－" : kDigits[c - '0'];
    return wide;
  };
  for (const auto& [typed_from, typed_to] :
       std::vector<std::pair<std::string, std::string>>{{compact(from), compact(to)},
                                                        {with(from, "-"), with(to, "-")},
                                                        {with(from, "/"), with(to, "/")},
                                                        {with(from, "."), with(to, ".")},
                                                        {full_width(from), full_width(to)}}) {
    Outcome typed = kanbao({"list", "--json", "--from", typed_from, "--to", typed_to});
    ASSERT_EQ(typed.status, 0) << typed_from << ".." << typed_to << ": " << typed.err;
    EXPECT_EQ(typed.out, ranged.out) << typed_from << ".." << typed_to;
  }
  Outcome wide_month =
      kanbao({"list", "--json", "--from", full_width(from.substr(0, 7)), "--to", "２０２３年"});
  ASSERT_EQ(wide_month.status, 0) << wide_month.err;
  EXPECT_EQ(wide_month.out, kanbao({"list", "--json", "--from", from.substr(0, 7), "--to", "2023"}).out);
  Outcome month = kanbao({"list", "--json", "--from", from.substr(0, 7), "--to", "2023"});
  Outcome month_in_chinese = kanbao(
      {"list", "--json", "--from",
       from.substr(0, 4) + "年" + std::to_string(std::stoi(from.substr(5, 2))) + "月", "--to", "2023年"});
  ASSERT_EQ(month_in_chinese.status, 0) << month_in_chinese.err;
  EXPECT_EQ(month_in_chinese.out, month.out);
  EXPECT_FALSE(dates_of(month).empty());
  Outcome no_day = kanbao({"list", "--from", "2023年2月30日"});
  EXPECT_EQ(no_day.status, 2);
  EXPECT_THAT(no_day.err,
              HasSubstr("--from: 2023年2月30日 is not a day of the calendar (February 2023 has 28 days)"));
  // A range with no article says so, naming it.
  Outcome none = kanbao({"list", "--from", "2024-01-01"});
  EXPECT_EQ(none.status, 0) << none.err;
  EXPECT_EQ(none.out, "");
  EXPECT_EQ(none.err, "kanbao: no article matches --from '2024-01-01'\n");
}

TEST_F(CliListing, ABadDateOrAnEmptyRangeIsAUsageErrorNamingTheOption) {
  for (const char* command : {"list", "export"}) {
    for (const auto& [option, bad] :
         std::vector<std::pair<std::string, std::string>>{{"--from", "2023-06-2x"},
                                                          {"--to", "June"},
                                                          {"--from", "yesterday"},
                                                          {"--to", "06-20"},
                                                          {"--from", "202306"}}) {
      Outcome run = kanbao({command, option, bad});
      EXPECT_EQ(run.status, 2) << command << " " << option << " " << bad;
      EXPECT_EQ(run.out, "");
      EXPECT_THAT(run.err, HasSubstr("kanbao: " + option + " takes a day of the calendar as YYYY-MM-DD"));
      EXPECT_THAT(run.err, HasSubstr("not '" + bad + "'"));
    }
    Outcome no_day = kanbao({command, "--from", "2023-02-30"});
    EXPECT_EQ(no_day.status, 2) << command;
    EXPECT_THAT(no_day.err,
                HasSubstr("--from: 2023-02-30 is not a day of the calendar (February 2023 has 28 days)"));
    Outcome no_month = kanbao({command, "--to", "2023-13-01"});
    EXPECT_EQ(no_month.status, 2) << command;
    EXPECT_THAT(no_month.err,
                HasSubstr("--to: 2023-13-01 is not a day of the calendar (a year has 12 months)"));
    Outcome reversed = kanbao({command, "--from", "2023-06-21", "--to", "2023-06-20"});
    EXPECT_EQ(reversed.status, 2) << command;
    EXPECT_EQ(reversed.err,
              "kanbao: --from '2023-06-21' is later than --to '2023-06-20': no day is in between\n");
  }
  // One day, or a month, is a range.
  EXPECT_EQ(kanbao({"list", "--from", "2023-06-20", "--to", "2023-06-20"}).status, 0);
  EXPECT_EQ(kanbao({"list", "--from", "2023-06", "--to", "2023-06"}).status, 0);
}

}  // namespace
}  // namespace kanbao
