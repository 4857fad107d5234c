// SPDX-License-Identifier: MIT
#include "store/pg/libpq.h"

#include <dlfcn.h>

#include <mutex>
#include <string>

namespace kanbao::store::pg {
namespace {

LibPq loaded;

// Fills `loaded`; "" or why not.
std::string load() {
  // Never closed: the functions stay valid for the life of the process.
  void* handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    return std::string(
               "cannot load the PostgreSQL client library libpq.so.5 (install the package libpq5): ") +
           (why != nullptr ? why : "unknown error");
  }
#define KANBAO_LIBPQ_LOOKUP(name)                                          \
  loaded.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name)); \
  if (loaded.name == nullptr) return "the PostgreSQL client library libpq.so.5 has no " #name;
  KANBAO_LIBPQ_FUNCTIONS(KANBAO_LIBPQ_LOOKUP)
#undef KANBAO_LIBPQ_LOOKUP
  return "";
}

}  // namespace

Status load_libpq() {
  static std::once_flag once;
  static std::string failure;
  std::call_once(once, [] { failure = load(); });
  if (!failure.empty()) return Error(failure);
  return Status::Ok();
}

const LibPq& pq() { return loaded; }

}  // namespace kanbao::store::pg
