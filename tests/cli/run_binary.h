// SPDX-License-Identifier: MIT
// Runs the real kanbao binary for end-to-end tests of the command line.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace kanbao::test_support {

struct Outcome {
  int status = -1;  // exit status (or -1 if it did not exit normally)
  std::string out;
  std::string err;
  long max_rss_kb = 0;  // peak resident memory of the process
};

// Runs KANBAO_BINARY with `args`; `env` entries ("NAME=value", or "NAME=" to
// unset NAME) are applied to a copy of this process's environment.
Outcome run_kanbao(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                   const std::string& stdin_text = "");

// Runs any program (argv[0] is a path) the same way.
Outcome run_program(std::vector<std::string> argv, const std::vector<std::string>& env = {},
                    const std::string& stdin_text = "");

// A kanbao process running in the background (output discarded).
class Background {
 public:
  explicit Background(const std::vector<std::string>& args);
  ~Background();  // kills the process if still running
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;
  void kill_now();  // SIGKILL and reap
  int wait();       // exit status, or -1 if killed by a signal
 private:
  int pid_ = -1;
};

// A fresh temporary directory, removed when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& bytes);

}  // namespace kanbao::test_support
