// SPDX-License-Identifier: MIT
// Where kanbao keeps its files, following the XDG base directory spec.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/config.h"

namespace kanbao::cli {

struct LibraryLocation {
  std::string path;
  std::string origin;       // "--db", "$KANBAO_DB", the config file's line, or "default"
  bool is_default = false;  // the XDG default: created from the sample pages when missing
};

// --db, else $KANBAO_DB, else the configuration's `library`, else
// $XDG_DATA_HOME/kanbao/library.db (XDG_DATA_HOME defaulting to ~/.local/share).
LibraryLocation library_location(const std::optional<std::string>& db_option,
                                 const config::Setting<std::string>& configured);

// $XDG_STATE_HOME/kanbao (default ~/.local/state/kanbao).
std::string state_dir();
// $XDG_CONFIG_HOME/kanbao/config (default ~/.config/kanbao/config).
std::string config_path();
// The configuration files in the order they are read, each on top of the ones
// before: <dir>/kanbao/config for every directory of $XDG_CONFIG_DIRS
// (default /etc/xdg; relative entries ignored), the least important (last
// listed) first, then config_path(), the user's, whose settings win.
std::vector<std::string> config_paths();

// The bundled sample pages: next to the installed binary (../share/kanbao/sample),
// the configured install prefix, or the source tree this binary was built from.
std::optional<std::string> sample_dir(const char* argv0);

// The GB/T 2260 gazetteer (divisions.tsv), found like the sample pages.
std::optional<std::string> divisions_file(const char* argv0);

// The table of city papers and their cities (papers.tsv), found likewise.
std::optional<std::string> papers_file(const char* argv0);

}  // namespace kanbao::cli
