#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The browser's message catalog is complete and current: every string of
# tui/ (extracted with scripts/update-po) is in po/en.po with an English
# translation, none fuzzy, and po/kanbao.pot is the template of today's
# sources (run scripts/update-po when this fails).
# Usage: catalog_test.sh SOURCE_DIR
set -euo pipefail
source_dir=$1
export LC_ALL=C.UTF-8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

"$source_dir/scripts/update-po" --pot "$tmp/kanbao.pot" 2>"$tmp/xgettext.log" || {
  cat "$tmp/xgettext.log" >&2
  fail "xgettext failed"
}
[[ $(grep -c '^msgid' "$tmp/kanbao.pot") -gt 150 ]] || fail "too few strings extracted: $(grep -c '^msgid' "$tmp/kanbao.pot")"
diff -u "$source_dir/po/kanbao.pot" "$tmp/kanbao.pot" >&2 || fail "po/kanbao.pot is stale: run scripts/update-po"
# msgcmp: every msgid of the template has a translation in en.po.
msgcmp "$source_dir/po/en.po" "$tmp/kanbao.pot" || fail "strings missing from po/en.po or untranslated: run scripts/update-po and translate them"
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$source_dir/po/en.po")
[[ -z $fuzzy ]] || fail "fuzzy entries in po/en.po: $fuzzy"
msgfmt --check --output-file=/dev/null "$source_dir/po/en.po" || fail "msgfmt --check po/en.po"

# The test itself: a string added to tui/ without a translation is caught.
mkdir -p "$tmp/tree/tui" "$tmp/tree/scripts" "$tmp/tree/po"
cp "$source_dir/scripts/update-po" "$tmp/tree/scripts/"
cp "$source_dir"/tui/*.cpp "$source_dir"/tui/*.h "$tmp/tree/tui/"
printf '// a new string\nconst char* f() { return _("一个没有翻译的新句子"); }\n' >"$tmp/tree/tui/new.cpp"
"$tmp/tree/scripts/update-po" --pot "$tmp/new.pot" 2>/dev/null
if msgcmp "$source_dir/po/en.po" "$tmp/new.pot" 2>/dev/null; then
  fail "msgcmp accepted a string missing from po/en.po"
fi
echo "catalog: $(grep -c '^msgid' "$tmp/kanbao.pot") strings, all translated"
