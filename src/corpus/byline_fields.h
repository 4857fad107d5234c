// SPDX-License-Identifier: MIT
// A web page's field line as a byline (internal header):
// "来源:中原晚报  记者:王刚  作者:王刚  编辑:李娜  2023-06-21 08:30 | |".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kanbao::corpus {

// When `text` holds "key:value" fields (a colon after a role: 记者:王刚,
// 作者：王刚), the text a byline reader can read: the fields that name no
// reporter (来源, 编辑, 责任编辑, dates, times, | bars) dropped and each
// role's colon turned into a space. nullopt when `text` has no such field.
std::optional<std::string> byline_from_fields(std::string_view text);

}  // namespace kanbao::corpus
