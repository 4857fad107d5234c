// SPDX-License-Identifier: MIT
// kanbao::Error, Status and Result<T>: errors as values.
//
// Every fallible function in kanbao returns Status (no value) or Result<T>.
// An Error carries a message written for the person at the terminal: it says
// what failed, names the file or query involved, and where possible what to do.
// We do not use std::expected because clang 14 (our sanitizer and fuzzing
// compiler) cannot compile libstdc++ 12's <expected>.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kanbao {

// What kind of failure an Error reports, for callers that act on it (the
// CLI offers to move a damaged library aside on `index --rebuild`, say).
// Most errors are kGeneric: their message is all a caller needs.
enum class ErrorKind {
  kGeneric,
  kCorruption,  // a file kanbao owns is damaged
  kUsage,       // the request itself is malformed (an option's value, a name): the user's to fix
};

// The words of an error as a template with "{}" fields and the values that
// fill them, kept for an interface that says the same in its own language
// (the browser's Chinese: tui/error_words.cpp). The values are never
// translated: they are what the user typed or a name from the library.
struct ErrorWords {
  std::string format;
  std::vector<std::string> values;

  // `format` with each "{}" replaced by the next value, in order, and each
  // "{N}" (one digit) by the value N, so that a translation may put them in
  // its own order; a field past the last value stays as it is.
  std::string fill() const { return fill(format); }
  std::string fill(const std::string& other_format) const {
    std::string out;
    std::size_t next = 0;
    for (std::size_t at = 0; at < other_format.size();) {
      const std::size_t open = other_format.find('{', at);
      if (open == std::string::npos) return out + other_format.substr(at);
      out += other_format.substr(at, open - at);
      std::size_t index = values.size(), length = 0;
      if (other_format.compare(open, 2, "{}") == 0) {
        index = next++;
        length = 2;
      } else if (open + 2 < other_format.size() && other_format[open + 1] >= '0' &&
                 other_format[open + 1] <= '9' && other_format[open + 2] == '}') {
        index = static_cast<std::size_t>(other_format[open + 1] - '0');
        length = 3;
      }
      if (index < values.size()) {
        out += values[index];
        at = open + length;
      } else {
        out += '{';
        at = open + 1;
      }
    }
    return out;
  }
};

class Error {
 public:
  explicit Error(std::string message, ErrorKind kind = ErrorKind::kGeneric)
      : message_(std::move(message)), kind_(kind) {}
  // An error whose message is `words` filled in, and which keeps them.
  explicit Error(ErrorWords words, ErrorKind kind = ErrorKind::kGeneric)
      : message_(words.fill()), kind_(kind), words_(std::move(words)) {}
  const std::string& message() const { return message_; }
  ErrorKind kind() const { return kind_; }
  // The template and values of the message; nullptr for an error made
  // from a message alone.
  const ErrorWords* words() const { return words_.format.empty() ? nullptr : &words_; }
  // This error with a context before it ("search failed: " + this), keeping
  // the words of both: the context's template and values come first, so an
  // interface can say the context and the error each in its own language.
  // An error without words is one value of the result.
  Error in_context(ErrorWords context) const {
    if (words_.format.empty()) {
      context.format += "{}";
      context.values.push_back(message_);
    } else {
      context.format += words_.format;
      context.values.insert(context.values.end(), words_.values.begin(), words_.values.end());
    }
    return Error(std::move(context), kind_);
  }

 private:
  std::string message_;
  ErrorKind kind_;
  ErrorWords words_;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<0>(v_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(v_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(v_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const {
    assert(!ok());
    return std::get<1>(v_);
  }

 private:
  std::variant<T, Error> v_;
};

// Status: success, or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT(google-explicit-constructor)
  static Status Ok() { return {}; }

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const {
    assert(!ok_);
    return error_;
  }

 private:
  Error error_{""};
  bool ok_ = true;
};

}  // namespace kanbao

// Propagate an error from an expression returning Status or Result<T>.
#define KANBAO_TRY(expr)                                             \
  do {                                                               \
    auto&& kanbao_try_result_ = (expr);                              \
    if (!kanbao_try_result_.ok()) return kanbao_try_result_.error(); \
  } while (false)

#define KANBAO_CONCAT_INNER_(a, b) a##b
#define KANBAO_CONCAT_(a, b) KANBAO_CONCAT_INNER_(a, b)

// Declares (or assigns) `lhs` from the value of an expression returning
// Result<T>, or returns its error from the enclosing function:
//   KANBAO_ASSIGN_OR_RETURN(Library library, Library::open(path, mode));
//   KANBAO_ASSIGN_OR_RETURN(order_, ArticleOrder::load(db_));
// `lhs` must not contain a comma outside parentheses. Expands to several
// statements: not for the body of an unbraced if or loop.
#define KANBAO_ASSIGN_OR_RETURN(lhs, expr) \
  KANBAO_ASSIGN_OR_RETURN_IMPL_(KANBAO_CONCAT_(kanbao_result_, __LINE__), lhs, expr)
#define KANBAO_ASSIGN_OR_RETURN_IMPL_(result, lhs, expr) \
  auto result = (expr);                                  \
  if (!result.ok()) return result.error();               \
  lhs = std::move(result).value()
