// SPDX-License-Identifier: MIT
// The words of a byline: role words, credits and names, cut apart where the
// print glues them ("本报记者王刚", "王刚摄", "文/王刚") (internal header).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::corpus::bylines {

enum class Role { kReporter, kCorrespondent, kOther };

// The role a role word gives (记者, 本报通讯员, 评论员, …), if `token` is one.
std::optional<Role> role_of(std::string_view token);
// The credit (文/图, 摄, 报道, …) `token` is, if it is one.
std::optional<std::string_view> credit_of(std::string_view token);
// How many Han characters `token` holds, 0 when it holds anything else too.
std::size_t han_count(std::string_view token);
// A personal name: two to four Han characters.
bool is_name(std::string_view token);
// The separators of a list of names: 、，,；;
bool is_separator(char32_t c);

// The byline's tokens: split on spaces and separators, glued forms split
// into role, name and credit, names padded with spaces joined (施 芳 -> 施芳).
std::vector<std::string> tokens(std::string_view s);

// "（记者 王刚）" or "(记者 王刚)": the text inside; `s` itself otherwise.
std::string_view unbracket(std::string_view s);
// Without the mark (□, ■, ◎, …) some papers put before a byline.
std::string_view strip_mark(std::string_view s);
// Without a photo's number before its credit ("③2 王俊祥 摄").
std::string_view strip_photo_number(std::string_view s);

}  // namespace kanbao::corpus::bylines
