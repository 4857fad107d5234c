// SPDX-License-Identifier: MIT
#include "store/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "corpus/parse.h"
#include "store/fnv1a.h"

namespace kanbao::store {
namespace {

std::string reason(int err) {
  switch (err) {
    case EACCES:
    case EPERM:
      return "permission denied";
    case ENOENT:
      return "no such file or directory";
    case EISDIR:
      return "is a folder";
    default:
      return std::strerror(err);
  }
}

FileStat from(const struct stat& st) {
  return FileStat{static_cast<std::int64_t>(st.st_size),
                  static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

// Closes the descriptor on every path out of read_file().
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

bool stat_file(const std::string& path, FileStat& stat, StatFailure& failure) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    int err = errno;
    failure = StatFailure{err, reason(err)};
    return false;
  }
  stat = from(st);
  return true;
}

Result<FileContent> read_file(const std::string& path) {
  Fd file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY)};
  if (file.fd < 0) return Error(reason(errno));
  struct stat before {};
  if (::fstat(file.fd, &before) != 0) return Error(reason(errno));
  if (!S_ISREG(before.st_mode)) return Error("not a regular file");

  FileContent content;
  content.stat = from(before);
  // One extra byte tells a file that grew from one that holds still.
  content.bytes.resize(static_cast<std::size_t>(before.st_size) + 1);
  std::size_t got = 0;
  while (got < content.bytes.size()) {
    ssize_t n = ::read(file.fd, content.bytes.data() + got, content.bytes.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error(reason(errno));
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  struct stat after {};
  if (::fstat(file.fd, &after) != 0) return Error(reason(errno));
  if (got != static_cast<std::size_t>(before.st_size) || !(from(after) == content.stat)) {
    return Error("changed while being read");
  }
  content.bytes.resize(got);
  return content;
}

std::string content_hash(std::string_view bytes) {
  std::uint64_t h = fnv1a(bytes);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kHex[h & 0xf];
    h >>= 4;
  }
  return out;
}

std::string parser_suffix() { return "@p" + std::to_string(corpus::kParserVersion); }

std::string content_stamp(std::string_view bytes) { return content_hash(bytes) + parser_suffix(); }

bool stamped_by_this_parser(std::string_view stamp) { return stamp.ends_with(parser_suffix()); }

std::string_view stamped_hash(std::string_view stamp) { return stamp.substr(0, stamp.find('@')); }

}  // namespace kanbao::store
