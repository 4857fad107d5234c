// SPDX-License-Identifier: MIT
#include "tui/i18n.h"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace kanbao::tui {
namespace {

constexpr const char* kDomain = "kanbao";

Language g_language = Language::kChinese;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// zh, zh_CN.UTF-8, zh_TW ... -> Chinese; C, POSIX, C.UTF-8 -> Chinese (the
// default); en_GB, de_DE ... -> English.
Language from_locale_name(std::string_view name) {
  if (starts_with(name, "zh") || name == "C" || name == "POSIX" || starts_with(name, "C.")) {
    return Language::kChinese;
  }
  return Language::kEnglish;
}

// $KANBAO_LOCALEDIR, else the first folder holding the catalog of: share/locale
// next to the running binary (a relocated or packaged install), the install's
// (compiled in), the build tree's.
std::string locale_dir() {
  const char* dir = std::getenv("KANBAO_LOCALEDIR");
  if (dir && *dir) return dir;
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::vector<std::filesystem::path> candidates;
  if (!ec) candidates.push_back(self.parent_path().parent_path() / "share/locale");
  candidates.emplace_back(KANBAO_INSTALL_LOCALEDIR);
  candidates.emplace_back(KANBAO_BUILD_LOCALEDIR);
  for (const auto& candidate : candidates) {
    if (std::filesystem::is_regular_file(candidate / "en/LC_MESSAGES/kanbao.mo", ec))
      return candidate.string();
  }
  return KANBAO_INSTALL_LOCALEDIR;  // for the message saying it is missing
}

}  // namespace

Language choose_language(std::string_view setting, const std::function<const char*(const char*)>& getenv) {
  if (setting == "zh") return Language::kChinese;
  if (setting == "en") return Language::kEnglish;
  const auto get = [&](const char* name) -> std::string_view {
    const char* v = getenv(name);
    return v ? v : "";
  };
  // LANGUAGE lists languages in order of preference; we have two.
  std::string_view list = get("LANGUAGE");
  while (!list.empty()) {
    const std::size_t colon = list.find(':');
    const std::string_view entry = list.substr(0, colon);
    if (starts_with(entry, "zh")) return Language::kChinese;
    if (starts_with(entry, "en")) return Language::kEnglish;
    list = colon == std::string_view::npos ? std::string_view() : list.substr(colon + 1);
  }
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const std::string_view value = get(name);
    if (!value.empty()) return from_locale_name(value);
  }
  return Language::kChinese;
}

Status set_language(Language language) {
  if (language == Language::kChinese) {
    g_language = language;
    return {};
  }
  g_language = Language::kChinese;  // until the catalog is found
  const std::string dir = locale_dir();
  if (!bindtextdomain(kDomain, dir.c_str()) || !bind_textdomain_codeset(kDomain, "UTF-8")) {
    return Error("cannot bind the message catalog in " + dir);
  }
  // glibc ignores LANGUAGE while LC_MESSAGES is the C locale; C.UTF-8
  // changes nothing else (messages only).
  const char* messages = std::setlocale(LC_MESSAGES, nullptr);
  if (!messages || std::string_view(messages) == "C" || std::string_view(messages) == "POSIX") {
    if (!std::setlocale(LC_MESSAGES, "C.UTF-8")) return Error("no C.UTF-8 locale for the English messages");
  }
  if (::setenv("LANGUAGE", "en", 1) != 0) return Error("cannot set LANGUAGE=en");
  // setlocale() again: glibc drops the translations it cached.
  const std::string current = std::setlocale(LC_MESSAGES, nullptr);
  if (!std::setlocale(LC_MESSAGES, current.c_str())) return Error("cannot set LC_MESSAGES to " + current);
  // A loaded catalog has a header (the empty msgid); without one every
  // string would silently stay Chinese.
  const char* header = dgettext(kDomain, "");
  if (!header || !*header) {
    return Error("no English message catalog at " + dir + "/en/LC_MESSAGES/kanbao.mo; kanbao stays Chinese");
  }
  g_language = language;
  return {};
}

Language language() { return g_language; }

const char* tr(const char* msgid) {
  if (g_language == Language::kChinese || !*msgid) return msgid;
  return dgettext(kDomain, msgid);
}

const char* tr_context(const char* context, const char* msgid) {
  if (g_language == Language::kChinese || !*msgid) return msgid;
  // How msgfmt stores a msgctxt: "context\004msgid".
  const std::string key = std::string(context) + '\004' + msgid;
  const char* found = dgettext(kDomain, key.c_str());
  return found == key.c_str() ? msgid : found;  // dgettext returns its argument when untranslated
}

}  // namespace kanbao::tui
