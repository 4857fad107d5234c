# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# Helpers for the completion tests (sourced, not run).
# Expects: $source_dir (the repository); $KANBAO_ZSH_COMPDUMP may name a
# compinit dump file to share between the zsh runs of a test.
: "${source_dir:?lib.sh needs source_dir}"
# shellcheck source=tests/shell/lib.sh
source "$source_dir/tests/shell/lib.sh"

# completion_sandbox NAME KANBAO_BINARY: a sandbox (make_sandbox) with the
# binary on $PATH as 'kanbao', a library $db indexed from data/sample, and
# the current directory $tmp/work with files page1.txt, other.txt and pages/.
completion_sandbox() {
  make_sandbox "$1"
  mkdir -p "$tmp/bin" "$tmp/work/pages"
  ln -s "$(realpath "$2")" "$tmp/bin/kanbao"
  export PATH="$tmp/bin:$PATH"
  export KANBAO_ZSH_COMPDUMP="$tmp/zcompdump"
  db=$tmp/l.db
  kanbao --db "$db" index --quiet "$source_dir/data/sample"
  touch "$tmp/work/page1.txt" "$tmp/work/other.txt"
  cd "$tmp/work" || fail "cannot enter $tmp/work"
}

# Splits a command line into words as bash does for completion: at blanks, and
# '=' as a word of its own; a line that ends in a blank ends in an empty word.
# Prints the words, one a line.
split_line() {
  local line=$1 word
  local -a words=()
  read -r -a words <<<"$line"
  for word in "${words[@]}"; do
    if [[ $word == *=* ]]; then
      printf '%s\n' "${word%%=*}" "="
      [[ -n ${word#*=} ]] && printf '%s\n' "${word#*=}"
    else
      printf '%s\n' "$word"
    fi
  done
  [[ $line == *[[:blank:]] || $line == *= ]] && printf '\n'
  return 0
}

# What the bash completion offers at the end of a command line: COMPREPLY,
# sorted, one a line. Runs a 'bash --norc' that sources the completion file.
bash_complete() {
  local -a words=()
  mapfile -t words < <(split_line "$1")
  bash --norc --noprofile -c '
    set -euo pipefail
    source "$1"
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _kanbao
    if ((${#COMPREPLY[@]} > 0)); then printf "%s\n" "${COMPREPLY[@]}"; fi
  ' bash "$source_dir/completions/kanbao.bash" "${words[@]}" | LC_ALL=C sort
}

# What zsh's completion system offers (matches only, sorted, one a line).
zsh_complete() {
  local out
  out=$(mktemp "${TMPDIR:-/tmp}/kanbao-zsh-complete.XXXXXX")
  zsh -f "$source_dir/tests/completion/zsh_complete.zsh" "$source_dir/completions" "$out" "$1" ||
    fail "zsh completion of '$1' did not finish"
  cut -f1 "$out" | LC_ALL=C sort -u
  rm -f -- "$out"
}

# Like zsh_complete, with the descriptions: "MATCH<TAB>DESCRIPTION".
zsh_complete_described() {
  local out
  out=$(mktemp "${TMPDIR:-/tmp}/kanbao-zsh-complete.XXXXXX")
  zsh -f "$source_dir/tests/completion/zsh_complete.zsh" "$source_dir/completions" "$out" "$1" ||
    fail "zsh completion of '$1' did not finish"
  cat -- "$out"
  rm -f -- "$out"
}

# What fish's completion offers for a command line (matches only, sorted, one
# a line): 'complete -C' in a 'fish --no-config' that sources the file.
fish_complete() {
  fish_complete_described "$1" | cut -f1 | LC_ALL=C sort -u
}

# Like fish_complete, with the descriptions: "MATCH<TAB>DESCRIPTION".
fish_complete_described() {
  fish --no-config -c 'source $argv[1]; and complete -C $argv[2]' "$source_dir/completions/kanbao.fish" "$1" ||
    fail "fish completion of '$1' did not finish"
}

# expect_titles DESCRIBE MATCHES DB: 'kanbao --db DB show ' completes to each
# of the library's 19 article IDs, described by its title. DESCRIBE LINE
# prints what the shell offers, "ID<tab>description" a line; MATCHES LINE ID
# TITLE succeeds when the offered LINE describes ID by TITLE (shells differ
# in how they show a description).
expect_titles() {
  local describe=$1 matches=$2 db=$3 described checked=0 id title line
  described=$("$describe" "kanbao --db $db show ")
  while IFS=$'\t' read -r id title; do
    line=$(grep "^$id"$'\t' <<<"$described") || fail "ID $id is not offered"
    "$matches" "$line" "$id" "$title" || fail "ID $id is not described by its title '$title': $line"
    checked=$((checked + 1))
  done < <(kanbao --db "$db" list --json | sed -nE 's/^ *"id": ([0-9]+),?$/\1/p; s/^ *"title": "(.*)",?$/\1/p' | paste - -)
  [[ $checked -eq 19 ]] || fail "checked the titles of $checked articles, not 19"
  echo "ok: IDs are described by their titles ($db)"
}

# expect_option_cases COMPLETE: the options every completion must offer,
# COMPLETE LINE printing what a shell offers, sorted, one a line. Needs $db.
expect_option_cases() {
  local complete=$1
  expect_same "'kanbao search -' offers search's and the global options" \
    "$("$complete" "kanbao search -")" \
    "$(sorted --json --format --limit --district --paper --db --color --help --version)"
  expect_same "'kanbao index --' offers index's and the global options" \
    "$("$complete" "kanbao index --")" \
    "$(sorted --year --paper --date --rebuild --quiet --db --color --help --version)"
  expect_same "'kanbao -' offers the browser's and the global options" \
    "$("$complete" "kanbao -")" "$(sorted --mouse --db --color --help --version)"
  expect_same "'kanbao search --li' offers --limit" "$("$complete" "kanbao search --li")" "--limit"
  expect_same "options after a value-taking option's value" \
    "$("$complete" "kanbao --db $db list --limit 3 --j")" "--json"
  expect_same "'kanbao show 1 -- -' offers no option after --" "$("$complete" "kanbao show 1 -- -")" ""
}
