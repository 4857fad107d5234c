# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# Helpers for the shell-script tests (sourced, not run).

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# expect_same WHAT ACTUAL EXPECTED: fails with a diff unless equal.
expect_same() {
  local what=$1 actual=$2 expected=$3
  if [[ "$actual" != "$expected" ]]; then
    echo "FAIL: $what" >&2
    diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") | sed 's/^/  /' >&2 || true
    exit 1
  fi
  echo "ok: $what"
}

# Words given as arguments, sorted, one a line.
sorted() {
  printf '%s\n' "$@" | LC_ALL=C sort
}

# make_sandbox NAME: sets $tmp to a new temporary directory (removed on exit
# unless the caller sets its own EXIT trap) and points HOME, the XDG
# directories and kanbao's default library into it, so that nothing of the
# user's is read or written.
make_sandbox() {
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/kanbao-$1.XXXXXX")
  # shellcheck disable=SC2064 # $tmp is meant to be expanded now.
  trap "rm -rf -- '$tmp'" EXIT
  unset KANBAO_DB
  # XDG_CONFIG_DIRS: not the machine's /etc/xdg/kanbao/config either.
  export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state XDG_CONFIG_HOME=$tmp/config \
    XDG_CONFIG_DIRS=$tmp/xdg
  mkdir -p "$HOME"
}
