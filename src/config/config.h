// SPDX-License-Identifier: MIT
// kanbao's configuration files: the system-wide ones in $XDG_CONFIG_DIRS
// (/etc/xdg/kanbao/config), then the user's $XDG_CONFIG_HOME/kanbao/config.
//
// A plain `key = value` file, UTF-8. `#` at the start of a line, or after a
// space or tab, starts a comment (so `mouse = on  # for the wheel` works; the
// `#` key is written `Hash` in key bindings). Blank lines are ignored; keys
// are case-sensitive; keys and values are trimmed. A key given twice: the
// later line wins. Every setting remembers where its value came from, so
// `kanbao config` can say it. Unknown keys and bad values are reported with
// file and line, and the default stays in force.
#pragma once

#include <map>
#include <optional>
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
// (default, black, red, green, yellow, blue, magenta, cyan, white, their
// bright-* variants, or a 256-colour number 0-255) and attributes (bold,
// dim, underline, reverse, blink, italic).
// Written `fg [on bg] [attribute...]`, e.g. `black on yellow bold`.
struct ColorSpec {
  std::string foreground = "default";
  std::string background = "default";
  std::vector<std::string> attributes;
  friend bool operator==(const ColorSpec&, const ColorSpec&) = default;
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

// `paper.<alias> = <name>`: a path component `alias` names the paper `name`.
struct PaperAlias {
  std::string alias;
  std::string name;
  std::string origin;
};

// `paper.<name>.city = <city>`: the paper's city, which selects its
// districts; an empty city makes it a paper without districts (national).
struct PaperCity {
  std::string paper;
  std::string city;
  std::string origin;
};

struct Config {
  Setting<std::string> library;           // `library = PATH`; "" = the XDG default
  Setting<std::string> theme{"default"};  // `theme = default | monochrome`
  // `color.<element> = fg [on bg] [attr...]`: only the elements the file
  // sets; color() below gives the effective colour of any element.
  std::map<std::string, Setting<ColorSpec>> colors;
  Setting<bool> three_pane{false};              // `layout = single | three-pane`
  Setting<bool> mouse{false};                   // `mouse = on | off`
  Setting<int> reader_width{80};                // `reader.width = 40..400`
  Setting<int> snippet_columns{40};             // `search.snippet = 10..200`
  Setting<int> ambiguous_width{1};              // `ambiguous_width = 1 | 2` (East Asian Ambiguous characters)
  Setting<std::string> language{"auto"};        // `language = auto | zh | en`: the browser's language
  std::vector<DistrictAlias> district_aliases;  // `district.<canonical> = alias, alias`
  std::vector<KeyBindingLine> key_bindings;     // `key.<action> = keys`
  std::vector<PaperAlias> paper_aliases;        // `paper.<alias> = name`
  std::vector<PaperCity> paper_cities;          // `paper.<name>.city = city`
};

struct Problem {
  std::string file;
  int line = 0;  // 0: about the whole file
  std::string message;
  // "file:line: message" ("file: message" when line is 0)
  std::string str() const;
};

struct Loaded {
  Config config;
  std::vector<Problem> problems;
};

// Parses the text of a configuration file named `file` (for messages).
Loaded parse(std::string_view text, const std::string& file);

// Parses `text` on top of `into`, as if its lines followed the lines parsed
// before: a setting given again wins (its origin names `file`), a district's
// aliases and an action's keys are replaced. Problems are appended.
void parse_into(std::string_view text, const std::string& file, Loaded& into);

// Reads and parses `path`; a missing file gives the defaults and no problem;
// an unreadable one gives the defaults and one problem.
Loaded load(const std::string& path);

// Reads `paths` in order into one configuration, each on top of the ones
// before (see parse_into): the system-wide files first, the user's last, so
// the user's settings win. Missing files are skipped; an unreadable one is a
// problem and leaves the settings read so far in force.
Loaded load(const std::vector<std::string>& paths);

// The effective configuration, one `key = value  # origin` line per setting
// (every colour element included), in the file's own syntax: parse() of it
// gives a configuration with the same values.
std::string describe(const Config& config);

// Colour elements the browser draws (for validation and `kanbao config`).
const std::vector<std::string>& color_elements();

// The colour of `element` under `theme` ("default" or "monochrome") when the
// file does not set it. Monochrome colours use attributes only.
ColorSpec theme_color(std::string_view theme, std::string_view element);

// The effective colour of `element`: the file's `color.<element>`, else the
// theme's (origin "default").
Setting<ColorSpec> color(const Config& config, std::string_view element);

// A colour name or number as a terminal colour index: -1 for "default",
// 0-7 for the named colours, 8-15 for bright-*, 0-255 for numbers.
std::optional<int> color_number(std::string_view name);

// "fg on bg attr..." as written in the file (background left out when default).
std::string format_color(const ColorSpec& spec);

}  // namespace kanbao::config
