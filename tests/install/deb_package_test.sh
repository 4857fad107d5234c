#!/usr/bin/env bash
# The Debian package: 'cpack -G DEB' in the build tree, its control fields
# (Depends computed by dpkg-shlibdeps), its files at the standard paths, and
# the installed package runs. As root (CI machines are throwaway) it is
# installed with dpkg -i and removed again; otherwise, or when a kanbao
# package is already installed, it is extracted with dpkg-deb -x instead.
# Usage: deb_package_test.sh CPACK BUILD_DIR VERSION SOURCE_DIR
set -euo pipefail
cpack=$1
build=$2
version=$3
source_dir=$4
# shellcheck source=tests/shell/lib.sh
source "$source_dir/tests/shell/lib.sh"

make_sandbox deb
installed_by_us=0
cleanup() {
  if ((installed_by_us)); then
    dpkg -r kanbao >/dev/null 2>&1 || echo "warning: could not remove the kanbao package" >&2
  fi
  rm -rf -- "$tmp"
}
trap cleanup EXIT

(cd "$build" && "$cpack" -G DEB -B "$tmp/pkg") >"$tmp/cpack.log" 2>&1 || fail "cpack failed: $(cat "$tmp/cpack.log")"
debs=("$tmp"/pkg/kanbao_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "expected one kanbao_*.deb, got: ${debs[*]}"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[[ $(basename "$deb") == "kanbao_${version}_${arch}.deb" ]] || fail "unexpected package file name $(basename "$deb")"
echo "ok: built $(basename "$deb")"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == kanbao ]] || fail "Package: $(field Package)"
[[ $(field Version) == "$version" ]] || fail "Version: $(field Version), not $version"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture: $(field Architecture)"
[[ $(field Section) == utils ]] || fail "Section: $(field Section)"
[[ $(field Maintainer) == "kanbao developers" ]] || fail "Maintainer: $(field Maintainer)"
description=$(field Description)
[[ $(head -1 <<<"$description") == *newspapers* ]] || fail "Description's synopsis: $(head -1 <<<"$description")"
[[ $(wc -l <<<"$description") -ge 3 ]] || fail "Description has no extended part: $description"
depends=$(field Depends)
echo "Depends: $depends"
# "libc6 (>= 2.34), libicu72 (>= 72.1~rc-1~), ..." -> the package names
depends_names=$(sed 's/([^)]*)//g; s/|/,/g' <<<"$depends" | tr ',' '\n' | tr -d ' ')
# Every shared library the binary needs (libc and libm only, with ICU,
# SQLite, ncursesw and the C++ runtime linked in by KANBAO_STATIC_DEPS; all
# of them otherwise) must come from a package that Depends names.
kanbao_binary="$build/cli/kanbao"
[[ -x $kanbao_binary ]] || fail "no kanbao binary at $kanbao_binary"
needed=$(objdump -p "$kanbao_binary" | awk '$1 == "NEEDED" { print $2 }')
[[ -n $needed ]] || fail "objdump found no NEEDED libraries in $kanbao_binary"
for soname in $needed; do
  library=$(ldconfig -p | awk -v s="$soname" '$1 == s { print $NF; exit }')
  [[ -n $library ]] || fail "the shared library $soname is not known to ldconfig"
  package=
  real=$(readlink -f "$library")
  # dpkg knows a file by the path its package installed (/lib or /usr/lib).
  for candidate in "$library" "$real" "${library#/usr}" "${real#/usr}" "/usr$library" "/usr$real"; do
    package=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) || true
    [[ -n $package ]] && break
  done
  [[ -n $package ]] || fail "no package holds $library ($soname)"
  grep -qxF "$package" <<<"$depends_names" || fail "Depends does not name $package (for $soname): $depends"
done
grep -qxF libc6 <<<"$depends_names" || fail "Depends does not name libc6: $depends"
echo "ok: control fields"

# Files: exactly these, at the standard paths under /usr.
listing=$(dpkg-deb -c "$deb")
files=$(awk '$1 !~ /^d/ { print $NF }' <<<"$listing" | LC_ALL=C sort)
expected=$(
  {
    printf '%s\n' ./usr/bin/kanbao ./usr/share/man/man1/kanbao.1.gz \
      ./usr/share/bash-completion/completions/kanbao ./usr/share/zsh/vendor-completions/_kanbao \
      ./usr/share/kanbao/divisions.tsv
    for page in "$source_dir"/data/sample/*; do
      echo "./usr/share/kanbao/sample/$(basename "$page")"
    done
  } | LC_ALL=C sort
)
if [[ $files != "$expected" ]]; then
  diff <(echo "$expected") <(echo "$files") >&2 || true
  fail "the package's files differ from the expected ones"
fi
grep -Eq '^-rwxr-xr-x root/root .* \./usr/bin/kanbao$' <<<"$listing" ||
  fail "usr/bin/kanbao is not an executable owned by root: $(grep bin/kanbao <<<"$listing")"
echo "ok: files"

# Install and run it.
mode=extract
if [[ $(id -u) -eq 0 ]]; then
  # One dpkg -i at a time, whatever builds run tests on this machine.
  exec 9>"${TMPDIR:-/tmp}/kanbao-deb-test.lock"
  flock -w 900 9 || fail "timed out waiting for another kanbao package test"
  if [[ $(dpkg-query -W -f='${Status}' kanbao 2>/dev/null || true) == "install ok installed" ]]; then
    echo "note: a kanbao package is already installed; leaving it alone and extracting instead"
  else
    mode=dpkg
  fi
fi
if [[ $mode == dpkg ]]; then
  installed_by_us=1
  dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1 || fail "dpkg -i failed: $(cat "$tmp/dpkg.log")"
  [[ $(dpkg-query -W -f='${Status}' kanbao) == "install ok installed" ]] || fail "kanbao is not installed after dpkg -i"
  root=""
  echo "ok: dpkg -i"
else
  dpkg-deb -x "$deb" "$tmp/root"
  root=$tmp/root
  echo "ok: dpkg-deb -x (not root, or kanbao already installed)"
fi
kanbao=$root/usr/bin/kanbao
[[ -f $root/usr/share/bash-completion/completions/kanbao && -f $root/usr/share/zsh/vendor-completions/_kanbao ]] ||
  fail "the completions are not installed"

[[ $("$kanbao" --version) == *"$version"* ]] || fail "kanbao --version does not say $version"
"$kanbao" --db "$tmp/l.db" index "$root/usr/share/kanbao/sample" >/dev/null || fail "index of the packaged sample failed"
[[ $("$kanbao" --db "$tmp/l.db" list --json | grep -c '"id":') -gt 0 ]] || fail "list --json is empty"
"$kanbao" districts >/dev/null 2>"$tmp/default.err" || fail "districts failed: $(cat "$tmp/default.err")"
grep -qF "$root/usr/share/kanbao/sample" "$tmp/default.err" ||
  fail "the default library was not made from the packaged sample: $(cat "$tmp/default.err")"
echo "ok: the packaged binary runs"

if [[ $mode == dpkg ]]; then
  dpkg -r kanbao >"$tmp/dpkg.log" 2>&1 || fail "dpkg -r failed: $(cat "$tmp/dpkg.log")"
  installed_by_us=0
  [[ ! -e /usr/bin/kanbao ]] || fail "/usr/bin/kanbao is still there after dpkg -r"
  echo "ok: dpkg -r"
fi
echo "deb package: all passed"
