// Recognising bylines: "记者 冉红政 通讯员 姜璞 文/图" (internal header).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::corpus {

struct Byline {
  std::string text;  // as printed
  std::vector<std::string> reporters;
  std::vector<std::string> correspondents;
  bool photo_credit = false;  // ends with 文/图 or 图/文
};

// Parses `text` if it consists only of a byline: role words (记者, 本报记者,
// 通讯员, ...) each followed by space-separated Han names of 2-4 characters,
// optionally ending with 文/图. Anything else (a sentence such as
// "记者从市住建局获悉") is not a byline.
std::optional<Byline> parse_byline(std::string_view text);

// A byline appended to the end of a paragraph after its last sentence
// terminator ("…事业发展。记者 景静"): returns the byte offset where the byline
// starts, or nullopt. Only the tail of the line is examined, so this is cheap
// on huge lines.
std::optional<std::size_t> find_appended_byline(std::string_view line);

// The form 本报讯（记者 张三 通讯员 李四）: the byline inside the brackets right
// after 本报讯, and in *end the offset just past the closing bracket.
std::optional<Byline> lead_bracket_byline(std::string_view lead, std::size_t* end = nullptr);

// Merges a further byline line into `into` (lines are joined by one space).
void merge_byline(Byline& into, const Byline& more);

}  // namespace kanbao::corpus
