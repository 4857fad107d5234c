// SPDX-License-Identifier: MIT
// The interactive browser. The public interface of the tui module, with
// tui/article_words.h (the browser's words the command line prints too).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "config/config.h"
#include "corpus/gazetteer.h"
#include "corpus/papers.h"

namespace kanbao::tui {

struct BrowserOptions {
  std::string library_path;  // opened read-only
  bool mouse = false;        // --mouse: turns the mouse on whatever `mouse =` says
  std::string state_dir;     // $XDG_STATE_HOME/kanbao: state.db, the reading state (store/reading_state.h)
  // The loaded configuration (config::load) and its problems. The browser
  // uses the keys, colours, theme, layout, mouse, reader width and snippet
  // length; it shows "config: N problems" in the status line and prints the
  // problems to stderr after the terminal is restored (the alternate screen
  // would hide them before), so callers should not print them first.
  config::Config config;
  std::vector<config::Problem> config_problems;
  // What the library resolves district names with: the configuration's
  // gazetteer, built by the program on top (cli/) like every library it opens.
  corpus::Gazetteer gazetteer = corpus::Gazetteer::zhengzhou();
  // Whether a name is a county-level division of the country, for a
  // search's district: (store::LibrarySetup::country_district).
  std::function<Result<bool>(const std::string&)> country_district;
  // The configuration's papers, for telling a national paper (nullptr: the
  // built-in national papers only).
  std::shared_ptr<const corpus::Papers> papers;
};

// Runs the browser until the user quits. Returns the process exit status
// (0 on a normal quit). Restores the terminal on every exit path, including
// SIGHUP/SIGTERM/SIGINT. Prints a one-line message to stderr and returns 1
// when the terminal cannot be used (TERM unset/unknown, no tty).
int run_browser(const BrowserOptions& options);

// The problems of the configuration's `key.<action> = <keys>` lines
// (unknown action, unknown key name), with file and line: the browser
// checks those lines, so `kanbao config` asks it.
std::vector<config::Problem> check_key_bindings(const config::Config& config);

// Makes the browser's words (tui/article_words.h) those of the language the
// browser speaks with `config` (`language =`) and the environment's locale,
// as run_browser chooses it: the command line's text and Markdown output then
// say an article's header line, an unknown date and district in it. An error
// when English is chosen and its catalog is missing (the words stay Chinese).
Status use_browser_language(const config::Config& config);

// The ncurses library in use, e.g. "ncursesw 6.4" (for kanbao --version).
std::string curses_version();

}  // namespace kanbao::tui
