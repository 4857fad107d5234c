// SPDX-License-Identifier: MIT
#include "corpus/surnames.h"

#include "corpus/text_util.h"

namespace kanbao::corpus::bylines {
namespace {

// The most common surnames by the census rankings, and those papers'
// bylines often hold; a name whose surname is missing is simply not cut.
constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    U"姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    U"常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    U"裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    U"戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    U"苑迟邝";

}  // namespace

bool is_common_surname(char32_t c) { return kSurnames.find(c) != std::u32string_view::npos; }

namespace {

// Counts the readings of chars[from..] as names of 2-3 characters each
// opening with a surname; keeps the first reading's cuts in `cuts`.
int readings(const std::u32string& chars, std::size_t from, std::vector<std::size_t>& path,
             std::vector<std::size_t>& cuts) {
  if (from == chars.size()) {
    if (path.size() != 3) return 0;  // two names: one alone is not glued, three are too bold a guess
    if (cuts.empty()) cuts = path;
    return 1;
  }
  if (!is_common_surname(chars[from])) return 0;
  int n = 0;
  for (const std::size_t len : {std::size_t{2}, std::size_t{3}}) {
    if (from + len > chars.size() || path.size() > 2) break;
    path.push_back(from + len);
    n += readings(chars, from + len, path, cuts);
    path.pop_back();
  }
  return n;
}

}  // namespace

std::vector<std::string> split_glued_names(std::string_view glued) {
  std::u32string chars;
  for (std::size_t i = 0; i < glued.size();) {
    const char32_t c = util::next(glued, i);
    if (!util::is_han(c)) return {};
    chars.push_back(c);
  }
  if (chars.size() < 5 || chars.size() > 6) return {};
  std::vector<std::size_t> path{0};
  std::vector<std::size_t> cuts;
  if (readings(chars, 0, path, cuts) != 1) return {};
  std::vector<std::string> names;
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
    std::string name;
    for (std::size_t c = cuts[k]; c < cuts[k + 1]; ++c) util::append(name, chars[c]);
    names.push_back(std::move(name));
  }
  return names;
}

}  // namespace kanbao::corpus::bylines
