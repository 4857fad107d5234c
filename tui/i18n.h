// SPDX-License-Identifier: MIT
// The browser's one language: Chinese (the source language of its strings)
// or English (po/en.po, compiled to share/locale/en/LC_MESSAGES/kanbao.mo).
//
// Every string the browser shows is written in Chinese and wrapped in _()
// (or N_() where it is a constant translated later with tr()); with English
// chosen, tr() looks it up in the catalog through glibc's dgettext. A string
// with {} fields goes through trf(), which formats the translated text.
#pragma once

#include <fmt/format.h>

#include <functional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace kanbao::tui {

enum class Language { kChinese, kEnglish };

// The language for `setting` (`language = auto | zh | en`). With auto the
// locale decides: the first of LANGUAGE (a colon list: its first zh or en
// entry), LC_ALL, LC_MESSAGES, LANG that is set. Chinese for zh*, and for
// C, POSIX and an unset locale (a reader of Chinese newspapers); English
// for any other language. `getenv` is std::getenv but for tests.
Language choose_language(std::string_view setting, const std::function<const char*(const char*)>& getenv);

// Makes `language` the browser's: for English, binds the catalog in
// $KANBAO_LOCALEDIR (else share/locale next to the binary, the install's or
// the build tree's locale folder, the first that has it) and points glibc at
// it (LANGUAGE=en, and LC_MESSAGES=C.UTF-8 when it was C, where glibc would
// ignore LANGUAGE). An error (no catalog) leaves Chinese in force.
Status set_language(Language language);
Language language();

// The English (or the unchanged Chinese) text of `msgid`.
const char* tr(const char* msgid);
// The same for a msgid in a context (msgctxt), for a word that translates
// differently there: the key label 书签 is "bookmark", the screen "Bookmarks".
const char* tr_context(const char* context, const char* msgid);

// An error from the library or the reading state, led in by the browser's
// language: in Chinese when tui/error_words.h knows its words, else in the
// library's English.
std::string failed(const Error& error);

template <class... Args>
std::string trf(const char* msgid, Args&&... args) {
  return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}

}  // namespace kanbao::tui

// Marks a string for translation (see scripts/update-po's keywords).
// clang-tidy 14 takes the macro for a name in the global namespace; only
// such names are reserved when they start with '_' (a lone '_' is gettext's
// convention, and no implementation macro).
// NOLINTNEXTLINE(bugprone-reserved-identifier)
#define _(msgid) ::kanbao::tui::tr(msgid)
#define N_(msgid) msgid
#define NC_(context, msgid) msgid
