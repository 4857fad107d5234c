// kanbao's configuration file: $XDG_CONFIG_HOME/kanbao/config.
//
// A plain `key = value` file; `#` starts a comment line; blank lines are
// ignored; keys are case-sensitive; values are trimmed. Every setting
// remembers where its value came from, so `kanbao config` can say it.
// Unknown keys and bad values are reported with file and line, and the
// default stays in force.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::config {

// Where a value came from: "default", "/home/u/.config/kanbao/config:12",
// "$KANBAO_DB", "--db", ...
template <class T>
struct Setting {
  T value{};
  std::string origin = "default";
};

// A colour for one element of the browser: named terminal colours
// (default, black, red, green, yellow, blue, magenta, cyan, white, and
// bright-* variants) and attributes (bold, underline, reverse, dim).
struct ColorSpec {
  std::string foreground = "default";
  std::string background = "default";
  std::vector<std::string> attributes;
};

// A `key.<action> = <keys>` line, validated by the browser (which knows the
// actions and key names) and reported with its file and line.
struct KeyBindingLine {
  std::string action;
  std::string keys;
  std::string file;
  int line = 0;
};

struct DistrictAlias {
  std::string alias;
  std::string canonical;
  std::string origin;
};

struct Config {
  Setting<std::string> library;          // `library = PATH`; "" = the XDG default
  Setting<std::string> theme{"default"};  // `theme = default | monochrome`
  std::map<std::string, Setting<ColorSpec>> colors;  // `color.<element> = fg [on bg] [attr...]`
  Setting<bool> three_pane{false};        // `layout = single | three-pane`
  Setting<bool> mouse{false};             // `mouse = on | off`
  Setting<int> reader_width{80};          // `reader.width = 40..400`
  Setting<int> snippet_columns{40};       // `search.snippet = 10..200`
  std::vector<DistrictAlias> district_aliases;  // `district.<canonical> = alias, alias`
  std::vector<KeyBindingLine> key_bindings;     // `key.<action> = keys`
};

struct Problem {
  std::string file;
  int line = 0;
  std::string message;
  // "file:line: message"
  std::string str() const;
};

struct Loaded {
  Config config;
  std::vector<Problem> problems;
};

// Parses the text of a configuration file named `file` (for messages).
Loaded parse(std::string_view text, const std::string& file);

// Reads and parses `path`; a missing file gives the defaults and no problem;
// an unreadable one gives the defaults and one problem.
Loaded load(const std::string& path);

// The effective configuration, one `key = value  # origin` line per setting,
// in the file's own syntax (so it can be pasted into a config file).
std::string describe(const Config& config);

// Colour elements the browser draws (for validation and `kanbao config`).
const std::vector<std::string>& color_elements();

}  // namespace kanbao::config
