// Runs the real kanbao binary for end-to-end tests of the command line.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace kanbao::test_support {

struct Run {
  int status = -1;  // exit status (or -1 if it did not exit normally)
  std::string out;
  std::string err;
};

// Runs KANBAO_BINARY with `args`; `env` entries ("NAME=value", or "NAME=" to
// unset NAME) are applied to a copy of this process's environment.
Run run_kanbao(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
               const std::string& stdin_text = "");

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
