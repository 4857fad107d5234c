// SPDX-License-Identifier: MIT
// ncursesw measures every character it adds with the C library's wcwidth(),
// which gives East Asian Ambiguous characters (“ ” · — …) one column. On a
// terminal that draws them two wide (`ambiguous_width = 2`) ncursesw would
// then place the rest of the row one column short for each, and the row
// overflows. This wcwidth(), defined in the program, is the one ncursesw's
// shared library calls (the executable's symbol comes first in the lookup):
// with ambiguous_width 2 it answers 2 where kanbao's one width function does
// and glibc says 1; otherwise it is glibc's (found with dlsym RTLD_NEXT).
//
// A static archive's member is not linked for a shared library's undefined
// symbol, so tui/CMakeLists.txt asks the linker for it (--undefined=wcwidth).
#include <dlfcn.h>
#include <wchar.h>

#include "text/width.h"

namespace {

using WcwidthFn = int (*)(wchar_t);

int libc_wcwidth(wchar_t c) {
  static const auto libc = reinterpret_cast<WcwidthFn>(dlsym(RTLD_NEXT, "wcwidth"));
  return libc ? libc(c) : (c < 0x20 ? -1 : 1);
}

}  // namespace

extern "C" int wcwidth(wchar_t c) noexcept {
  const int width = libc_wcwidth(c);
  if (width == 1 && kanbao::text::ambiguous_width() == 2 && c >= 0xA0 &&
      kanbao::text::display_width(static_cast<char32_t>(c)) == 2) {
    return 2;
  }
  return width;
}
