// SPDX-License-Identifier: MIT
#include "tui/external.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "tui/i18n.h"

namespace kanbao::tui {

std::string program_from_env(const char* variable, const char* fallback) {
  const char* value = std::getenv(variable);
  return value && *value ? value : fallback;
}

namespace {

// The read-only switch of the editor the command `editor` starts (its first
// word's file name), "" when kanbao does not know one.
std::string read_only_switch(const std::string& editor) {
  const std::string program = editor.substr(0, editor.find_first_of(" \t"));
  const std::string name = program.substr(program.rfind('/') + 1);
  // The vi family: -R opens read-only (vim and nvim refuse :w without !, and
  // warn on the first change).
  for (const char* vi : {"vi", "vim", "nvim", "gvim", "view", "rview", "vimx", "nvi", "elvis", "ex"}) {
    if (name == vi) return "-R";
  }
  if (name == "nano" || name == "rnano") return "-v";  // view mode: no edits at all
  return {};
}

}  // namespace

Command read_only_viewer(const std::string& editor, const std::string& pager, int line,
                         const std::string& path) {
  const std::string at = "+" + std::to_string(std::max(line, 1)) + " " + shell_quote(path);
  const std::string flag = read_only_switch(editor);
  if (!flag.empty()) return {editor, flag + " " + at};
  // less, more and most all take +N as the line to start at.
  return {pager, at};
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

Status run_program(Terminal& terminal, const std::string& program, const std::string& args) {
  if (std::getenv("LESSCHARSET") == nullptr && ::setenv("LESSCHARSET", "utf-8", 0) != 0) {
    return Error(_("无法设置 LESSCHARSET"));
  }
  terminal.suspend();
  const int status = std::system((program + " " + args).c_str());
  terminal.resume();
  if (status == -1) return Error(_("无法启动 ") + program);
  if (WIFEXITED(status)) {
    const int code = WEXITSTATUS(status);
    if (code == 0) return Status::Ok();
    if (code == 127) return Error(_("找不到程序：") + program);
    if (code == 126) return Error(_("无法执行程序：") + program);
    return Error(trf("{} 退出状态 {}", program, code));
  }
  if (WIFSIGNALED(status)) return Error(trf("{} 被信号 {} 终止", program, WTERMSIG(status)));
  return Status::Ok();
}

Result<std::string> write_temp_file(const std::string& text) {
  const char* tmpdir = std::getenv("TMPDIR");
  std::string path = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/kanbao-XXXXXX";
  const int fd = ::mkstemp(path.data());
  if (fd < 0) return Error(_("无法创建临时文件 ") + path);
  std::size_t done = 0;
  while (done < text.size()) {
    const auto n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const bool closed = ::close(fd) == 0;
  if (done != text.size() || !closed) {
    ::unlink(path.c_str());
    return Error(_("无法写入临时文件 ") + path);
  }
  return path;
}

}  // namespace kanbao::tui
