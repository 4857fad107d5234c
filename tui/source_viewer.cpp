// SPDX-License-Identifier: MIT
#include "tui/source_viewer.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "tui/external.h"
#include "tui/i18n.h"

namespace kanbao::tui {
namespace {

// Whether the file at `path` holds exactly `text`.
bool file_holds(const std::string& path, const std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return !in.bad() && bytes == text;
}

// A new folder only this user can read, under $TMPDIR or /tmp.
Result<std::string> private_folder() {
  const char* tmpdir = std::getenv("TMPDIR");
  std::string path = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/kanbao-XXXXXX";
  if (::mkdtemp(path.data()) == nullptr) return Error(_("无法创建临时文件夹 ") + path);
  return path;
}

}  // namespace

Result<SourceFile> source_file(const std::string& page_path, const store::SourceText& source) {
  const int line = std::max(source.first_line, 1);
  if (source.current && file_holds(page_path, source.text)) return SourceFile{page_path, line, ""};
  KANBAO_ASSIGN_OR_RETURN(const std::string folder, private_folder());
  std::string name = std::filesystem::path(page_path).filename().string();
  if (name.empty() || name == "." || name == "..") name = "page.txt";
  const std::string copy = folder + "/" + name;
  std::ofstream out(copy, std::ios::binary);
  out << source.text;
  out.close();
  if (!out) {
    std::error_code ignored;  // the copy is incomplete: it goes, and the error is the one said
    std::filesystem::remove_all(folder, ignored);
    return Error(_("无法写入临时文件 ") + copy);
  }
  return SourceFile{copy, line, folder};
}

void view_source(const store::Article& article, Context& ctx) {
  auto source = ctx.library().source(article.id);
  if (!source) {
    ctx.message(source.error().message(), true);
    return;
  }
  if (!*source) {
    ctx.message(_("这篇文章已不在库中 (重新索引过？按 R 刷新)"), true);
    return;
  }
  auto file = source_file(article.path, **source);
  if (!file) {
    ctx.message(file.error().message(), true);
    return;
  }
  const Command view = read_only_viewer(program_from_env("VISUAL", program_from_env("EDITOR", "vi").c_str()),
                                        program_from_env("PAGER", "less"), file->line, file->path);
  ctx.run_external(view.program, view.args);
  if (!file->temp_dir.empty()) {
    std::error_code error;
    std::filesystem::remove_all(file->temp_dir, error);
    if (error) ctx.message(_("无法删除临时文件夹 ") + file->temp_dir + "：" + error.message(), true);
  }
}

}  // namespace kanbao::tui
