// SPDX-License-Identifier: MIT
#include "store/parse_ahead.h"

namespace kanbao::store {

Prepared prepare_page(const std::string& path, const ParseSettings& settings, const std::string* unchanged) {
  Prepared p;
  p.path = path;
  p.content = read_file(path);
  if (!p.content) return p;
  p.hash = content_hash(p.content->bytes);
  if (unchanged != nullptr && *unchanged == p.hash) return p;
  p.decoded = corpus::decode(p.content->bytes);
  p.content->bytes = std::string();  // only the decoded text is needed from here on
  if (!*p.decoded) return p;
  corpus::PageContext context{path, settings.year, settings.gazetteer, settings.paper, settings.date,
                              settings.papers};
  p.page = corpus::parse_page((*p.decoded)->text, context);
  (*p.decoded)->text = std::string();  // the page holds its own copies
  return p;
}

}  // namespace kanbao::store
