// SPDX-License-Identifier: MIT
// Helpers for tests that read the sample pages.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "corpus/decode.h"
#include "corpus/parse.h"

namespace kanbao::corpus::testing_util {

inline std::string sample_path(const std::string& file) { return std::string(KANBAO_SAMPLE_DIR) + "/" + file; }

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

}  // namespace kanbao::corpus::testing_util
