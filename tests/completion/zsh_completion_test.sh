#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The zsh completion (completions/_kanbao) in an interactive zsh with
# compinit: commands, options, district names and article IDs with their
# titles from a library given with --db, and files for PATH arguments.
# Usage: zsh_completion_test.sh KANBAO_BINARY SOURCE_DIR
set -euo pipefail
binary=$1
source_dir=$2
# shellcheck source=tests/completion/lib.sh
source "$source_dir/tests/completion/lib.sh"

completion_sandbox zsh-completion "$binary"

commands=$(zsh_complete "kanbao ")
for c in index list show districts search; do
  grep -qx -- "$c" <<<"$commands" || fail "'kanbao ' does not offer $c: $commands"
done
grep -q $'^search\t.*search the library' <<<"$(zsh_complete_described "kanbao ")" ||
  fail "zsh does not describe the commands: $(zsh_complete_described "kanbao ")"
expect_same "'kanbao se' offers search" "$(zsh_complete "kanbao se")" "search"
expect_same "'kanbao pag' offers files" "$(zsh_complete "kanbao pag")" "$(sorted page1.txt pages)"
expect_same "'kanbao search -' offers search's and the global options" \
  "$(zsh_complete "kanbao search -")" \
  "$(sorted --json --format --limit --district --paper --db --color --help --version)"
expect_same "'kanbao list --format=' offers the formats" \
  "$(zsh_complete "kanbao list --format=")" "$(sorted text json jsonl markdown)"
expect_same "'kanbao export --format=' offers export's formats" \
  "$(zsh_complete "kanbao export --format=")" "$(sorted jsonl json markdown)"
expect_same "'kanbao --color ' offers auto, always, never" \
  "$(zsh_complete "kanbao --color ")" "$(sorted auto always never)"
expect_same "'kanbao index ' offers files and folders" \
  "$(zsh_complete "kanbao index ")" "$(sorted other.txt page1.txt pages)"

districts=$(sorted 二七区 管城回族区 高新区)
expect_same "districts after 'kanbao --db FILE list --district '" \
  "$(zsh_complete "kanbao --db $db list --district ")" "$districts"
expect_same "districts after 'kanbao search --db=FILE --district '" \
  "$(zsh_complete "kanbao search --db=$db --district ")" "$districts"
expect_same "no districts without a library" "$(zsh_complete "kanbao list --district ")" ""
[[ ! -e $XDG_DATA_HOME/kanbao/library.db ]] || fail "completion created the default library"

ids=$(kanbao --db "$db" list --json | grep -o '"id": *[0-9]*' | grep -o '[0-9]*$' | LC_ALL=C sort)
[[ $(wc -l <<<"$ids") -eq 19 ]] || fail "the sample library should have 19 articles: $ids"
expect_same "IDs after 'kanbao --db FILE show '" "$(zsh_complete "kanbao --db $db show ")" "$ids"
# zsh cuts descriptions to the terminal: the title's beginning is enough.
zsh_describes() { [[ $1 == *"-- ${3:0:8}"* ]]; }
expect_titles zsh_complete_described zsh_describes "$db"
# The sample as one paper's issue: its pages have no page numbers, so the
# list's PAGE column is empty and the text table cannot place the title.
pdb=$tmp/papers.db
kanbao --db "$pdb" index --quiet --paper 郑州日报 --date 2023-06-21 "$source_dir/data/sample"
expect_titles zsh_complete_described zsh_describes "$pdb"
echo "zsh completion: all passed"
