#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The systemd units as installed ('cmake --install' into a temporary prefix):
# 'systemd-analyze verify' finds nothing to say about them; the service runs
# the installed kanbao as an unprivileged user with a umask that keeps the
# library from other users, and the timer is what an admin enables (the
# service has no [Install] of its own). Then the service's command line, run
# as systemd would (environment from the unit, output not a terminal): plain
# log lines, no progress bar, exit status 3 when a file was skipped.
# Usage: systemd_units_test.sh CMAKE BUILD_DIR SOURCE_DIR
set -euo pipefail
cmake=$1
build=$2
source_dir=$3
# shellcheck source=tests/shell/lib.sh
source "$source_dir/tests/shell/lib.sh"

make_sandbox systemd-units
prefix=$tmp/prefix
"$cmake" --install "$build" --prefix "$prefix" >"$tmp/install.log" ||
  fail "cmake --install failed: $(cat "$tmp/install.log")"
units=$prefix/lib/systemd/system
service=$units/kanbao-index.service
timer=$units/kanbao-index.timer
[[ -f $service && -f $timer ]] || fail "the units are not installed in lib/systemd/system: $(ls -R "$prefix/lib")"

# systemd-analyze reads Documentation=man:kanbao(1) with man: the installed one.
MANPATH=$prefix/share/man systemd-analyze verify "$service" "$timer" >"$tmp/verify.out" 2>&1 ||
  fail "systemd-analyze verify failed: $(cat "$tmp/verify.out")"
[[ ! -s $tmp/verify.out ]] || fail "systemd-analyze verify has something to say: $(cat "$tmp/verify.out")"
echo "ok: systemd-analyze verify"

# The unit's settings, one "Key=value" a line (comments left out).
setting() { sed -n "s/^$2=//p" "$1"; }
[[ $(setting "$service" ExecStart) == "$prefix/bin/kanbao index \$KANBAO_INDEX_FOLDERS" ]] ||
  fail "ExecStart does not run the installed kanbao: $(setting "$service" ExecStart)"
[[ $(setting "$service" Type) == oneshot ]] || fail "the service is not Type=oneshot"
user=$(setting "$service" User)
[[ -n $user && $user != root && $user != 0 ]] || fail "the service does not run as an unprivileged user: User=$user"
[[ $(setting "$service" UMask) == 0027 ]] || fail "the library would be readable by others: UMask=$(setting "$service" UMask)"
grep -q '^\[Install\]' "$service" && fail "the service has an [Install] section: enable the timer, not the service"
[[ $(setting "$timer" WantedBy) == timers.target ]] || fail "the timer is not wanted by timers.target"
[[ -n $(setting "$timer" OnCalendar) && $(setting "$timer" Persistent) == true ]] ||
  fail "the timer has no OnCalendar= or does not catch up missed runs"
echo "ok: unprivileged oneshot service, nightly timer"

# The service's command line as systemd runs it: the environment of the unit
# ($KANBAO_INDEX_FOLDERS split at spaces), output to the journal (a file here).
mkdir -p "$tmp/papers/2023" "$tmp/more"
cp "$source_dir"/data/sample/000_*.txt "$source_dir"/data/sample/001_*.txt "$tmp/papers/2023/"
cp "$source_dir"/data/sample/002_*.txt "$tmp/more/"
printf '\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0' >"$tmp/more/binary.bin"
mkdir -p "$XDG_CONFIG_DIRS/kanbao"
echo "library = $tmp/shared/library.db" >"$XDG_CONFIG_DIRS/kanbao/config"
exec_start=$(setting "$service" ExecStart)
export KANBAO_INDEX_FOLDERS="$tmp/papers $tmp/more"
# shellcheck disable=SC2086 # systemd splits $VAR (unbraced) at white space too.
command=(${exec_start//\$KANBAO_INDEX_FOLDERS/$KANBAO_INDEX_FOLDERS})
status=0
"${command[@]}" >"$tmp/journal.out" 2>"$tmp/journal.err" </dev/null || status=$?
[[ $status -eq 3 ]] || fail "a run that skipped a file exited $status, not 3: $(cat "$tmp/journal.err")"
grep -q 'binary.bin' "$tmp/journal.err" || fail "the skipped file is not named: $(cat "$tmp/journal.err")"
if LC_ALL=C grep -q $'[\r\x1b]' "$tmp/journal.out" "$tmp/journal.err"; then
  fail "the log has a progress bar or escape sequences: $(od -c "$tmp/journal.err" | head)"
fi
[[ $(wc -l <"$tmp/journal.out") -eq 1 ]] && grep -q '^indexed 3 files' "$tmp/journal.out" ||
  fail "expected one summary line: $(cat "$tmp/journal.out")"
[[ -f $tmp/shared/library.db ]] || fail "the run did not write the library of the system-wide configuration"
echo "ok: the service's command indexes into the configured library, logs plain lines, exits 3 on a skipped file"

rm "$tmp/more/binary.bin"
"${command[@]}" >"$tmp/journal.out" 2>"$tmp/journal.err" </dev/null ||
  fail "a clean run failed: $(cat "$tmp/journal.err")"
[[ ! -s $tmp/journal.err ]] || fail "a clean run wrote to stderr: $(cat "$tmp/journal.err")"
echo "ok: a clean run exits 0 and is silent on stderr"
echo "systemd units: all passed"
