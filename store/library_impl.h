// SPDX-License-Identifier: MIT
// The private state behind kanbao::store::Library. Internal to store/.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "corpus/gazetteer.h"
#include "store/backend.h"
#include "store/library.h"
#include "store/search_index.h"
#include "store/sqlite.h"

namespace kanbao::store {

struct Library::Impl {
  sql::Db db;
  std::string path;
  OpenMode mode = OpenMode::kReadOnly;
  LibraryIdentity identity;
  corpus::Gazetteer gazetteer = corpus::Gazetteer::zhengzhou();
  std::shared_ptr<const corpus::Papers> papers;                      // nullptr: built-in papers, no divisions
  std::function<Result<bool>(const std::string&)> country_district;  // LibrarySetup::country_district
  SearchEnginePtr search;                                            // created lazily by search.cpp
  // Set for a library on a server (store/backend.h): every operation is its;
  // `db` stays closed.
  std::unique_ptr<LibraryBackend> backend;
};

}  // namespace kanbao::store
