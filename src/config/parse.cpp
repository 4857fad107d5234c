// SPDX-License-Identifier: MIT
// parse(): the configuration file, line by line, into a Config.
#include <algorithm>
#include <array>

#include "config/config.h"
#include "config/suggest.h"
#include "config/values.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace kanbao::config {

using text::trim;

namespace {

constexpr std::array<std::string_view, 8> kPlainKeys = {
    "library", "theme", "layout", "mouse", "reader.width", "search.snippet", "ambiguous_width", "language"};

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (text::decode(s, i) == text::kInvalid) return false;
  }
  return true;
}

// A `#` at the start or after a space or tab begins a comment; a `#` inside
// a word (a path like /srv/a#b) does not.
std::string_view strip_comment(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  }
  return line;
}

template <class T>
void erase_if(std::vector<T>& v, const auto& pred) {
  v.erase(std::remove_if(v.begin(), v.end(), pred), v.end());
}

class Parser {
 public:
  Parser(const std::string& file, Loaded& out) : file_(file), out_(out) {}

  void line(std::string_view raw, int number) {
    line_ = number;
    if (!valid_utf8(raw)) {
      problem("the line is not valid UTF-8 (save the file as UTF-8); line ignored");
      return;
    }
    const std::string_view text = trim(strip_comment(raw));
    if (text.empty()) return;
    const std::size_t eq = text.find('=');
    if (eq == std::string_view::npos) {
      problem("expected `key = value`, got '" + std::string(text) + "'");
      return;
    }
    const std::string_view key = trim(text.substr(0, eq));
    if (key.empty()) {
      problem("no key before '='");
      return;
    }
    setting(key, trim(text.substr(eq + 1)));
  }

 private:
  std::string origin() const { return file_ + ":" + std::to_string(line_); }

  void problem(std::string message) { out_.problems.push_back({file_, line_, std::move(message)}); }

  // Stores `parsed` into `setting`, or reports why the value is bad.
  template <class T, class U>
  void store(std::string_view key, Setting<T>& target, Result<U> parsed) {
    if (!parsed) {
      problem(std::string(key) + ": " + parsed.error().message());
      return;
    }
    target = Setting<T>{std::move(*parsed), origin()};
  }

  void setting(std::string_view key, std::string_view value) {
    Config& c = out_.config;
    if (key == "library") return store(key, c.library, Result<std::string>(std::string(value)));
    if (key == "theme") return store(key, c.theme, parse_theme(value));
    if (key == "layout") return store(key, c.three_pane, parse_layout(value));
    if (key == "mouse") return store(key, c.mouse, parse_switch(value));
    if (key == "reader.width") return store(key, c.reader_width, parse_number(value, 40, 400));
    if (key == "search.snippet") return store(key, c.snippet_columns, parse_number(value, 10, 200));
    if (key == "ambiguous_width") return store(key, c.ambiguous_width, parse_number(value, 1, 2));
    if (key == "language") return store(key, c.language, parse_language(value));
    if (key.substr(0, 6) == "color." && is_element(key.substr(6))) {
      auto spec = parse_color(value);
      if (!spec) return problem(std::string(key) + ": " + spec.error().message());
      c.colors[std::string(key.substr(6))] = Setting<ColorSpec>{std::move(*spec), origin()};
      return;
    }
    if (key.substr(0, 4) == "key." && key.size() > 4) return key_binding(key.substr(4), value);
    if (key.substr(0, 9) == "district." && key.size() > 9) return district(key, key.substr(9), value);
    if (key.substr(0, 6) == "paper." && key.size() > 6) return paper(key, key.substr(6), value);
    unknown(key);
  }

  static bool is_element(std::string_view name) {
    const auto& all = color_elements();
    return std::find(all.begin(), all.end(), name) != all.end();
  }

  void key_binding(std::string_view action, std::string_view keys) {
    auto& lines = out_.config.key_bindings;
    erase_if(lines, [&](const KeyBindingLine& l) { return l.action == action; });  // the later line wins
    lines.push_back({std::string(action), std::string(keys), file_, line_});
  }

  void district(std::string_view key, std::string_view canonical, std::string_view value) {
    auto aliases = parse_aliases(value);
    if (!aliases) {
      problem(std::string(key) + ": " + aliases.error().message());
      return;
    }
    auto& all = out_.config.district_aliases;
    // A later line replaces the district's aliases, and takes an alias away
    // from any district that had it before.
    erase_if(all, [&](const DistrictAlias& d) {
      return d.canonical == canonical ||
             std::find(aliases->begin(), aliases->end(), d.alias) != aliases->end();
    });
    for (auto& alias : *aliases) all.push_back({std::move(alias), std::string(canonical), origin()});
  }

  // `paper.zzrb = 郑州日报` or `paper.郑州日报.city = 郑州` (a later line wins).
  void paper(std::string_view key, std::string_view rest, std::string_view value) {
    constexpr std::string_view kCity = ".city";
    if (rest.size() > kCity.size() && rest.substr(rest.size() - kCity.size()) == kCity) {
      const std::string name(rest.substr(0, rest.size() - kCity.size()));
      auto& all = out_.config.paper_cities;
      erase_if(all, [&](const PaperCity& p) { return p.paper == name; });
      all.push_back({name, std::string(value), origin()});
      return;
    }
    if (value.empty())
      return problem(std::string(key) + ": the paper's name is missing (`paper.zzrb = 郑州日报`)");
    auto& all = out_.config.paper_aliases;
    erase_if(all, [&](const PaperAlias& p) { return p.alias == rest; });
    all.push_back({std::string(rest), std::string(value), origin()});
  }

  void unknown(std::string_view key) {
    std::vector<std::string> candidates(kPlainKeys.begin(), kPlainKeys.end());
    for (const auto& e : color_elements()) candidates.push_back("color." + e);
    // `keys.down`, `distrct.x`: fix the prefix, keep the rest (any action or
    // district name may follow, so those are not in the list).
    if (const std::size_t dot = key.find('.'); dot != std::string_view::npos) {
      for (std::string_view prefix : {"key", "district", "paper"}) {
        const int d = edit_distance(key.substr(0, dot), prefix);
        if (d > 0 && d <= 2) {
          candidates.push_back(std::string(prefix) + std::string(key.substr(dot)));
        }
      }
    }
    std::string message = "unknown key '" + std::string(key) + "'";
    if (const auto near = closest(key, candidates)) {
      message += " (did you mean '" + *near + "'?)";
    } else {
      message += " (see CONFIGURATION in kanbao(1))";
    }
    problem(std::move(message));
  }

  const std::string& file_;
  Loaded& out_;
  int line_ = 0;
};

}  // namespace

Loaded parse(std::string_view text, const std::string& file) {
  Loaded out;
  parse_into(text, file, out);
  return out;
}

void parse_into(std::string_view text, const std::string& file, Loaded& out) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte-order mark some editors write
  Parser parser(file, out);
  int number = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    parser.line(text.substr(0, nl), ++number);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

}  // namespace kanbao::config
