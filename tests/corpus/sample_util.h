// SPDX-License-Identifier: MIT
// Helpers for tests that read the sample pages.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "corpus/decode.h"
#include "corpus/parse.h"
#include "corpus/split.h"

namespace kanbao::corpus::testing_util {

inline std::string sample_path(const std::string& file) {
  return std::string(KANBAO_SAMPLE_DIR) + "/" + file;
}

// Pages written for the tests, one per form of docs formats.md.
inline std::string fixture_path(const std::string& file) {
  return std::string(KANBAO_SOURCE_DIR) + "/tests/corpus/fixtures/" + file;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Decodes `bytes` and parses them as if they were the sample page `file`.
inline Page parse_bytes(const std::string& bytes, const std::string& file) {
  auto decoded = decode(bytes);
  if (!decoded) throw std::runtime_error(file + ": " + decoded.error().message());
  PageContext context;
  context.path = sample_path(file);
  return parse_page(decoded->text, context);
}

inline Page parse_sample(const std::string& file) { return parse_bytes(read_file(sample_path(file)), file); }

// A fixture page's articles, furniture and warnings.
struct ParsedFixture {
  std::vector<Article> articles;
  std::vector<FurnitureLine> furniture;
  std::vector<std::string> warnings;
};

// Parses fixture `name` as published on 21 June 2023 (昨日 is the 20th).
inline ParsedFixture parse_fixture(const std::string& name) {
  const std::string text = read_file(fixture_path(name));
  ParsedFixture p;
  SplitOptions options;
  options.issue = Date{2023, 6, 21};
  options.furniture = &p.furniture;
  p.articles = split_articles(text, p.warnings, options);
  return p;
}

}  // namespace kanbao::corpus::testing_util
