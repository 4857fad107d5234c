# bash completion for kanbao                                -*- shell-script -*-
# SPDX-License-Identifier: MIT
#
# Installed as share/bash-completion/completions/kanbao, where bash-completion
# loads it on the first 'kanbao <TAB>'; or source this file yourself. It needs
# nothing from bash-completion.
#
# The commands and options mirror the table in cli/args.cpp (a test
# compares them with 'kanbao --help' and 'kanbao COMMAND --help').
# District names, paper names and article IDs come from the library: 'kanbao
# districts', 'kanbao papers' and 'kanbao list --limit 200', with the --db
# given earlier on the line.

_kanbao_commands="index import list show districts papers search config export help"
_kanbao_global_options="--db --color --help --version"

# The options of a command ('' is the browser, kanbao without a command).
_kanbao_command_options() {
  case $1 in
    '') echo "--mouse" ;;
    index) echo "--year --paper --date --rebuild --quiet" ;;
    import) echo "--quiet" ;;
    list) echo "--json --format --district --paper --from --to --limit" ;;
    show) echo "--json --format --source" ;;
    districts) echo "--json --format" ;;
    papers) echo "--json --format" ;;
    search) echo "--json --format --limit --district --paper" ;;
    config) echo "" ;;
    export) echo "--format --district --paper --from --to" ;;
    help) echo "" ;;
  esac
}

# Succeeds when option $1 takes a value (the next word, or --option=VALUE).
_kanbao_takes_value() {
  case $1 in
    --db | --color | --year | --format | --district | --limit | --paper | --date | --from | --to) return 0 ;;
  esac
  return 1
}

# Runs kanbao ($_kanbao_program) with the library of the command line
# ($_kanbao_db), else the one 'kanbao config' names ($KANBAO_DB, the
# configuration file or the default). Prints nothing, rather than creating it
# from the sample pages, when that is the default library and it does not
# exist yet.
_kanbao_query() {
  local -a db_args=()
  if [[ -n $_kanbao_db ]]; then
    db_args=(--db "$_kanbao_db")
  else
    local library
    library=$("$_kanbao_program" config 2>/dev/null | sed -n 's/^library = \(.*\)  # default$/\1/p')
    [[ -z $library || -e $library ]] || return 0
  fi
  "$_kanbao_program" "${db_args[@]}" "$@" 2>/dev/null
}

_kanbao_districts() {
  _kanbao_query districts | awk 'NR > 1 && $1 != "(unknown)" && $1 != "全部" && $1 != "All" && $1 != "district" { print $1 }'
}

_kanbao_papers() {
  _kanbao_query papers | awk 'NR > 1 && $1 != "(unknown)" && $1 != "未知报纸" { print $1 }'
}

_kanbao_article_ids() {
  _kanbao_query list --limit 200 | awk 'NR > 1 && $1 ~ /^[0-9]+$/ { print $1 }'
}

# COMPREPLY = the words of list $1 (one per line) that start with $2.
_kanbao_reply_lines() {
  local word
  COMPREPLY=()
  while IFS= read -r word; do
    if [[ -n $word && $word == "$2"* ]]; then
      COMPREPLY+=("$word")
    fi
  done <<<"$1"
  return 0
}

_kanbao_reply_words() {
  local -a words
  read -r -a words <<<"$1"
  _kanbao_reply_lines "$(printf '%s\n' "${words[@]}")" "$2"
}

_kanbao_reply_files() {
  compopt -o filenames 2>/dev/null || true
  local -a found=()
  mapfile -t found < <(compgen -f -- "$1")
  COMPREPLY=("${found[@]}")
}

_kanbao() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=""
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  # --option=VALUE: bash splits it at '=' (COMP_WORDBREAKS).
  if [[ $cur == "=" && $prev == --* ]]; then
    cur=""
  elif [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  else
    [[ $prev == --* ]] || prev=""
  fi
  [[ $prev == --* ]] && ! _kanbao_takes_value "$prev" && prev=""

  # Read by _kanbao_query (bash's locals are visible to the functions called).
  local _kanbao_program=${COMP_WORDS[0]} _kanbao_db=""
  [[ $_kanbao_program == \~/* ]] && _kanbao_program=${HOME:-}/${_kanbao_program#\~/}

  # Walk the words before the cursor like kanbao's parser: options (and
  # their values) anywhere, the first non-option word is the command.
  local cmd="" positionals=0 options_done=0 i=1 word
  while ((i < COMP_CWORD)); do
    word=${COMP_WORDS[i]}
    if ((!options_done)) && [[ $word == "--" ]]; then
      options_done=1
    elif ((!options_done)) && [[ $word == -?* ]]; then
      if [[ $word == --*=* ]]; then
        [[ ${word%%=*} == --db ]] && _kanbao_db=${word#*=}
      elif [[ ${COMP_WORDS[i + 1]:-} == "=" ]]; then
        [[ $word == --db ]] && ((i + 2 < COMP_CWORD)) && _kanbao_db=${COMP_WORDS[i + 2]}
        ((i += 2))
      elif _kanbao_takes_value "$word"; then
        [[ $word == --db ]] && ((i + 1 < COMP_CWORD)) && _kanbao_db=${COMP_WORDS[i + 1]}
        ((i += 1))
      fi
    elif [[ -z $cmd ]] && ((positionals == 0)) && [[ " $_kanbao_commands " == *" $word "* ]]; then
      cmd=$word
    else
      ((positionals += 1))
    fi
    ((i += 1))
  done
  [[ $_kanbao_db == \~/* ]] && _kanbao_db=${HOME:-}/${_kanbao_db#\~/}

  case $prev in
    --db) _kanbao_reply_files "$cur"; return 0 ;;
    --district) _kanbao_reply_lines "$(_kanbao_districts)" "$cur"; return 0 ;;
    --paper) _kanbao_reply_lines "$(_kanbao_papers)" "$cur"; return 0 ;;
    --color) _kanbao_reply_words "auto always never" "$cur"; return 0 ;;
    --format)
      if [[ $cmd == export ]]; then
        _kanbao_reply_words "jsonl json markdown" "$cur"
      else
        _kanbao_reply_words "text json jsonl markdown" "$cur"
      fi
      return 0 ;;
    --year | --limit | --date | --from | --to) COMPREPLY=(); return 0 ;;
  esac

  if ((!options_done)) && [[ $cur == -* ]]; then
    _kanbao_reply_words "$(_kanbao_command_options "$cmd") $_kanbao_global_options" "$cur"
    return 0
  fi

  case $cmd in
    '')
      if ((positionals == 0)); then
        _kanbao_reply_words "$_kanbao_commands" "$cur"
        ((${#COMPREPLY[@]} > 0)) && return 0
        _kanbao_reply_files "$cur"
      else
        COMPREPLY=()
      fi ;;
    index) _kanbao_reply_files "$cur" ;;
    import) ((positionals == 0)) && _kanbao_reply_files "$cur" ;;
    help)
      if ((positionals == 0)); then
        _kanbao_reply_words "$_kanbao_commands" "$cur"
      else
        COMPREPLY=()
      fi ;;
    show)
      if ((positionals == 0)); then
        _kanbao_reply_lines "$(_kanbao_article_ids)" "$cur"
      else
        COMPREPLY=()
      fi ;;
    *) COMPREPLY=() ;;
  esac
  return 0
}

complete -F _kanbao kanbao
