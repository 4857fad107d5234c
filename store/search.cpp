// PLACEHOLDER until the search issue lands.
#include "store/library.h"
#include "store/library_impl.h"

namespace kanbao::store {

int ArticleMatches::total() const {
  auto count = [](const std::vector<Span>& spans) { return static_cast<int>(spans.size()); };
  int n = count(title) + count(subtitle) + count(byline);
  for (const auto& p : paragraphs) n += count(p);
  return n;
}

Result<SearchPage> Library::search(const SearchRequest& /*request*/) {
  return Error("search is not implemented yet");
}

Result<ArticleMatches> Library::matches(std::int64_t /*id*/, const std::string& /*query*/) {
  return Error("search is not implemented yet");
}

}  // namespace kanbao::store
