// SPDX-License-Identifier: MIT
// The sample pages re-encoded (GB18030, UTF-16 with BOM, UTF-8 with BOM and
// CRLF, CR-only) must give exactly the same articles.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>

#include "corpus/decode.h"
#include "corpus/parse.h"
#include "sample_util.h"

namespace kanbao::corpus {
namespace {

const char* const kSamples[] = {"000_097ca8e9fcb91934.txt", "001_6fae84bafe222a8d.txt",
                                "002_4b336df7a5a7a260.txt", "003_8b5a061d728f5a52.txt",
                                "004_199105408a5690c4.txt"};

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

std::string encode(const std::string& utf8, const char* charset) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(charset, &status));
  EXPECT_TRUE(U_SUCCESS(status)) << charset;
  const int32_t needed = ucnv_fromUChars(cnv.get(), nullptr, 0, u.getBuffer(), u.length(), &status);
  std::string out(static_cast<std::size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  ucnv_fromUChars(cnv.get(), out.data(), needed, u.getBuffer(), u.length(), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << charset << ": " << u_errorName(status);
  return out;
}

std::string replace_newlines(const std::string& s, const std::string& with) {
  std::string out;
  for (char c : s) {
    if (c == '\n') {
      out += with;
    } else {
      out += c;
    }
  }
  return out;
}

void expect_same(const Page& a, const Page& b) {
  EXPECT_EQ(a.district, b.district);
  EXPECT_EQ(a.warnings, b.warnings);
  ASSERT_EQ(a.articles.size(), b.articles.size());
  for (std::size_t i = 0; i < a.articles.size(); ++i) {
    const Article& x = a.articles[i];
    const Article& y = b.articles[i];
    EXPECT_EQ(x.title, y.title);
    EXPECT_EQ(x.subtitle, y.subtitle);
    EXPECT_EQ(x.paragraphs, y.paragraphs);
    EXPECT_EQ(x.byline, y.byline);
    EXPECT_EQ(x.reporters, y.reporters);
    EXPECT_EQ(x.correspondents, y.correspondents);
    EXPECT_EQ(x.photo_credit, y.photo_credit);
    EXPECT_EQ(x.date, y.date);
    EXPECT_EQ(x.position, y.position);
    EXPECT_EQ(x.first_line, y.first_line);
    EXPECT_EQ(x.last_line, y.last_line);
  }
}

class Reencoded : public ::testing::TestWithParam<const char*> {};

TEST_P(Reencoded, SameArticlesInEveryEncoding) {
  const std::string file = GetParam();
  const std::string utf8 = testing_util::read_file(testing_util::sample_path(file));
  const Page reference = testing_util::parse_bytes(utf8, file);
  ASSERT_FALSE(reference.articles.empty());

  struct Variant {
    std::string name;
    std::string bytes;
    std::string encoding;
  };
  const Variant variants[] = {
      {"GB18030", encode(utf8, "GB18030"), "GB18030"},
      {"UTF-16LE", "\xFF\xFE" + encode(utf8, "UTF-16LE"), "UTF-16LE"},
      {"UTF-16BE", "\xFE\xFF" + encode(utf8, "UTF-16BE"), "UTF-16BE"},
      {"UTF-8 BOM CRLF", "\xEF\xBB\xBF" + replace_newlines(utf8, "\r\n"), "UTF-8 (BOM)"},
      {"CR", replace_newlines(utf8, "\r"), "UTF-8"},
  };
  for (const Variant& v : variants) {
    SCOPED_TRACE(file + " as " + v.name);
    auto decoded = decode(v.bytes);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message();
    EXPECT_EQ(decoded->encoding, v.encoding);
    EXPECT_EQ(decoded->replaced, 0);
    EXPECT_EQ(decoded->text, decode(utf8)->text);
    expect_same(testing_util::parse_bytes(v.bytes, file), reference);
  }
}

INSTANTIATE_TEST_SUITE_P(Samples, Reencoded, ::testing::ValuesIn(kSamples));

}  // namespace
}  // namespace kanbao::corpus
