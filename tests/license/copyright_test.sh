#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# packaging/debian/copyright, the package's machine-readable copyright file
# (DEP-5): every file under data/ falls under a Files paragraph of its own
# (not just the catch-all '*', which says kanbao's MIT), every licence named
# has its text, and LICENSE is the MIT text the file quotes.
# Usage: copyright_test.sh SOURCE_DIR
set -euo pipefail
source_dir=$1
# shellcheck source=tests/shell/lib.sh
source "$source_dir/tests/shell/lib.sh"
copyright=$source_dir/packaging/debian/copyright

[[ $(head -1 "$copyright") == "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ]] ||
  fail "the copyright file does not start with the DEP-5 Format line"

# The Files paragraphs: "patterns<TAB>licence", one a line (continuation
# lines of Files: joined).
paragraphs=$(awk '
  /^Files:/ { files = substr($0, 7); infiles = 1; next }
  infiles && /^ / { files = files $0; next }
  { infiles = 0 }
  /^License:/ && files != "" { sub(/^License: */, ""); print files "\t" $0; files = "" }
' "$copyright")
[[ $(wc -l <<<"$paragraphs") -ge 3 ]] || fail "too few Files paragraphs: $paragraphs"

# Each file under data/ in the tree matches a pattern other than '*'.
checked=0
while IFS= read -r path; do
  covered=""
  while IFS=$'\t' read -r patterns licence; do
    for pattern in $patterns; do
      # shellcheck disable=SC2053 # the pattern is a glob on purpose.
      [[ $pattern != '*' && $path == $pattern ]] && covered=$licence
    done
  done <<<"$paragraphs"
  [[ -n $covered ]] || fail "$path has no Files paragraph of its own in packaging/debian/copyright"
  checked=$((checked + 1))
done < <(git -C "$source_dir" ls-files data)
[[ $checked -gt 0 ]] || fail "no file under data/ was checked"
echo "ok: the $checked files under data/ each have their Files paragraph"

# Every licence named in a Files paragraph has a stand-alone License paragraph
# with its text, or its text right there (type "other").
while IFS=$'\t' read -r _ licence; do
  [[ $licence == other ]] && continue
  grep -qx "License: $licence" "$copyright" || fail "no text for the licence $licence"
  [[ $(grep -A1 -x "License: $licence" "$copyright" | tail -1) == ' '* ]] || fail "the licence $licence has no text"
done <<<"$paragraphs"
echo "ok: every licence has its text"

# LICENSE and the copyright file's MIT text are the same words.
words() { tr -s ' \n.' '\n\n\n' | grep -v '^$'; }
diff <(sed -n '/^Permission is hereby/,$p' "$source_dir/LICENSE" | words) \
  <(awk -v RS= '/^License: MIT\n/' "$copyright" | sed '1d;s/^ //' | words) >/dev/null ||
  fail "LICENSE and the MIT text of the copyright file differ"
grep -q '^MIT License$' "$source_dir/LICENSE" || fail "LICENSE is not the MIT licence"
echo "copyright: all passed"
