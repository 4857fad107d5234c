#include "tui/config.h"

#include <fstream>
#include <sstream>

namespace kanbao::tui {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<std::string> apply_config(std::string_view text, const std::string& name, Keymap& keymap) {
  std::vector<std::string> problems;
  int line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#' || line[0] == ';' || line[0] == '[') continue;
    if (line.substr(0, 4) != "key.") continue;  // another module's setting
    const auto where = name + ":" + std::to_string(line_no) + ": ";
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      problems.push_back(where + "expected `key.<action> = <key>`, got `" + std::string(line) + "`");
      continue;
    }
    const std::string_view action_name = trim(line.substr(4, eq - 4));
    const auto action = Keymap::from_name(action_name);
    if (!action) {
      problems.push_back(where + "unknown action `" + std::string(action_name) + "` (see `?` in the browser)");
      continue;
    }
    std::vector<int> keys;
    bool bad = false;
    std::string_view value = trim(line.substr(eq + 1));
    // A value is one or more key names separated by spaces or commas.
    while (!value.empty()) {
      const std::size_t end = value.find_first_of(" ,\t");
      const std::string_view word = value.substr(0, end);
      value = end == std::string_view::npos ? std::string_view{} : trim(value.substr(end + 1));
      if (word.empty()) continue;
      if (const auto k = parse_key(word)) {
        keys.push_back(*k);
      } else {
        problems.push_back(where + "unknown key `" + std::string(word) + "` for " + std::string(action_name));
        bad = true;
      }
    }
    if (!bad && keys.empty()) {
      problems.push_back(where + "no key given for " + std::string(action_name));
      bad = true;
    }
    if (!bad) keymap.bind(*action, keys);
  }
  return problems;
}

std::vector<std::string> load_config(const std::string& path, Keymap& keymap) {
  if (path.empty()) return {};
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::stringstream ss;
  ss << in.rdbuf();
  return apply_config(ss.str(), path, keymap);
}

}  // namespace kanbao::tui
