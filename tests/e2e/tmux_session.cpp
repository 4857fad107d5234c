// SPDX-License-Identifier: MIT
#include "tmux_session.h"

#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <thread>

namespace kanbao::test_support {

using namespace std::chrono_literals;

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string run(const std::string& command) {
  std::string out;
  FILE* p = ::popen(command.c_str(), "r");
  if (!p) return out;
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  ::pclose(p);
  return out;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> lines;
  std::stringstream ss(s);
  std::string line;
  while (std::getline(ss, line)) lines.push_back(line);
  return lines;
}

std::string header_percent(const std::string& screen) {
  const auto lines = split_lines(screen);
  if (lines.empty()) return "";
  const std::string& header = lines.front();
  const std::size_t end = header.find_last_not_of(' ');
  if (end == std::string::npos || header[end] != '%') return "";
  std::size_t start = end;
  while (start > 0 && header[start - 1] >= '0' && header[start - 1] <= '9') --start;
  if (start == end) return "";
  return header.substr(start, end + 1 - start);
}

namespace {
std::atomic<int> g_servers{0};
}

Tmux::Tmux() : socket_("kanbao-e2e-" + std::to_string(::getpid())) {
  // A second server in the same process gets a socket of its own.
  if (const int n = g_servers++; n > 0) socket_ += "-" + std::to_string(n);
}

Tmux::~Tmux() { tmux("kill-server"); }

std::string Tmux::tmux(const std::string& args) const {
  // No LANGUAGE from the test's own environment: the browser's language is
  // what each test sets (Chinese unless it says otherwise).
  return run("env -u LANGUAGE LC_ALL=C.UTF-8 tmux -u -L " + socket_ + " -f /dev/null " + args + " 2>&1");
}

void Tmux::start(int cols, int rows, const std::string& command) {
  // The new session is made before the old one is killed and then takes its
  // name: killing a server's last session makes the server exit, and a
  // new-session sent while it exits can reach the dying server and be lost
  // ("no server running" for the rest of the test).
  const std::string wrapped = command + "; echo \"[exited $?]\"; sleep 600";
  tmux("new-session -d -s k-next -x " + std::to_string(cols) + " -y " + std::to_string(rows) + " " +
       shell_quote("sh -c " + shell_quote(wrapped)));
  // "=" matches the name exactly: a plain "k" would also match "k-next".
  tmux("kill-session -t =k");
  tmux("rename-session -t =k-next k");
}

std::string Tmux::capture(bool escapes) const {
  return tmux(std::string("capture-pane -p -t k") + (escapes ? " -e" : ""));
}
void Tmux::keys(const std::string& keys) const { tmux("send-keys -t k " + keys); }
void Tmux::literal(const std::string& text) const { tmux("send-keys -t k -l " + shell_quote(text)); }
void Tmux::resize(int cols, int rows) const {
  tmux("resize-window -t k -x " + std::to_string(cols) + " -y " + std::to_string(rows));
}
std::string Tmux::format(const std::string& f) const {
  return tmux("display-message -p -t k " + shell_quote(f));
}

bool Tmux::wait(const std::function<bool(const std::string&)>& pred, std::string* last,
                std::chrono::milliseconds timeout, bool escapes) const {
  const auto end = std::chrono::steady_clock::now() + timeout;
  std::string screen;
  while (true) {
    screen = capture(escapes);
    if (pred(screen)) {
      std::this_thread::sleep_for(50ms);
      const std::string again = capture(escapes);
      if (again == screen) {
        if (last) *last = screen;
        return true;
      }
      screen = again;  // still being drawn: poll on
    }
    if (std::chrono::steady_clock::now() > end) break;
    std::this_thread::sleep_for(50ms);
  }
  if (last) *last = screen;
  return false;
}

bool Tmux::wait_for(const std::string& text, std::string* last) const { return wait_for(text, last, 5000ms); }

bool Tmux::wait_for(const std::string& text, std::string* last, std::chrono::milliseconds timeout) const {
  return wait([&](const std::string& s) { return s.find(text) != std::string::npos; }, last, timeout);
}

bool Tmux::press(const std::string& keys_to_send, const std::function<bool(const std::string&)>& pred,
                 std::string* last) const {
  const std::string before = capture();
  keys(keys_to_send);
  return wait([&](const std::string& s) { return s != before && pred(s); }, last);
}

int Tmux::program_pid() const {
  const std::string pane = format("#{pane_pid}");
  const int shell = std::atoi(pane.c_str());
  if (shell <= 0) return 0;
  // While the program runs it is the shell's only child; afterwards the child
  // is the trailing `sleep`, which is not it.
  const std::string out = run("ps -o pid=,comm= --ppid " + std::to_string(shell));
  for (const auto& line : split_lines(out)) {
    std::istringstream in(line);
    int pid = 0;
    std::string comm;
    in >> pid >> comm;
    if (pid > 0 && comm != "sleep") return pid;
  }
  return 0;
}

SampleLibrary::SampleLibrary(const std::string& name) {
  if (std::system("tmux -V >/dev/null 2>&1") != 0) {
    problem_ = "the browser tests need tmux (scripts/setup --test installs it)";
    return;
  }
  std::string pattern = "/tmp/kanbao-" + name + "-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    problem_ = "mkdtemp failed";
    return;
  }
  dir_ = pattern;
  db_ = dir_ + "/library.db";
  const std::string cmd = shell_quote(KANBAO_BINARY) + " --db " + shell_quote(db_) + " index " +
                          shell_quote(KANBAO_SAMPLE_DIR) + " >/dev/null 2>&1";
  if (std::system(cmd.c_str()) != 0) problem_ = "kanbao index of the sample pages failed";
}

SampleLibrary::~SampleLibrary() {
  std::error_code ec;
  if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
}

}  // namespace kanbao::test_support
