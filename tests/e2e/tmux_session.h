// SPDX-License-Identifier: MIT
// Helpers for driving the real kanbao binary inside tmux on a private socket
// (shared by the e2e tests).
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace kanbao::test_support {

// 'text' quoted for /bin/sh.
std::string shell_quote(const std::string& s);
// Runs a shell command and returns its standard output.
std::string run(const std::string& command);
std::vector<std::string> split_lines(const std::string& s);

// The reader's percentage at the right end of a screen's header ("37%"), or
// "" when the screen is not a reader (lists show "3/12" there). Waiting for
// it after Enter on a list cannot be fooled by the list, or by a '%' in an
// article's text in the preview pane.
std::string header_percent(const std::string& screen);

// A tmux server of its own (socket kanbao-e2e-<pid>[-<n>]) with one session
// "k"; killed on destruction.
class Tmux {
 public:
  Tmux();
  ~Tmux();
  Tmux(const Tmux&) = delete;
  Tmux& operator=(const Tmux&) = delete;

  // tmux itself always runs in a UTF-8 locale (-u); the browser's own
  // environment is set per session.
  std::string tmux(const std::string& args) const;

  // Starts `command` in a fresh session of cols x rows. The shell around it
  // prints "[exited N]" when it ends, so the pane shows whether it exited and
  // that the screen came back.
  void start(int cols, int rows, const std::string& command);

  std::string capture(bool escapes = false) const;
  void keys(const std::string& keys) const;
  void literal(const std::string& text) const;
  void resize(int cols, int rows) const;
  std::string format(const std::string& f) const;

  // Polls until `pred(screen)` holds on a settled screen (the next capture,
  // 50 ms later, is the same: a screen caught while the browser is still
  // drawing it is not taken); returns the last capture in *last.
  // A key's effect must be waited for with something only the screen after
  // the key shows: text the screen before it already had (全部, a title, a
  // '%', a message of an earlier step) is found at once, on the old screen.
  bool wait(const std::function<bool(const std::string&)>& pred, std::string* last = nullptr,
            std::chrono::milliseconds timeout = std::chrono::milliseconds(5000), bool escapes = false) const;
  bool wait_for(const std::string& text, std::string* last = nullptr) const;
  bool wait_for(const std::string& text, std::string* last, std::chrono::milliseconds timeout) const;
  // Sends `keys` and waits for a screen that differs from the one before
  // them and satisfies `pred`: for keys that always change the screen.
  bool press(const std::string& keys, const std::function<bool(const std::string&)>& pred,
             std::string* last = nullptr) const;

  // The pid of the program started by start() (the only child of the pane's
  // shell), or 0 when it is not running (any more).
  int program_pid() const;

 private:
  std::string socket_;
};

// A temporary folder holding library.db, indexed from the sample pages with
// the real binary; removed on destruction. problem() is "" when the library
// is ready, else says why not (tmux missing, mkdtemp or index failed): the
// browser tests need both, so a missing tmux is a failure, not a skip.
class SampleLibrary {
 public:
  explicit SampleLibrary(const std::string& name);
  ~SampleLibrary();
  SampleLibrary(const SampleLibrary&) = delete;
  SampleLibrary& operator=(const SampleLibrary&) = delete;
  const std::string& dir() const { return dir_; }
  const std::string& db() const { return db_; }
  const std::string& problem() const { return problem_; }

 private:
  std::string dir_, db_, problem_;
};

}  // namespace kanbao::test_support
