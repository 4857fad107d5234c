// SPDX-License-Identifier: MIT
// The data model of a parsed newspaper page.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"

namespace kanbao::corpus {

// A date the parser found (an event's, an issue's): kanbao's one date type.
// The parser also keeps partial dates: a year alone (an issue in a year's
// folder) and, until the issue resolves it, a bare day (month 0).
using Date = kanbao::Date;

struct Article {
  std::string kicker;                   // 引题 above the title, "" if none (never the title)
  std::string title;                    // the 主题, without '#' markup
  std::string subtitle;                 // 副题 lines (a leading —— kept), joined by "\n"; "" if none
  std::vector<std::string> paragraphs;  // body as printed, from 本报讯 on; layout breaks joined
  std::string byline;                   // the byline as printed (lines joined by one space); "" if none
  std::vector<std::string> reporters;   // names after 记者
  std::vector<std::string> correspondents;  // names after 通讯员
  bool photo_credit = false;   // byline credits text and photos: 文/图, "X 文 Y 摄", 摄影报道
                               // (not a photo's credit alone: "X 摄", "摄影 X", 图/X)
  std::optional<Date> date;    // event date, if the text states one
  std::string district;        // this article's own district, "" if none
  std::string continued_to;    // page code of `（下转第X版）`, "" if none ("03")
  std::string continued_from;  // page code of `（上接第X版）`, "" if none ("01")
  int position = 0;            // 0-based index of the article on its page
  int first_line = 0;          // 1-based source line range (first heading .. last byline line)
  int last_line = 0;
};

// A line of page furniture: masthead, section head, editor/proofreader
// line, 本版导读, QR note. Kept with the page, never in an article body.
struct FurnitureLine {
  int line = 0;  // 1-based source line
  std::string text;
};

// Where a page sits in its archive: from the path (archive_path.h) or the
// masthead line, or set by `index --paper/--date`.
struct PageOrigin {
  std::string paper;          // display name ("郑州日报"), "" if unknown
  std::optional<Date> issue;  // publication date (year may be 0 only when unknown)
  std::string page;           // normalised page code: "05", "A05", "B03"; "" if unknown
  std::string page_name;      // "要闻", "管城新闻"; "" if unknown
  int article_in_file = 0;    // `20230621-05-03.txt` -> 3; 0 when the file is a whole page
};

struct Page {
  std::string district;  // canonical district of the page/edition, "" if unknown
  PageOrigin origin;
  std::vector<Article> articles;  // never empty for a page with any text
  std::vector<FurnitureLine> furniture;
  std::vector<std::string> warnings;  // things the parser had to guess or repair
};

}  // namespace kanbao::corpus
