#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian package: 'cpack -G DEB' in the build tree, its control fields
# (Depends computed by dpkg-shlibdeps), its files at the standard paths,
# lintian (no error, no warning but those overridden with a reason), and the
# installed package: in a clean root of its own (dpkg --root, as root; else
# dpkg-deb -x) it runs, its manuals render in English and Chinese, the bash,
# zsh and fish completions complete, and a value of /etc/xdg/kanbao/config
# is read. The machine's own /etc and dpkg database are not touched.
# Usage: deb_package_test.sh CPACK BUILD_DIR VERSION SOURCE_DIR
set -euo pipefail
cpack=$1
build=$2
version=$3
source_dir=$4
# shellcheck source=tests/shell/lib.sh
source "$source_dir/tests/shell/lib.sh"

make_sandbox deb

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
[[ $(field Maintainer) == "kanbao maintainers <kanbao@users.noreply.github.com>" ]] ||
  fail "Maintainer: $(field Maintainer)"
[[ $(field Recommends) == less ]] || fail "Recommends: $(field Recommends)"
[[ $(field Suggests) == "systemd | cron, libpq5" ]] || fail "Suggests: $(field Suggests)"
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
  # awk reads to the end: an early exit would let ldconfig die of SIGPIPE
  # when its output outruns the pipe, and pipefail would end the test silently.
  library=$(ldconfig -p | awk -v s="$soname" '$1 == s && !found { print $NF; found = 1 }')
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
    printf '%s\n' ./usr/bin/kanbao ./usr/share/man/man1/kanbao.1.gz ./usr/share/man/zh_CN/man1/kanbao.1.gz \
      ./usr/share/bash-completion/completions/kanbao ./usr/share/zsh/vendor-completions/_kanbao \
      ./usr/share/fish/vendor_completions.d/kanbao.fish \
      ./usr/lib/systemd/system/kanbao-index.service ./usr/lib/systemd/system/kanbao-index.timer \
      ./usr/share/doc/kanbao/copyright ./usr/share/doc/kanbao/changelog.gz ./usr/share/kanbao/divisions.tsv ./usr/share/kanbao/papers.tsv \
      ./usr/share/locale/en/LC_MESSAGES/kanbao.mo
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

# The version: the project's, "+git.<sha>" between releases (no v<version>
# tag on the commit).
project_version=${version%%+git.*}
if [[ $version != "$project_version" ]]; then
  [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+\+git\.[0-9a-f]{7,}$ ]] || fail "not a snapshot version: $version"
fi
# The changelog's top entry names the package's version (lintian checks the rest).
changelog=$(dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/share/doc/kanbao/changelog.gz | gzip -dc)
[[ $(head -1 <<<"$changelog") == "kanbao ($version) "* ]] ||
  fail "the changelog's top entry is not $version: $(head -1 <<<"$changelog")"
echo "ok: version $version, changelog"

# lintian: no error, no warning (an override in the package needs a reason).
if command -v lintian >/dev/null; then
  lintian --fail-on error,warning --display-info "$deb" >"$tmp/lintian.out" 2>&1 ||
    fail "lintian: $(cat "$tmp/lintian.out")"
  grep -E '^[EW]: ' "$tmp/lintian.out" && fail "lintian reports errors or warnings"
  echo "ok: lintian$( [[ -s $tmp/lintian.out ]] && printf ' (notes:\n%s\n)' "$(cat "$tmp/lintian.out")")"
else
  fail "lintian is not installed (scripts/setup --test installs it)"
fi

# Install it into a clean root of its own: dpkg --root keeps the machine's
# dpkg database and files out of it (the dependencies are the machine's, so
# dpkg is told not to look for them there).
root=$tmp/root
if [[ $(id -u) -eq 0 ]]; then
  mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
  touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
  dpkg --root="$root" --force-depends --force-script-chrootless -i "$deb" >"$tmp/dpkg.log" 2>&1 ||
    fail "dpkg --root -i failed: $(cat "$tmp/dpkg.log")"
  [[ $(dpkg --root="$root" -s kanbao | sed -n 's/^Status: //p') == "install ok installed" ]] ||
    fail "kanbao is not installed in the clean root"
  mode=dpkg
  echo "ok: dpkg --root -i into a clean root"
else
  dpkg-deb -x "$deb" "$root"
  mode=extract
  echo "ok: dpkg-deb -x (not root)"
fi
kanbao=$root/usr/bin/kanbao

[[ $("$kanbao" --version | head -1) == "kanbao $version ("* ]] || fail "kanbao --version does not say $version"
[[ $("$kanbao" --version | tail -1) == "License: MIT."* ]] || fail "kanbao --version does not end with the licence"
echo "ok: kanbao --version: $("$kanbao" --version | head -1)"
"$kanbao" --db "$tmp/l.db" index "$root/usr/share/kanbao/sample" >/dev/null || fail "index of the packaged sample failed"
[[ $("$kanbao" --db "$tmp/l.db" list --json | grep -c '"id":') -gt 0 ]] || fail "list --json is empty"
"$kanbao" districts >/dev/null 2>"$tmp/default.err" || fail "districts failed: $(cat "$tmp/default.err")"
grep -qF "$root/usr/share/kanbao/sample" "$tmp/default.err" ||
  fail "the default library was not made from the packaged sample: $(cat "$tmp/default.err")"
echo "ok: the packaged binary runs"

# The manuals, as 'man kanbao' finds them (MANPATH: the root's). Chinese needs
# the zh_CN.UTF-8 locale: the machine's, or one compiled here.
export MANPATH=$root/usr/share/man MANWIDTH=80 MANPAGER=cat PAGER=cat
manual=$(LANG=C.UTF-8 man kanbao 2>"$tmp/man.err") || fail "man kanbao failed: $(cat "$tmp/man.err")"
grep -Eq '^NAME$' <<<"$manual" && grep -Eq 'kanbao +- +read +and +search' <<<"$manual" ||
  fail "man kanbao is not the English manual: $(head -5 <<<"$manual")"
if ! locale -a 2>/dev/null | grep -qix 'zh_CN.utf8'; then
  # Compiled once and shared with the manual tests (moved into place whole).
  locales=${TMPDIR:-/tmp}/kanbao-manual-test-locales
  if [[ ! -f $locales/zh_CN.UTF-8/LC_CTYPE ]]; then
    mkdir -p "$locales"
    localedef -i zh_CN -f UTF-8 "$locales/staging-$$" >/dev/null 2>&1 ||
      fail "cannot compile the zh_CN.UTF-8 locale (package locales)"
    mv -T "$locales/staging-$$" "$locales/zh_CN.UTF-8" 2>/dev/null || rm -rf -- "$locales/staging-$$"
  fi
  export LOCPATH=$locales
fi
manual=$(LANG=zh_CN.UTF-8 LC_ALL='' man kanbao 2>"$tmp/man.err") || fail "LANG=zh_CN.UTF-8 man kanbao failed: $(cat "$tmp/man.err")"
[[ ! -s $tmp/man.err ]] || fail "LANG=zh_CN.UTF-8 man kanbao warns: $(cat "$tmp/man.err")"
grep -q '^名称$' <<<"$manual" && grep -Eq 'kanbao +- +在终端中阅读' <<<"$manual" && grep -q '^共享服务器$' <<<"$manual" ||
  fail "LANG=zh_CN.UTF-8 man kanbao is not the Chinese manual: $(head -5 <<<"$manual")"
unset LOCPATH MANPATH
echo "ok: man kanbao and LANG=zh_CN.UTF-8 man kanbao"

# The three completions, from where the package put them.
mkdir -p "$tmp/bin"
ln -s "$kanbao" "$tmp/bin/kanbao"
reply=$(PATH=$tmp/bin:$PATH bash --norc --noprofile -c '
  source "$1"
  COMP_WORDS=(kanbao --db "$2" show "") COMP_CWORD=4 COMP_LINE="kanbao --db $2 show " COMP_POINT=${#COMP_LINE}
  _kanbao
  printf "%s\n" "${COMPREPLY[@]}"' bash "$root/usr/share/bash-completion/completions/kanbao" "$tmp/l.db" | sort -n)
ids=$("$kanbao" --db "$tmp/l.db" list --json | sed -nE 's/^ *"id": ([0-9]+),?$/\1/p' | sort -n)
[[ -n $ids && $reply == "$ids" ]] || fail "the packaged bash completion offers '$reply' for show, not the IDs"
PATH=$tmp/bin:$PATH zsh -f "$source_dir/tests/completion/zsh_complete.zsh" \
  "$root/usr/share/zsh/vendor-completions" "$tmp/zsh.out" "kanbao se" || fail "zsh completion did not finish"
reply=$(cut -f1 "$tmp/zsh.out")
[[ $reply == search ]] || fail "the packaged zsh completion offers '$reply' for 'kanbao se'"
reply=$(PATH=$tmp/bin:$PATH XDG_DATA_DIRS=$root/usr/share fish -c 'complete -C "kanbao --db $argv[1] di"' \
  "$tmp/l.db" | cut -f1)
[[ $reply == districts ]] || fail "the packaged fish completion (found on XDG_DATA_DIRS) offers '$reply' for 'kanbao di'"
echo "ok: the packaged bash, zsh and fish completions"

# A value from /etc/xdg/kanbao/config: the system-wide file, seen at /etc/xdg
# in a mount namespace of its own (as root), else through $XDG_CONFIG_DIRS.
mkdir -p "$root/etc/xdg/kanbao"
printf '# set by the admin\nlibrary = %s\n' "$tmp/l.db" >"$root/etc/xdg/kanbao/config"
unset XDG_CONFIG_DIRS
if [[ $mode == dpkg ]] && unshare --mount true 2>/dev/null; then
  shown=$(unshare --mount sh -c 'mount --bind "$1/etc/xdg" /etc/xdg && "$1/usr/bin/kanbao" config' sh "$root") ||
    fail "kanbao config under the clean root's /etc/xdg failed"
  where=/etc/xdg/kanbao/config
else
  shown=$(XDG_CONFIG_DIRS=$root/etc/xdg "$kanbao" config)
  where=$root/etc/xdg/kanbao/config
fi
grep -qxF "library = $tmp/l.db  # $where:2" <<<"$shown" ||
  fail "kanbao config does not read library from $where: $shown"
echo "ok: kanbao config reads library from $where"

if [[ $mode == dpkg ]]; then
  dpkg --root="$root" --force-script-chrootless -r kanbao >"$tmp/dpkg.log" 2>&1 || fail "dpkg -r failed: $(cat "$tmp/dpkg.log")"
  [[ ! -e $root/usr/bin/kanbao && ! -e $root/usr/lib/systemd/system/kanbao-index.timer ]] ||
    fail "files are left after dpkg -r"
  echo "ok: dpkg --root -r"
fi
echo "deb package: all passed"
