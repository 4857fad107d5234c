#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when the completions and the command table (cli/args.cpp) part:
# every command and option that 'kanbao --help' and 'kanbao COMMAND --help'
# name must be offered, and nothing else.
# Usage: completion_drift_test.sh bash|zsh|fish KANBAO_BINARY SOURCE_DIR
set -euo pipefail
shell=$1
binary=$2
source_dir=$3
# shellcheck source=tests/completion/lib.sh
source "$source_dir/tests/completion/lib.sh"
case $shell in
  bash) complete_line() { bash_complete "$@"; } ;;
  zsh) complete_line() { zsh_complete "$@"; } ;;
  fish) complete_line() { fish_complete "$@"; } ;;
  *) fail "unknown shell $shell" ;;
esac

completion_sandbox completion-drift "$binary"
mkdir "$tmp/empty"
cd "$tmp/empty"

help=$(kanbao --help)
# The lines of a section ("Commands:", "Options:") of a help text.
section() { sed -n "/^$1:\$/,/^\$/p" | sed '1d;/^$/d'; }
# "  --db FILE   the library..." -> --db
option_names() { awk '$1 ~ /^--/ { print $1 }' | LC_ALL=C sort; }
# Options named with a value ("--db FILE") -> --db
value_options() { awk '$1 ~ /^--/ && $2 ~ /^[A-Z][A-Z.]*$/ { print $1 }' | LC_ALL=C sort; }

commands=$(section Commands <<<"$help" | awk '$1 != "(none)" { print $1 }' | LC_ALL=C sort)
global=$(section Options <<<"$help" | option_names)
[[ $(wc -l <<<"$commands") -ge 5 && $(wc -l <<<"$global") -ge 3 ]] ||
  fail "could not read the commands and options from 'kanbao --help'"
expect_same "$shell offers every command and nothing else" "$(complete_line "kanbao ")" "$commands"

# The browser (no command): its options are in the first usage line.
browse=$(sed -n '/^Usage:/{n;p}' <<<"$help" | grep -o '\[--[a-z-]*' | tr -d '[' | LC_ALL=C sort)
grep -qx -- --db <<<"$browse" || fail "could not read the browser's options from: $(sed -n '/^Usage:/{n;p}' <<<"$help")"
expect_same "$shell: 'kanbao -' offers the browser's and the global options" \
  "$(complete_line "kanbao -")" "$(sort -u <<<"$browse"$'\n'"$global")"

value_takers=$(section Options <<<"$help" | value_options)
while IFS= read -r command; do
  command_help=$(kanbao "$command" --help)
  options=$(section Options <<<"$command_help" | option_names)
  expected=$(LC_ALL=C sort -u <<<"$options"$'\n'"$global" | sed '/^$/d')
  expect_same "$shell: 'kanbao $command -' offers its options and the global ones" \
    "$(complete_line "kanbao $command -")" "$expected"
  value_takers+=$'\n'$(section Options <<<"$command_help" | value_options)
done <<<"$commands"

# Options that take a value complete that value, not the next option: after
# each of them, '-' offers no option; after a flag it does.
while IFS= read -r command; do
  while IFS= read -r option; do
    [[ -n $option ]] || continue
    offered=$(complete_line "kanbao $command $option -")
    if grep -qx -- "$option" <<<"$(LC_ALL=C sort -u <<<"$value_takers")"; then
      [[ -z $offered ]] || fail "$shell: '$option' takes a value, yet 'kanbao $command $option -' offers: $offered"
    else
      [[ -n $offered ]] || fail "$shell: '$option' takes no value, yet 'kanbao $command $option -' offers nothing"
    fi
  done < <(kanbao "$command" --help | sed -n '/Options:$/,$p' | option_names)
done <<<"$commands"
echo "ok: $shell: value-taking options"
echo "$shell completion matches the command table"
