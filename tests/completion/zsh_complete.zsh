#!/usr/bin/env zsh
# SPDX-License-Identifier: MIT
# Prints what zsh's completion system offers for a command line, one match a
# line ("MATCH<TAB>DESCRIPTION" when there is a description), as if TAB had
# been pressed at its end in an interactive zsh.
# Usage: zsh_complete.zsh COMPLETION_DIR OUTPUT_FILE 'kanbao list --district '
# The interactive zsh runs in a pseudo-terminal (zsh/zpty) with compinit,
# COMPLETION_DIR first on $fpath and compadd wrapped to record the matches.
# $KANBAO_ZSH_COMPDUMP, when set, is compinit's dump file (faster next time).
emulate -L zsh
setopt err_exit no_unset

if (( $# != 3 )); then
  print -u2 "usage: $0 COMPLETION_DIR OUTPUT_FILE LINE"
  exit 2
fi
local completion_dir=$1 out=$2 line=$3
local init=$out.init
: >| $out
rm -f -- $out.done

# Runs inside the interactive zsh.
cat >| $init <<'INIT'
PS1='' PS2='' RPS1=''
unsetopt beep
fpath=("$KANBAO_COMPLETION_DIR" $fpath)
autoload -Uz compinit
if [[ -n ${KANBAO_ZSH_COMPDUMP:-} ]]; then
  compinit -u -d "$KANBAO_ZSH_COMPDUMP"
else
  compinit -u -D
fi
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
zstyle ':completion:*' menu no
compadd() {
  # Calls that only ask compadd for matches (-O, -A, -D) are left alone.
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
    builtin compadd "$@"
    return
  fi
  local -a __hits __dscr
  local __tmp
  if (( $@[(I)-d] )); then
    __tmp=${@[$(( ${@[(i)-d]} + 1 ))]}
    if [[ $__tmp == \(* ]]; then
      eval "__dscr=$__tmp"
    else
      __dscr=("${(@P)__tmp}")
    fi
  fi
  builtin compadd -A __hits -D __dscr "$@"
  local i
  for (( i = 1; i <= $#__hits; i++ )); do
    if (( i <= $#__dscr )); then
      print -r -- "$__hits[i]"$'\t'"$__dscr[i]" >>| "$KANBAO_COMPLETION_OUT"
    else
      print -r -- "$__hits[i]" >>| "$KANBAO_COMPLETION_OUT"
    fi
  done
  builtin compadd "$@"
}
_kanbao_capture_done() {
  print done >| "$KANBAO_COMPLETION_OUT.done"
  exit 0
}
comppostfuncs=(_kanbao_capture_done)
INIT

zmodload zsh/zpty
export KANBAO_COMPLETION_DIR=$completion_dir KANBAO_COMPLETION_OUT=$out
zpty kanbao_zsh zsh -f -i
zpty -w kanbao_zsh "source ${(q)init}"
zpty -w -n kanbao_zsh "$line"$'\t'
integer waited=0
while [[ ! -e $out.done ]] && (( waited < 200 )); do
  zpty -r -t kanbao_zsh _ignored 2>/dev/null || sleep 0.05
  (( waited += 1 ))
done
zpty -d kanbao_zsh 2>/dev/null || true
if [[ ! -e $out.done ]]; then
  print -u2 "zsh_complete: no completion finished for: $line"
  exit 1
fi
rm -f -- $init $out.done
