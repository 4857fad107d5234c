// SPDX-License-Identifier: MIT
// Library::index: walks the named paths and brings the library up to date,
// one file (one transaction) at a time, by the rules of store/index_run.h.
#include <string>
#include <vector>

#include "store/file_walk.h"
#include "store/index_run.h"
#include "store/indexer.h"
#include "store/library.h"
#include "store/library_impl.h"

namespace kanbao::store {

Result<IndexReport> Library::index(const std::vector<std::string>& paths, const IndexOptions& options,
                                   const ProgressFn& progress) {
  if (impl_->backend) return impl_->backend->index(paths, options, progress);
  if (impl_->mode != OpenMode::kReadWrite) return Error(impl_->path + " is open read-only; cannot index");
  KANBAO_ASSIGN_OR_RETURN(auto writer, IndexWriter::prepare(impl_->db));
  // The library's own files may sit in an indexed folder; they are not pages.
  const std::string self = normal_path(impl_->path);
  return run_index(writer, paths, options, impl_->gazetteer, impl_->papers.get(),
                   {self, self + "-wal", self + "-shm", self + "-journal"}, progress);
}

}  // namespace kanbao::store
