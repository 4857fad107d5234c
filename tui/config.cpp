// SPDX-License-Identifier: MIT
#include "tui/config.h"

#include "config/suggest.h"
#include "tui/browser.h"

namespace kanbao::tui {
namespace {

std::vector<std::string> action_names() {
  std::vector<std::string> names;
  names.reserve(static_cast<std::size_t>(Action::kCount));
  for (int a = 0; a < static_cast<int>(Action::kCount); ++a)
    names.emplace_back(Keymap::name(static_cast<Action>(a)));
  return names;
}

}  // namespace

std::vector<config::Problem> apply_key_bindings(const std::vector<config::KeyBindingLine>& lines,
                                                Keymap& keymap) {
  std::vector<config::Problem> problems;
  for (const auto& line : lines) {
    const auto report = [&](std::string message) {
      problems.push_back({line.file, line.line, std::move(message)});
    };
    const auto action = Keymap::from_name(line.action);
    if (!action) {
      std::string message = "unknown action `" + line.action + "`";
      if (const auto near = config::closest(line.action, action_names()))
        message += " (did you mean `" + *near + "`?)";
      report(message + " (the actions are listed by ? in the browser)");
      continue;
    }
    if (line.keys == "none") {
      keymap.bind(*action, {});
      continue;
    }
    std::vector<int> keys;
    bool bad = false;
    std::string_view value = line.keys;
    // One or more key names separated by spaces or commas.
    while (!value.empty()) {
      const std::size_t end = value.find_first_of(" ,\t");
      const std::string_view word = value.substr(0, end);
      value = end == std::string_view::npos ? std::string_view{} : value.substr(end + 1);
      if (word.empty()) continue;
      if (const auto k = parse_key(word)) {
        keys.push_back(*k);
      } else {
        report(
            "unknown key `" + std::string(word) + "` for " + line.action +
            " (a character, Space, Enter, Tab, Esc, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End, "
            "Delete, F1-F12, Ctrl-x, Hash)");
        bad = true;
      }
    }
    if (!bad && keys.empty()) {
      report("no key given for " + line.action + " (write `none` to unbind it)");
      bad = true;
    }
    if (!bad) keymap.bind(*action, keys);
  }
  return problems;
}

std::vector<config::Problem> check_key_bindings(const config::Config& config) {
  Keymap keymap;
  return apply_key_bindings(config.key_bindings, keymap);
}

}  // namespace kanbao::tui
