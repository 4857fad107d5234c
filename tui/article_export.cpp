// SPDX-License-Identifier: MIT
#include "tui/article_export.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "store/article_markdown.h"
#include "text/markdown.h"
#include "text/utf8.h"
#include "text/width.h"
#include "tui/i18n.h"
#include "tui/reader_layout.h"

namespace kanbao::tui {
namespace {

bool ends_with(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Why a file could not be created or written, in the browser's language:
// the common causes said in words, strerror (English) only for the rest.
std::string why_not(int error) {
  switch (error) {
    case ENOENT:
    case ENOTDIR:
      return _("文件夹不存在");
    case EACCES:
    case EPERM:
      return _("没有权限");
    case ENOSPC:
    case EDQUOT:
      return _("磁盘已满");
    case EROFS:
      return _("文件系统是只读的");
    default:
      return std::strerror(error);
  }
}

}  // namespace

std::string proposed_file_name(const store::Article& a, bool markdown) {
  std::string name;
  if (store::listing_date(a).known()) name = date_label(store::listing_date(a)) + "-";
  std::string title;
  std::size_t i = 0;
  while (i < a.title.size()) {
    const char32_t c = text::decode(a.title, i);
    if (c == '/' || c == '\\' || c < 0x20 || c == 0x7F || c == text::kInvalid) {
      title += '_';
    } else if (c == ' ' || c == 0x3000) {
      title += '-';
    } else {
      text::append_utf8(title, c);
    }
  }
  while (!title.empty() && title.front() == '.') title.erase(0, 1);
  title = text::truncate(title, 60, "");
  if (title.empty()) title = "article";
  return name + title + (markdown ? ".md" : ".txt");
}

std::string article_markdown(const store::Article& a) {
  text::MarkdownArticle md = store::markdown_parts(a);
  md.meta = meta_line(a);
  md.no_body = no_body_text();
  if (!a.source.empty())
    md.footer = "> " + text::markdown_escape(std::string(_("来源 ")) + store::sources_label(a));
  return text::markdown_article(md);
}

Status save_article(const store::Article& a, const std::string& path) {
  if (path.empty()) return Error(_("没有给出文件名"));
  const std::string content = ends_with(path, ".md") ? article_markdown(a) : article_text(a);
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno == EEXIST) return Error(_("文件已存在，没有覆盖：") + path);
    return Error(trf("无法创建 {}：{}", path, why_not(errno)));
  }
  std::size_t done = 0;
  while (done < content.size()) {
    const auto n = ::write(fd, content.data() + done, content.size() - done);
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const int saved_errno = errno;
  const bool closed = ::close(fd) == 0;
  if (done != content.size() || !closed) {
    ::unlink(path.c_str());
    return Error(trf("无法写入 {}：{}", path, why_not(done != content.size() ? saved_errno : errno)));
  }
  return Status::Ok();
}

}  // namespace kanbao::tui
