#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# scripts/spdx on a small repository of its own: the SPDX line lands first in
# C++ files, second after a #! or #compdef line, nowhere in data; a second run
# changes nothing; --check fails before and passes after.
# Usage: spdx_test.sh SOURCE_DIR
set -euo pipefail
source_dir=$1
# shellcheck source=tests/shell/lib.sh
source "$source_dir/tests/shell/lib.sh"

make_sandbox spdx
repo=$tmp/repo
mkdir -p "$repo/scripts" "$repo/src" "$repo/completions" "$repo/data/sample" "$repo/cmake"
cp "$source_dir/scripts/spdx" "$repo/scripts/spdx"
printf '#pragma once\nint f();\n' >"$repo/src/a.h"
printf '// SPDX-License-Identifier: MIT\n#include "a.h"\n' >"$repo/src/done.cpp"
printf '#include "a.h"\n// SPDX-License-Identifier: MIT\nint f() { return 1; }\n' >"$repo/src/moved.cpp"
printf '#!/usr/bin/env bash\necho hi\n' >"$repo/scripts/run"
chmod +x "$repo/scripts/run"
printf '#compdef kanbao\n_kanbao() {}\n' >"$repo/completions/_kanbao"
printf 'set(X 1)\n' >"$repo/cmake/x.cmake"
printf 'project(x)\n' >"$repo/CMakeLists.txt"
printf '本报讯\n' >"$repo/data/sample/page.txt"
printf 'int data;\n' >"$repo/data/table.cpp"
printf '# kanbao\n' >"$repo/README.md"
git -C "$repo" init -q
git -C "$repo" add -A

status=0
(cd "$repo" && scripts/spdx --check) >/dev/null 2>"$tmp/check.err" || status=$?
[[ $status -eq 1 ]] || fail "--check passed on files without the line"
for file in src/a.h src/moved.cpp scripts/run completions/_kanbao cmake/x.cmake CMakeLists.txt; do
  grep -q "^$file: " "$tmp/check.err" || fail "--check does not name $file: $(cat "$tmp/check.err")"
done
grep -q "src/done.cpp\|data/\|README" "$tmp/check.err" && fail "--check names a file it should not: $(cat "$tmp/check.err")"

(cd "$repo" && scripts/spdx) >/dev/null
expect_same "a header" "$(cat "$repo/src/a.h")" $'// SPDX-License-Identifier: MIT\n#pragma once\nint f();'
expect_same "a line moved by an edit goes back first" "$(cat "$repo/src/moved.cpp")" \
  $'// SPDX-License-Identifier: MIT\n#include "a.h"\nint f() { return 1; }'
expect_same "after the #! line" "$(cat "$repo/scripts/run")" $'#!/usr/bin/env bash\n# SPDX-License-Identifier: MIT\necho hi'
[[ -x $repo/scripts/run ]] || fail "the script lost its executable bit"
expect_same "after #compdef" "$(cat "$repo/completions/_kanbao")" $'#compdef kanbao\n# SPDX-License-Identifier: MIT\n_kanbao() {}'
expect_same "a CMake file" "$(cat "$repo/CMakeLists.txt")" $'# SPDX-License-Identifier: MIT\nproject(x)'
expect_same "data is left alone" "$(cat "$repo/data/table.cpp")" "int data;"
expect_same "the sample is left alone" "$(cat "$repo/data/sample/page.txt")" "本报讯"

before=$(cd "$repo" && git add -A && git write-tree)
(cd "$repo" && scripts/spdx) >"$tmp/second.out"
after=$(cd "$repo" && git add -A && git write-tree)
[[ $before == "$after" && ! -s $tmp/second.out ]] || fail "a second run changed: $(cat "$tmp/second.out")"
(cd "$repo" && scripts/spdx --check) || fail "--check fails after the script ran"
echo "spdx: all passed"
