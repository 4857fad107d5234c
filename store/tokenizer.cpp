// SPDX-License-Identifier: MIT
#include "store/tokenizer.h"

#include <sqlite3.h>

#include <bit>
#include <string_view>

#include "store/pinyin.h"
#include "text/utf8.h"

namespace kanbao::store::tokens {
namespace {

constexpr std::string_view kBreakToken = "|";
constexpr std::string_view kSentenceToken = "。";
// The first bytes of the pinyin tokens (see the header for why these two).
constexpr char kReadingMark = '\'';
constexpr char kInitialsMark = '{';

// Cuts `word` to kMaxWordBytes at a UTF-8 character boundary.
bool cut_word(std::string& word) {
  if (word.size() <= kMaxWordBytes) return false;
  std::size_t n = kMaxWordBytes;
  while (n > 0 && (static_cast<unsigned char>(word[n]) & 0xC0) == 0x80) --n;
  word.resize(n);
  return true;
}

// The most frequent Han characters of local news text (measured on the sample
// pages and general frequency lists); together about a fifth of all Han text.
constexpr std::u32string_view kFrequent =
    U"的一是在不了有和人这中大为上个国区工作要建实会化动设城发项委进新展";

void set_reading_pair(std::string& token, std::string_view first, std::string_view second) {
  token.assign(1, kReadingMark).append(first).append(1, kReadingMark).append(second);
}

// The pinyin tokens of neighbouring Han characters `a` `b` (see the header),
// colocated, covering [begin, end).
int emit_pinyin(char32_t a, char32_t b, Sink sink, void* context, std::uint32_t begin, std::uint32_t end,
                std::string& token) {
  int rc = SQLITE_OK;
  for (std::string_view first : han::readings(a)) {
    for (std::string_view second : han::readings(b)) {
      set_reading_pair(token, first, second);
      rc = sink(context, token, true, begin, end);
      if (rc != SQLITE_OK) return rc;
    }
  }
  if (!han::is_common(a) || !han::is_common(b)) return rc;
  const std::uint32_t firsts = han::initials(a), seconds = han::initials(b);
  for (std::uint32_t x = firsts; x != 0; x &= x - 1) {
    for (std::uint32_t y = seconds; y != 0; y &= y - 1) {
      token = initials_pair_token(static_cast<char>('a' + std::countr_zero(x)),
                                  static_cast<char>('a' + std::countr_zero(y)));
      rc = sink(context, token, true, begin, end);
      if (rc != SQLITE_OK) return rc;
    }
  }
  return rc;
}

}  // namespace

std::string reading_pair_token(std::string_view first, std::string_view second) {
  std::string token;
  set_reading_pair(token, first, second);
  return token;
}

std::string initials_pair_token(char first, char second) { return std::string{kInitialsMark, first, second}; }

bool is_pinyin_token(std::string_view token) {
  return !token.empty() && (token.front() == kReadingMark || token.front() == kInitialsMark);
}

bool is_frequent(char32_t c) { return kFrequent.find(c) != std::u32string_view::npos; }

std::string_view break_token(const fold::Char& brk) {
  return brk.c == fold::kSentenceBreak ? kSentenceToken : kBreakToken;
}

bool is_break_token(std::string_view token) { return token == kBreakToken || token == kSentenceToken; }

int tokenize_document(const std::vector<fold::Char>& chars, Sink sink, void* context,
                      std::vector<char32_t>* han, bool pinyin) {
  std::string token;
  const std::size_t n = chars.size();
  for (std::size_t i = 0; i < n;) {
    const fold::Char& ch = chars[i];
    int rc = SQLITE_OK;
    switch (ch.kind) {
      case fold::Kind::kHan: {
        token.clear();
        text::append_utf8(token, ch.c);
        bool last = i + 1 == n || chars[i + 1].kind != fold::Kind::kHan;
        std::uint32_t end = ch.end;
        if (!last) {
          text::append_utf8(token, chars[i + 1].c);
          end = chars[i + 1].end;
        }
        rc = sink(context, token, false, ch.begin, end);
        if (rc == SQLITE_OK && !last && is_frequent(ch.c)) {
          token.clear();
          text::append_utf8(token, ch.c);
          rc = sink(context, token, true, ch.begin, ch.end);
        }
        if (rc == SQLITE_OK && !last && pinyin && !chars[i + 1].after_pause)
          rc = emit_pinyin(ch.c, chars[i + 1].c, sink, context, ch.begin, end, token);
        if (han != nullptr) han->push_back(ch.c);
        ++i;
        break;
      }
      case fold::Kind::kWord: {
        token.clear();
        std::size_t j = i;
        for (; j < n && chars[j].kind == fold::Kind::kWord; ++j) text::append_utf8(token, chars[j].c);
        cut_word(token);
        rc = sink(context, token, false, ch.begin, chars[j - 1].end);
        i = j;
        break;
      }
      case fold::Kind::kBreak:
        rc = sink(context, break_token(ch), false, ch.begin, ch.end);
        ++i;
        break;
      case fold::Kind::kSpace:
        ++i;
        break;
    }
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

std::vector<PhraseToken> literal_phrase(const std::vector<fold::Char>& term, std::size_t max_tokens,
                                        bool& exact) {
  exact = true;
  std::vector<PhraseToken> phrase;
  const std::size_t n = term.size();
  for (std::size_t i = 0; i < n;) {
    if (term[i].kind == fold::Kind::kWord) {
      PhraseToken t;
      std::size_t j = i;
      for (; j < n && term[j].kind == fold::Kind::kWord; ++j) text::append_utf8(t.text, term[j].c);
      // A cut word matches every document word that starts with the same
      // kMaxWordBytes (documents cut theirs the same way): a superset.
      if (cut_word(t.text)) exact = false;
      t.prefix = j == n;  // the last word of a term matches as a prefix
      phrase.push_back(std::move(t));
      i = j;
    } else if (term[i].kind == fold::Kind::kHan) {
      std::size_t j = i;
      while (j < n && term[j].kind == fold::Kind::kHan) ++j;
      // Characters i..j-1: bigrams at their own positions; the run's last
      // character must end a run in the document unless the term ends here,
      // and a term ending in one character matches any token starting with it.
      for (std::size_t k = i; k + 1 < j; ++k) {
        PhraseToken t;
        text::append_utf8(t.text, term[k].c);
        text::append_utf8(t.text, term[k + 1].c);
        phrase.push_back(std::move(t));
      }
      if (j < n || j - i == 1) {
        // Alone: the run-final token, or (term ends) any token starting with
        // it - which for a frequent character is just its own token.
        PhraseToken t;
        text::append_utf8(t.text, term[j - 1].c);
        t.prefix = j == n && !is_frequent(term[j - 1].c);
        phrase.push_back(std::move(t));
      }
      i = j;
    } else if (term[i].kind == fold::Kind::kBreak) {
      // A sentence mark inside a term (fold.h): the document's token for it.
      phrase.push_back(PhraseToken{std::string(break_token(term[i])), false});
      ++i;
    } else {
      ++i;  // kSpace: words are separate tokens anyway
    }
  }
  if (phrase.size() > max_tokens) {
    phrase.resize(max_tokens);
    exact = false;
  }
  return phrase;
}

std::string phrase_expression(const std::vector<PhraseToken>& phrase) {
  std::string out;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (k > 0) out += " + ";
    out += '"';
    for (char c : phrase[k].text) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
    if (phrase[k].prefix) out += " *";
  }
  return out;
}

}  // namespace kanbao::store::tokens
