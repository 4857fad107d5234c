#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The fish completion (completions/kanbao.fish), sourced in 'fish
# --no-config' and asked with 'complete -C': commands with descriptions,
# options per command, option values, district names and article IDs with
# their titles from a library given with --db, and files for PATH arguments.
# Usage: fish_completion_test.sh KANBAO_BINARY SOURCE_DIR
set -euo pipefail
binary=$1
source_dir=$2
# shellcheck source=tests/completion/lib.sh
source "$source_dir/tests/completion/lib.sh"

completion_sandbox fish-completion "$binary"

# Commands, and files when no command matches what is typed.
commands=$(fish_complete "kanbao ")
for c in index list show districts papers search help; do
  grep -qx -- "$c" <<<"$commands" || fail "'kanbao ' does not offer $c: $commands"
done
[[ $(wc -l <<<"$commands") -eq $(kanbao --help | sed -n '/^Commands:/,/^$/p' | grep -c '^  [a-z]') ]] ||
  fail "'kanbao ' offers other words than the commands: $commands"
grep -q $'^search\t.*search the library' <<<"$(fish_complete_described "kanbao ")" ||
  fail "fish does not describe the commands: $(fish_complete_described "kanbao ")"
expect_same "'kanbao se' offers search" "$(fish_complete "kanbao se")" "search"
expect_same "'kanbao --db $db li' offers list" "$(fish_complete "kanbao --db $db li")" "list"
expect_same "'kanbao pag' offers files" "$(fish_complete "kanbao pag")" "$(sorted page1.txt pages/)"
expect_same "'kanbao pa' offers papers" "$(fish_complete "kanbao pa")" "papers"
expect_same "'kanbao help ' offers the commands" "$(fish_complete "kanbao help ")" "$(fish_complete "kanbao ")"
expect_same "'kanbao help list ' offers nothing (one command)" "$(fish_complete "kanbao help list ")" ""
expect_same "'kanbao list ' offers nothing" "$(fish_complete "kanbao list ")" ""

# Options.
expect_option_cases fish_complete

# Option values.
expect_same "'kanbao --db ' offers files" "$(fish_complete "kanbao --db ")" "$(sorted other.txt page1.txt pages/)"
expect_same "'kanbao index --year ' offers nothing" "$(fish_complete "kanbao index --year ")" ""
expect_same "'kanbao index --date ' offers nothing" "$(fish_complete "kanbao index --date ")" ""
expect_same "'kanbao list --format ' offers the formats" \
  "$(fish_complete "kanbao list --format ")" "$(sorted text json jsonl markdown)"
expect_same "'kanbao export --format ' offers export's formats" \
  "$(fish_complete "kanbao export --format ")" "$(sorted jsonl json markdown)"
expect_same "'kanbao list --format=' offers the formats" \
  "$(fish_complete "kanbao list --format=")" "$(sorted --format=text --format=json --format=jsonl --format=markdown)"
expect_same "'kanbao --color ' offers auto, always, never" \
  "$(fish_complete "kanbao --color ")" "$(sorted auto always never)"

# Districts from the library named by --db, wherever it stands before.
districts=$(sorted 二七区 管城回族区 高新区)
expect_same "districts after 'kanbao --db FILE list --district '" \
  "$(fish_complete "kanbao --db $db list --district ")" "$districts"
expect_same "districts after 'kanbao list --db FILE --district '" \
  "$(fish_complete "kanbao list --db $db --district ")" "$districts"
expect_same "districts after 'kanbao --db=FILE search --district='" \
  "$(fish_complete "kanbao --db=$db search --district=")" "$(sed 's/^/--district=/' <<<"$districts")"
expect_same "districts starting with 管" "$(fish_complete "kanbao --db $db list --district 管")" "管城回族区"
expect_same "districts from \$KANBAO_DB" "$(KANBAO_DB=$db fish_complete "kanbao export --district ")" "$districts"

# Article IDs for show, described by their titles.
ids=$(kanbao --db "$db" list --json | grep -o '"id": *[0-9]*' | grep -o '[0-9]*$' | LC_ALL=C sort)
[[ $(wc -l <<<"$ids") -eq 19 ]] || fail "the sample library should have 19 articles: $ids"
expect_same "IDs after 'kanbao --db FILE show '" "$(fish_complete "kanbao --db $db show ")" "$ids"
expect_same "'kanbao --db FILE show 3 ' offers nothing (one ID)" "$(fish_complete "kanbao --db $db show 3 ")" ""
# fish shows "ID<tab>title" exactly.
fish_describes() { [[ $1 == "$2"$'\t'"$3" ]]; }
expect_titles fish_complete_described fish_describes "$db"

# Papers: the sample indexed as one paper's issue (its pages have no page
# numbers, so the list's PAGE column is empty).
pdb=$tmp/papers.db
kanbao --db "$pdb" index --quiet --paper 郑州日报 --date 2023-06-21 "$source_dir/data/sample"
expect_same "papers after 'kanbao --db FILE list --paper '" "$(fish_complete "kanbao --db $pdb list --paper ")" "郑州日报"
expect_same "papers after 'kanbao --db=FILE export --paper='" \
  "$(fish_complete "kanbao --db=$pdb export --paper=")" "--paper=郑州日报"
expect_same "no papers in a library without any" "$(fish_complete "kanbao --db $db list --paper ")" ""
expect_titles fish_complete_described fish_describes "$pdb"

# The default library is not created (from the sample pages) just to complete.
expect_same "no districts without a library" "$(fish_complete "kanbao list --district ")" ""
[[ ! -e $XDG_DATA_HOME/kanbao/library.db ]] || fail "completion created the default library"
# ... but the library of the configuration files is used: the system-wide one too.
mkdir -p "$XDG_CONFIG_DIRS/kanbao"
echo "library = $db" >"$XDG_CONFIG_DIRS/kanbao/config"
expect_same "districts from the system-wide configured library" "$(fish_complete "kanbao list --district ")" "$districts"
rm "$XDG_CONFIG_DIRS/kanbao/config"

# PATH arguments.
expect_same "'kanbao index ' offers files and folders" \
  "$(fish_complete "kanbao index ")" "$(sorted other.txt page1.txt pages/)"
expect_same "'kanbao index pages other' offers other.txt" "$(fish_complete "kanbao index pages other")" "other.txt"
echo "fish completion: all passed"
