// SPDX-License-Identifier: MIT
// ncursesw backend: the only file that includes <curses.h>.
#include <curses.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "text/utf8.h"
#include "tui/browser.h"
#include "tui/keymap.h"
#include "tui/terminal.h"
#include "tui/theme.h"

namespace kanbao::tui {

std::string curses_version() { return ::curses_version(); }  // e.g. "ncurses 6.3.20211021"

namespace {

int translate_key(int status, wint_t ch) {
  if (status == KEY_CODE_YES) {
    switch (ch) {
      case KEY_UP:
        return key::kUp;
      case KEY_DOWN:
        return key::kDown;
      case KEY_LEFT:
        return key::kLeft;
      case KEY_RIGHT:
        return key::kRight;
      case KEY_PPAGE:
        return key::kPageUp;
      case KEY_NPAGE:
        return key::kPageDown;
      case KEY_HOME:
        return key::kHome;
      case KEY_END:
        return key::kEnd;
      case KEY_BACKSPACE:
        return key::kBackspace;
      case KEY_ENTER:
        return key::kEnter;
      case KEY_BTAB:
        return key::kBackTab;
      case KEY_DC:
        return key::kDelete;
      case KEY_RESIZE:
        return key::kResize;
      case KEY_MOUSE:
        return key::kMouse;
      default:
        if (ch >= static_cast<wint_t>(KEY_F(1)) && ch <= static_cast<wint_t>(KEY_F(12))) {
          return key::kF1 + static_cast<int>(ch - static_cast<wint_t>(KEY_F(1)));
        }
        return 0;
    }
  }
  switch (ch) {
    case 27:
      return key::kEscape;
    case 10:
    case 13:
      return key::kEnter;
    case 9:
      return key::kTab;
    case 8:
    case 127:
      return key::kBackspace;
    default:
      return static_cast<int>(ch);
  }
}

class CursesTerminal : public Terminal {
 public:
  CursesTerminal(SCREEN* screen, bool mouse, const config::Config& config) : screen_(screen) {
    set_term(screen_);
    cbreak();  // not raw(): Ctrl-Z suspends (curses restores), Ctrl-C is SIGINT
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    curs_set(0);
    if (mouse) mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, nullptr);
    setup_colors(config);
  }

  ~CursesTerminal() override {
    endwin();
    delscreen(screen_);
  }

  int rows() const override { return LINES; }
  int cols() const override { return COLS; }

  void draw(const Screen& s) override {
    const int rows = std::min(s.rows(), LINES), cols = std::min(s.cols(), COLS);
    std::wstring w;
    for (int r = 0; r < rows; ++r) {
      for (int c = 0; c < cols; ++c) {
        const Cell& cell = s.at(r, c);
        if (cell.width == 0) continue;  // right half of a wide character
        if (cell.width == 2 && c + 1 >= cols) continue;
        w.clear();
        std::size_t i = 0;
        while (i < cell.glyph.size() && w.size() < CCHARW_MAX) {
          const char32_t ch = text::decode(cell.glyph, i);
          w.push_back(ch == text::kInvalid ? L'\uFFFD' : static_cast<wchar_t>(ch));
        }
        if (w.empty()) w = L" ";
        const auto& look = styles_[static_cast<std::size_t>(cell.style)];
        cchar_t cc;
        setcchar(&cc, w.c_str(), look.attr, look.pair, nullptr);
        mvadd_wch(r, c, &cc);
      }
    }
    if (s.cursor_row() >= 0 && s.cursor_row() < rows && s.cursor_col() < cols) {
      curs_set(1);
      move(s.cursor_row(), std::max(s.cursor_col(), 0));
    } else {
      curs_set(0);
    }
    refresh();
  }

  InputEvent read(int timeout_ms) override {
    timeout(timeout_ms);
    wint_t ch = 0;
    const int status = get_wch(&ch);
    InputEvent ev;
    if (status == ERR) return ev;
    ev.kind = InputEvent::Kind::kKey;
    ev.key = translate_key(status, ch);
    if (ev.key == key::kMouse) {
      MEVENT m;
      ev.kind = InputEvent::Kind::kTimeout;
      if (getmouse(&m) == OK) {
        if (m.bstate & BUTTON4_PRESSED) {
          ev.kind = InputEvent::Kind::kWheelUp;
        } else if (m.bstate & BUTTON5_PRESSED) {
          ev.kind = InputEvent::Kind::kWheelDown;
        } else if (m.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) {
          ev.kind = InputEvent::Kind::kClick;
        }
        ev.row = m.y;
        ev.col = m.x;
      }
    }
    return ev;
  }

  void invalidate() override { clearok(curscr, TRUE); }

  Status write_raw(const std::string& bytes) override {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0) {
      return Error(std::string("cannot write to the terminal: ") + std::strerror(errno));
    }
    return Status::Ok();
  }

  void suspend() override {
    def_prog_mode();
    endwin();
  }

  void resume() override {
    reset_prog_mode();
    clearok(curscr, TRUE);
    refresh();
  }

 private:
  struct CursesLook {  // a Look in curses terms
    attr_t attr = A_NORMAL;
    short pair = 0;
  };

  void setup_colors(const config::Config& config) {
    const char* no_color = std::getenv("NO_COLOR");
    int colors = 0;  // monochrome: attributes alone must still tell hits apart
    if (!(no_color && *no_color) && config.theme.value != "monochrome" && has_colors()) {
      start_color();
      use_default_colors();  // -1 keeps the terminal's own colours
      colors = COLORS;
    }
    const Looks looks = resolve_looks(config, colors);
    for (std::size_t i = 0; i < looks.size(); ++i) {
      const Look& l = looks[i];
      attr_t attr = A_NORMAL;
      if (l.bold) attr |= A_BOLD;
      if (l.dim) attr |= A_DIM;
      if (l.underline) attr |= A_UNDERLINE;
      if (l.reverse) attr |= A_REVERSE;
      if (l.blink) attr |= A_BLINK;
      if (l.italic) attr |= A_ITALIC;
      short pair = 0;
      if (colors > 0 && (l.foreground >= 0 || l.background >= 0)) {
        pair = static_cast<short>(i + 1);  // one pair per style
        init_pair(pair, static_cast<short>(l.foreground), static_cast<short>(l.background));
      }
      styles_[i] = CursesLook{attr, pair};
    }
  }

  SCREEN* screen_;
  CursesLook styles_[static_cast<std::size_t>(Style::kCount)];
};

}  // namespace

Result<std::unique_ptr<Terminal>> Terminal::open(bool mouse, const config::Config& config) {
  if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
    return Error("kanbao: the browser needs a terminal (stdin and stdout are not both a tty)");
  }
  const char* term = std::getenv("TERM");
  if (!term || !*term) {
    return Error("kanbao: TERM is not set; set it to your terminal type (e.g. TERM=xterm-256color)");
  }
  const auto unusable = [term] {
    return Error(std::string("kanbao: unknown terminal type TERM=") + term +
                 " (try TERM=xterm-256color, or install its terminfo entry)");
  };
  SCREEN* screen = newterm(nullptr, stdout, stdin);
  if (!screen) return unusable();
  // A terminal that cannot move the cursor (TERM=dumb) would show a blank
  // screen while keys still act: refuse it like an unknown one.
  // tigetstr answers (char*)-1 for a name that is not a string capability.
  char* cup = tigetstr(const_cast<char*>("cup"));
  if (cup == nullptr || cup == reinterpret_cast<char*>(-1)) {  // NOLINT(performance-no-int-to-ptr)
    endwin();
    delscreen(screen);
    return unusable();
  }
  return std::unique_ptr<Terminal>(new CursesTerminal(screen, mouse, config));
}

}  // namespace kanbao::tui
