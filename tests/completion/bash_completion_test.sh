#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The bash completion (completions/kanbao.bash), sourced in 'bash --norc':
# commands, options per command, option values, district names and article
# IDs from a library given with --db, and files for PATH arguments.
# Usage: bash_completion_test.sh KANBAO_BINARY SOURCE_DIR
set -euo pipefail
binary=$1
source_dir=$2
# shellcheck source=tests/completion/lib.sh
source "$source_dir/tests/completion/lib.sh"

completion_sandbox bash-completion "$binary"

# Commands, and files when no command matches what is typed.
commands=$(bash_complete "kanbao ")
for c in index list show districts search; do
  grep -qx -- "$c" <<<"$commands" || fail "'kanbao ' does not offer $c: $commands"
done
[[ $(wc -l <<<"$commands") -eq $(kanbao --help | sed -n '/^Commands:/,/^$/p' | grep -c '^  [a-z]') ]] ||
  fail "'kanbao ' offers other words than the commands: $commands"
expect_same "'kanbao se' offers search" "$(bash_complete "kanbao se")" "search"
expect_same "'kanbao --db $db li' offers list" "$(bash_complete "kanbao --db $db li")" "list"
expect_same "'kanbao pag' offers files" "$(bash_complete "kanbao pag")" "$(sorted page1.txt pages)"
expect_same "'kanbao list ' offers nothing" "$(bash_complete "kanbao list ")" ""

# Options.
expect_option_cases bash_complete

# Option values.
expect_same "'kanbao --db ' offers files" "$(bash_complete "kanbao --db ")" "$(sorted other.txt page1.txt pages)"
expect_same "'kanbao index --year ' offers nothing" "$(bash_complete "kanbao index --year ")" ""
expect_same "'kanbao list --format ' offers the formats" \
  "$(bash_complete "kanbao list --format ")" "$(sorted text json jsonl markdown)"
expect_same "'kanbao export --format ' offers export's formats" \
  "$(bash_complete "kanbao export --format ")" "$(sorted jsonl json markdown)"
expect_same "'kanbao --color=' offers auto, always, never" \
  "$(bash_complete "kanbao --color=")" "$(sorted auto always never)"

# Districts from the library named by --db, wherever it stands before.
districts=$(sorted 二七区 管城回族区 高新区)
expect_same "districts after 'kanbao --db FILE list --district '" \
  "$(bash_complete "kanbao --db $db list --district ")" "$districts"
expect_same "districts after 'kanbao list --db FILE --district '" \
  "$(bash_complete "kanbao list --db $db --district ")" "$districts"
expect_same "districts after 'kanbao --db=FILE search --district='" \
  "$(bash_complete "kanbao --db=$db search --district=")" "$districts"
expect_same "districts starting with 管" "$(bash_complete "kanbao --db $db list --district 管")" "管城回族区"
expect_same "districts from \$KANBAO_DB" "$(KANBAO_DB=$db bash_complete "kanbao export --district ")" "$districts"

# Article IDs for show, from the library (its JSON output says which there are).
ids=$(kanbao --db "$db" list --json | grep -o '"id": *[0-9]*' | grep -o '[0-9]*$' | LC_ALL=C sort)
[[ $(wc -l <<<"$ids") -eq 19 ]] || fail "the sample library should have 19 articles: $ids"
expect_same "IDs after 'kanbao --db FILE show '" "$(bash_complete "kanbao --db $db show ")" "$ids"
expect_same "IDs starting with 1 after 'kanbao --db FILE show 1'" \
  "$(bash_complete "kanbao --db $db show 1")" "$(grep '^1' <<<"$ids")"
expect_same "'kanbao --db FILE show 3 ' offers nothing (one ID)" "$(bash_complete "kanbao --db $db show 3 ")" ""

# The default library is not created (from the sample pages) just to complete.
expect_same "no districts without a library" "$(bash_complete "kanbao list --district ")" ""
[[ ! -e $XDG_DATA_HOME/kanbao/library.db ]] || fail "completion created the default library"
# ... but an existing default library is used.
kanbao list --limit 1 >/dev/null 2>&1
[[ -e $XDG_DATA_HOME/kanbao/library.db ]] || fail "kanbao did not create the default library"
expect_same "districts from the default library" "$(bash_complete "kanbao list --district ")" "$districts"
# ... and so is the library of the configuration file.
kanbao --db "$tmp/one.db" index --quiet "$source_dir/data/sample/000_097ca8e9fcb91934.txt"
one_district=$(kanbao --db "$tmp/one.db" districts --json | sed -nE 's/^ *"name": "(.*)",?$/\1/p')
[[ $(wc -l <<<"$one_district") -eq 1 && -n $one_district ]] || fail "one page should have one district: $one_district"
mkdir -p "$XDG_CONFIG_HOME/kanbao"
echo "library = $tmp/one.db" >"$XDG_CONFIG_HOME/kanbao/config"
expect_same "districts from the configured library" "$(bash_complete "kanbao list --district ")" "$one_district"
expect_same "--db wins over the configured library" "$(bash_complete "kanbao --db $db list --district ")" "$districts"
rm "$XDG_CONFIG_HOME/kanbao/config"

# PATH arguments.
expect_same "'kanbao index ' offers files and folders" \
  "$(bash_complete "kanbao index ")" "$(sorted other.txt page1.txt pages)"
expect_same "'kanbao index pages other' offers other.txt" "$(bash_complete "kanbao index pages other")" "other.txt"

# Loading it registers the function for kanbao.
[[ $(bash --norc --noprofile -c 'source "$1"; complete -p kanbao' bash "$source_dir/completions/kanbao.bash") == \
  "complete -F _kanbao kanbao" ]] || fail "the completion is not registered for kanbao"
echo "bash completion: all passed"
