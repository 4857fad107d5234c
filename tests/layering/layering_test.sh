#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a module includes what it may not (the rules of README's
# "Layout of the code"):
# - a module includes only modules below it:
#     base < text < corpus < config < store < tui < cli
#   (store does not need config, nor config corpus: the program on top
#   builds the gazetteer from the configuration and opens the library with it);
# - of another module, only its public headers (PUBLIC_HEADERS_FILE, written
#   by cmake/modules.cmake: one "store/library.h" a line);
# - <sqlite3.h> and <libpq-fe.h> only in store/, curses only in tui/.
# Usage: layering_test.sh SOURCE_DIR PUBLIC_HEADERS_FILE
#        layering_test.sh --self-test PUBLIC_HEADERS_FILE  (proves it catches each kind)
set -uo pipefail

declare -A allowed=(
  [base]=""
  [text]="base"
  [corpus]="base text"
  [config]="base text"
  [store]="base text corpus"
  [tui]="base text corpus config store"
  [cli]="base text corpus config store tui"
)

# module_of PATH: sets `module` to the module a source file belongs to ("" for none).
module_of() {
  case $1 in
    src/base/*) module=base ;; src/text/*) module=text ;; src/corpus/*) module=corpus ;;
    src/config/*) module=config ;; store/*) module=store ;; tui/*) module=tui ;; cli/*) module=cli ;;
    *) module="" ;;
  esac
}

# check SOURCE_DIR PUBLIC_HEADERS_FILE: prints each violation; fails if any.
check() {
  local root=$1 public=$2 failed=0 file module header target
  local -A is_public=()
  while IFS= read -r header; do [[ -n $header ]] && is_public[$header]=1; done <"$public"
  local include_re='^([^:]+):[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]+)[>"]'
  while IFS= read -r line; do
    [[ $line =~ $include_re ]] || continue
    file=${BASH_REMATCH[1]} header=${BASH_REMATCH[2]}
    module_of "$file"
    [[ -z $module ]] && continue
    if [[ $header == sqlite3.h && $module != store ]]; then
      echo "$file: <sqlite3.h> outside store/: only the store talks to SQLite"; failed=1
    fi
    if [[ $header == libpq-fe.h && $module != store ]]; then
      echo "$file: <libpq-fe.h> outside store/: only the store talks to PostgreSQL"; failed=1
    fi
    if [[ $header =~ ^(n?curses(w)?\.h|ncursesw?/.*|term\.h|panel\.h)$ && $module != tui ]]; then
      echo "$file: <$header> outside tui/: only the browser draws on the terminal"; failed=1
    fi
    target=${header%%/*}
    [[ $header == */* && -n ${allowed[$target]+x} ]] || continue
    [[ $target == "$module" ]] && continue
    if [[ " ${allowed[$module]} " != *" $target "* ]]; then
      echo "$file: includes $header: $module may not depend on $target"; failed=1
    elif [[ -z ${is_public[$header]+x} ]]; then
      echo "$file: includes $header, which is internal to $target"; failed=1
    fi
  done < <(cd "$root" && find src store tui cli -type f \( -name '*.cpp' -o -name '*.h' \) -print0 2>/dev/null |
             sort -z | xargs -0 -r grep -H -E '^[[:space:]]*#[[:space:]]*include')
  return $failed
}

if [[ ${1:-} == --self-test ]]; then
  public=$2
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/src/text" "$tmp/src/config" "$tmp/store" "$tmp/tui" "$tmp/cli"
  # Each line is one violation the check must report.
  cases=(
    "store/a.cpp|#include \"tui/browser.h\""
    "src/text/a.cpp|#include \"store/library.h\""
    "tui/a.cpp|#include \"store/sqlite.h\""
    "cli/a.cpp|#include <sqlite3.h>"
    "tui/a.cpp|#include <libpq-fe.h>"
    "store/b.cpp|#include <curses.h>"
    "src/config/a.cpp|#include \"corpus/gazetteer.h\""
  )
  for c in "${cases[@]}"; do
    rm -f "$tmp"/src/text/* "$tmp"/src/config/* "$tmp"/store/* "$tmp"/tui/* "$tmp"/cli/*
    printf '%s\n' "${c#*|}" >"$tmp/${c%%|*}"
    if check "$tmp" "$public" >/dev/null; then
      echo "self-test: not caught: ${c%%|*}: ${c#*|}"; exit 1
    fi
  done
  # And what is allowed passes.
  rm -f "$tmp"/src/text/* "$tmp"/src/config/* "$tmp"/store/* "$tmp"/tui/* "$tmp"/cli/*
  printf '#include "store/library.h"\n#include <curses.h>\n#include "tui/screen.h"\n' >"$tmp/tui/a.cpp"
  check "$tmp" "$public" || { echo "self-test: an allowed include was refused"; exit 1; }
  echo "self-test: every kind of violation caught"
  exit 0
fi

check "$1" "$2" && echo "layering: ok"
