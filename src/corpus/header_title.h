// SPDX-License-Identifier: MIT
// An e-paper article's title element broken over short lines (internal
// header, for assemble.cpp). An e-paper prints its header - kicker and
// title elements, then the date alone (dated_header.h) - in a narrow
// column, so one title is often broken over two or three short lines
// ("某某涉嫌严重违纪违法" / "正接受中央纪委国家监委" / "纪律审查和监察调查"). Only a
// header over its date is read so: elsewhere short lines under one another
// are kicker, title and subtitle.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kanbao::corpus {

struct JoinedHeader {
  std::vector<std::string> lines;  // the header's lines, a broken title joined into one
  bool joined = false;             // some lines were joined
};

// The heading lines of a dated header with a broken title joined by one
// space: three short lines (at most 12 characters each, no comma or other
// mark of a sentence, none opening with a dash) are one title; so are the
// last two under a first line that is not short (a kicker: "买菜，买菜");
// and two short lines when the second is a tail of at most five characters
// ("某地某事全程仅6秒" / "现场沸腾了"), too short for a subtitle of its own.
JoinedHeader join_broken_title(const std::vector<std::string_view>& lines);

// Which of a dated header's two lines is the title, when the shape tells:
// a second line longer than the first, neither holding a comma, names the
// event under a kicker ("老街夜市重新开张" over a longer line is the kicker;
// a subtitle elaborates in clauses, with commas). Returns 1 then, else
// lines.size() (the usual reading stands).
std::size_t dated_title_line(const std::vector<std::string_view>& lines);

}  // namespace kanbao::corpus
