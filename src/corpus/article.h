// The data model of a parsed newspaper page.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kanbao::corpus {

// The date of the reported event. year == 0 means the year is unknown.
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend bool operator==(const Date&, const Date&) = default;
};

// "YYYY-MM-DD", or "--MM-DD" when the year is unknown.
std::string format_date(const Date& date);

struct Article {
  std::string title;                    // first heading line, without '#' markup
  std::string subtitle;                 // further heading lines, joined by "\n"; "" if none
  std::vector<std::string> paragraphs;  // body as printed, from 本报讯 on; layout breaks joined
  std::string byline;                   // the byline as printed (lines joined by one space); "" if none
  std::vector<std::string> reporters;       // names after 记者
  std::vector<std::string> correspondents;  // names after 通讯员
  bool photo_credit = false;                // byline ends with 文/图
  std::optional<Date> date;                 // event date, if the text states one
  int position = 0;    // 0-based index of the article on its page
  int first_line = 0;  // 1-based source line range (first heading .. last byline line)
  int last_line = 0;
};

struct Page {
  std::string district;            // canonical district name, "" if unknown
  std::vector<Article> articles;   // never empty for a page with any text
  std::vector<std::string> warnings;  // things the parser had to guess or repair
};

}  // namespace kanbao::corpus
