#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# 'cmake --install' into a temporary prefix: the files land at their standard
# places, and the installed binary runs, finds its installed sample pages
# and has a manual that renders.
# Usage: install_test.sh CMAKE BUILD_DIR SOURCE_DIR
set -euo pipefail
cmake=$1
build=$2
# shellcheck source=tests/shell/lib.sh
source "$(dirname "$0")/../shell/lib.sh"

make_sandbox install
prefix=$tmp/prefix
"$cmake" --install "$build" --prefix "$prefix" >"$tmp/install.log" ||
  fail "cmake --install failed: $(cat "$tmp/install.log")"

for file in bin/kanbao share/man/man1/kanbao.1.gz share/man/zh_CN/man1/kanbao.1.gz \
  share/bash-completion/completions/kanbao share/zsh/vendor-completions/_kanbao \
  share/fish/vendor_completions.d/kanbao.fish lib/systemd/system/kanbao-index.service \
  lib/systemd/system/kanbao-index.timer share/doc/kanbao/copyright share/doc/kanbao/changelog.gz share/kanbao/divisions.tsv share/kanbao/papers.tsv \
  share/locale/en/LC_MESSAGES/kanbao.mo; do
  [[ -f $prefix/$file ]] || fail "not installed: $file"
done
[[ -x $prefix/bin/kanbao ]] || fail "bin/kanbao is not executable"
samples=$(find "$prefix/share/kanbao/sample" -name '*.txt' | wc -l)
[[ $samples -eq 5 ]] || fail "expected the 5 sample pages in share/kanbao/sample, found $samples"
echo "ok: files installed"

# The browser's English catalog is po/en.po compiled.
if command -v msgunfmt >/dev/null; then
  LC_ALL=C.UTF-8 msgunfmt "$prefix/share/locale/en/LC_MESSAGES/kanbao.mo" >"$tmp/en.po" ||
    fail "share/locale/en/LC_MESSAGES/kanbao.mo is not a message catalog"
  grep -q '^msgstr "Bookmarks"$' "$tmp/en.po" || fail "the installed catalog lacks the English strings"
  echo "ok: the English message catalog is installed"
fi

# The manuals and the changelog are gzip -9n: no name, no time stamp (same
# bytes on every build).
for gz in share/man/man1/kanbao.1.gz share/man/zh_CN/man1/kanbao.1.gz share/doc/kanbao/changelog.gz; do
  gzip -t "$prefix/$gz" || fail "$gz is not gzip"
  [[ $(od -An -tu1 -j4 -N4 "$prefix/$gz" | tr -d ' ') == 0000 ]] || fail "$gz has a time stamp (not gzip -n)"
done
cmp -s <(gzip -dc "$prefix/share/man/zh_CN/man1/kanbao.1.gz") "$3/man/zh_CN/kanbao.1" ||
  fail "share/man/zh_CN/man1/kanbao.1.gz is not man/zh_CN/kanbao.1"
echo "ok: manuals and changelog compressed with gzip -9n"

# The installed binary (make_sandbox keeps the user's files out of reach).
kanbao=$prefix/bin/kanbao
[[ $("$kanbao" --version) == *kanbao* ]] || fail "--version does not name kanbao"
grep -q '^Usage:' <<<"$("$kanbao" --help)" || fail "--help prints no usage"
"$kanbao" --db "$tmp/l.db" index "$prefix/share/kanbao/sample" >"$tmp/index.out" ||
  fail "index of the installed sample failed: $(cat "$tmp/index.out")"
list=$("$kanbao" --db "$tmp/l.db" list --json)
[[ $(grep -c '"id":' <<<"$list") -gt 0 ]] || fail "list --json of the indexed sample is empty: $list"
echo "ok: the installed binary indexes and lists the installed sample"

# Without a library, the default one is created from the installed sample.
"$kanbao" list --json >"$tmp/default.json" 2>"$tmp/default.err" ||
  fail "list with the default library failed: $(cat "$tmp/default.err")"
[[ -f $XDG_DATA_HOME/kanbao/library.db ]] || fail "no default library at \$XDG_DATA_HOME/kanbao/library.db"
grep -qF "$prefix/share/kanbao/sample" "$tmp/default.err" ||
  fail "the default library was not made from the installed sample: $(cat "$tmp/default.err")"
[[ $(grep -c '"id":' "$tmp/default.json") -eq $(grep -c '"id":' <<<"$list") ]] ||
  fail "the default library lists other articles than the indexed sample"
echo "ok: default library created from the installed sample"

# The manual renders (man-db reads the compressed page itself).
manual=$(MANWIDTH=80 MANPAGER=cat PAGER=cat man -l "$prefix/share/man/man1/kanbao.1.gz" 2>"$tmp/man.err") ||
  fail "man -l failed: $(cat "$tmp/man.err")"
grep -q '^NAME' <<<"$manual" || fail "the rendered manual has no NAME section"
grep -Eq 'kanbao +- +read +and +search' <<<"$manual" || fail "the rendered manual lacks the name line"
grep -q '^SYNOPSIS' <<<"$manual" || fail "the rendered manual has no SYNOPSIS"
echo "ok: the installed manual renders"

# The installed bash completion loads and completes commands.
reply=$(bash --norc --noprofile -c '
  source "$1"
  COMP_WORDS=(kanbao se) COMP_CWORD=1 COMP_LINE="kanbao se" COMP_POINT=9
  _kanbao
  printf "%s\n" "${COMPREPLY[@]}"' bash "$prefix/share/bash-completion/completions/kanbao")
[[ $reply == search ]] || fail "the installed bash completion offers '$reply' for 'kanbao se'"
echo "ok: the installed bash completion works"
echo "install: all passed"
