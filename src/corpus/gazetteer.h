// SPDX-License-Identifier: MIT
// Zhengzhou's districts and county-level cities, with aliases.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kanbao::corpus {

class Gazetteer {
 public:
  // The 16 districts and county-level cities of Zhengzhou with their common
  // aliases (管城区 -> 管城回族区, 郑州高新区 -> 高新区, ...).
  static Gazetteer zhengzhou();

  // Adds a name (or an alias of a canonical name) - used by the configuration.
  void add(std::string alias, std::string canonical);

  // Canonical names, in a stable order.
  std::vector<std::string> canonical_names() const;

  // The district named by a component of `path` (deepest component wins).
  std::optional<std::string> from_path(std::string_view path) const;

  // The page's own district from its text (a whole decoded page): occurrences
  // are counted with leftmost-longest matching (so 管城经开区 is not 经开区);
  // headings weigh x3, lead paragraphs x2 and other body text x1 (the page is
  // split into articles as parse_page does). Ties go to the name seen first.
  std::optional<std::string> from_text(std::string_view text) const;

  // Canonical name for a name or alias the user typed, if known.
  std::optional<std::string> canonical(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, std::string>> entries_;  // alias -> canonical
};

}  // namespace kanbao::corpus
