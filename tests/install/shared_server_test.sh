#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README's "On a shared server", followed as far as a container allows, with
# the installed files ('cmake --install' into a temporary prefix): a library
# folder owned by an indexer and a readers' group (mode 2750), the shared
# library set in the system-wide configuration ($XDG_CONFIG_DIRS), the
# service's own command run as the unprivileged indexer with the unit's umask,
# then real user and group IDs (setpriv) check the permissions: a reader in
# the group reads and searches but cannot write, another user cannot read.
# Needs root (to switch IDs); skipped (exit 77) otherwise.
# Usage: shared_server_test.sh CMAKE BUILD_DIR SOURCE_DIR
set -euo pipefail
cmake=$1
build=$2
source_dir=$3
# shellcheck source=tests/shell/lib.sh
source "$source_dir/tests/shell/lib.sh"
if [[ $(id -u) -ne 0 ]] || ! command -v setpriv >/dev/null; then
  echo "skipped: needs root and setpriv to act as the indexer and the readers"
  exit 77
fi

make_sandbox shared-server
chmod 755 "$tmp"  # other users may pass through to the installed files
prefix=$tmp/prefix
"$cmake" --install "$build" --prefix "$prefix" >"$tmp/install.log" ||
  fail "cmake --install failed: $(cat "$tmp/install.log")"
kanbao=$prefix/bin/kanbao

# IDs nobody on the machine uses: the indexer (and its group), a reader, a stranger.
indexer=64990 readers=64990 reader=64991 stranger=64992
for id in $indexer $reader $stranger; do
  ! getent passwd $id >/dev/null || fail "user ID $id is taken on this machine"
done
! getent group $readers >/dev/null || fail "group ID $readers is taken on this machine"

# As the README says: the library's folder, the system configuration, the pages.
srv=$tmp/srv/kanbao
mkdir -p "$tmp/srv"
install -d -o $indexer -g $readers -m 2750 "$srv"
mkdir -p "$XDG_CONFIG_DIRS/kanbao"
echo "library = $srv/library.db" >"$XDG_CONFIG_DIRS/kanbao/config"
mkdir -p "$tmp/newspapers/2023"
cp "$source_dir"/data/sample/*.txt "$tmp/newspapers/2023/"
chmod -R a+rX "$tmp/newspapers" "$XDG_CONFIG_DIRS"

# Runs a command as user $1 with supplementary groups $2 ('' for none), with
# a home (and XDG folders) of its own.
as_user() {
  local uid=$1 groups=$2
  shift 2
  local home=$tmp/home-$uid
  install -d -o "$uid" -m 700 "$home"
  local -a group_args=(--clear-groups)
  [[ -n $groups ]] && group_args=(--groups "$groups")
  env HOME="$home" XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" XDG_CONFIG_HOME="$home/config" \
    setpriv --reuid="$uid" --regid="$uid" "${group_args[@]}" -- "$@"
}

# The indexer: the service's command line, with its umask and environment.
service=$prefix/lib/systemd/system/kanbao-index.service
umask_value=$(sed -n 's/^UMask=//p' "$service")
exec_start=$(sed -n 's/^ExecStart=//p' "$service")
folders=$tmp/newspapers
# shellcheck disable=SC2086 # systemd splits $VAR (unbraced) at white space too.
command=(${exec_start//\$KANBAO_INDEX_FOLDERS/$folders})
as_user $indexer '' sh -c 'umask "$1"; shift; exec "$@"' sh "$umask_value" "${command[@]}" \
  >"$tmp/index.out" 2>"$tmp/index.err" || fail "the indexer's run failed: $(cat "$tmp/index.err")"
grep -q '^indexed 5 files' "$tmp/index.out" || fail "the indexer's run: $(cat "$tmp/index.out")"
[[ $(stat -c '%u %g %a' "$srv/library.db") == "$indexer $readers 640" ]] ||
  fail "the library is not the indexer's, group-readable only: $(stat -c '%u %g %a' "$srv/library.db")"
echo "ok: the indexer writes $srv/library.db, mode 640, group $readers"

# A reader in the group: the library of the system configuration, read-only.
list=$(as_user $reader $readers "$kanbao" list --json 2>"$tmp/reader.err") ||
  fail "a reader in the group cannot list: $(cat "$tmp/reader.err")"
[[ $(grep -c '"id":' <<<"$list") -eq 19 ]] || fail "a reader in the group lists $(grep -c '"id":' <<<"$list") articles, not 19"
hits=$(as_user $reader $readers "$kanbao" search --json 持之以恒 2>"$tmp/reader.err") ||
  fail "a reader in the group cannot search: $(cat "$tmp/reader.err")"
[[ $(grep -c '"id":' <<<"$hits") -eq 1 ]] || fail "a reader's search: $hits"
shown=$(as_user $reader $readers "$kanbao" config)
grep -qxF "library = $srv/library.db  # $XDG_CONFIG_DIRS/kanbao/config:1" <<<"$shown" ||
  fail "a reader's kanbao config does not name the system file: $shown"
echo "ok: a reader in the group lists, searches, and sees the library come from the system configuration"

before=$(sha256sum "$srv/library.db")
status=0
as_user $reader $readers "$kanbao" index "$tmp/newspapers" >/dev/null 2>"$tmp/write.err" || status=$?
[[ $status -ne 0 ]] || fail "a reader could index into the shared library"
[[ $(sha256sum "$srv/library.db") == "$before" ]] || fail "a reader changed the shared library"
echo "ok: a reader cannot write it (exit $status: $(head -1 "$tmp/write.err"))"

status=0
as_user $stranger '' "$kanbao" list >/dev/null 2>"$tmp/stranger.err" || status=$?
[[ $status -eq 1 ]] || fail "a user outside the group could read the library (exit $status)"
grep -q "Permission denied" "$tmp/stranger.err" || fail "the stranger is not told why: $(cat "$tmp/stranger.err")"
echo "ok: a user outside the group cannot read it ($(head -1 "$tmp/stranger.err"))"

# The next night: nothing changed, nothing to do, exit 0.
as_user $indexer '' sh -c 'umask "$1"; shift; exec "$@"' sh "$umask_value" "${command[@]}" \
  >"$tmp/index.out" 2>"$tmp/index.err" || fail "the second run failed: $(cat "$tmp/index.err")"
grep -q '^nothing to do' "$tmp/index.out" || fail "the second run: $(cat "$tmp/index.out")"
echo "ok: the next run has nothing to do"
echo "shared server: all passed"
