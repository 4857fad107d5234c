# SPDX-License-Identifier: MIT
# fish completion for kanbao.
#
# Installed as share/fish/vendor_completions.d/kanbao.fish (on fish's default
# completion path), or copy it to ~/.config/fish/completions/.
#
# The commands and options mirror the table in cli/args.cpp (a test
# compares them with 'kanbao --help' and 'kanbao COMMAND --help').
# District names, paper names and article IDs (with their titles) come from
# the library: 'kanbao districts', 'kanbao papers' and 'kanbao list --limit
# 200', with the --db given earlier on the line.

# The commands, each with its description (name TAB description).
function __kanbao_commands
    printf '%s\t%s\n' \
        index 'add pages from files and folders to the library (incremental)' \
        import 'move the whole library LIBRARY into this one (new or empty), without parsing a page' \
        list 'list articles, newest issue first' \
        show 'print one article' \
        districts 'list districts with article counts and date ranges' \
        papers 'list papers with article counts, issues and first and last issue' \
        search 'search the library, best matches first' \
        config 'print the effective configuration and where each value came from' \
        export "write every article (or a district's, or a paper's) for other tools" \
        help 'show help for kanbao or for a command (as --help does)'
end

# The options that take a value (the next word, or --option=VALUE).
function __kanbao_value_options
    printf '%s\n' --db --color --year --format --district --limit --paper --date --from --to
end

# Walks the words before the cursor like kanbao's parser: options (and their
# values) anywhere, the first non-option word is the command. Prints three
# lines: the command ('' for the browser), the number of other words, and the
# --db value ('' when none).
function __kanbao_parse
    set -l words (commandline -opc)
    set -e words[1]
    set -l cmd ''
    set -l positionals 0
    set -l db ''
    set -l options_done 0
    set -l i 1
    while test $i -le (count $words)
        set -l word $words[$i]
        if test $options_done -eq 0; and test "$word" = --
            set options_done 1
        else if test $options_done -eq 0; and string match -qr -- '^-.' $word
            if string match -qr -- '^--[^=]+=' $word
                string match -qr -- '^--db=' $word; and set db (string replace -- '--db=' '' $word)
            else if contains -- $word (__kanbao_value_options)
                set i (math $i + 1)
                test "$word" = --db; and test $i -le (count $words); and set db $words[$i]
            end
        else if test -z "$cmd"; and test $positionals -eq 0; and contains -- $word (__kanbao_commands | string replace -r '\t.*' '')
            set cmd $word
        else
            set positionals (math $positionals + 1)
        end
        set i (math $i + 1)
    end
    printf '%s\n' $cmd $positionals $db
end

# Succeeds when the command on the line is one of the arguments ('' is the
# browser, kanbao without a command).
function __kanbao_using
    set -l parsed (__kanbao_parse)
    contains -- "$parsed[1]" $argv
end

# Succeeds when no command and no other word has been typed yet.
function __kanbao_at_start
    set -l parsed (__kanbao_parse)
    test -z "$parsed[1]"; and test "$parsed[2]" -eq 0
end

# Succeeds when the word being typed is the value of an option (the word
# before it is --db, --limit, ...; one of the arguments, when given): then
# only that value is completed, and no option is offered, even for '-'.
function __kanbao_option_value
    set -l words (commandline -opc)
    test (count $words) -gt 1; or return 1
    if test (count $argv) -gt 0
        contains -- $words[-1] $argv
    else
        contains -- $words[-1] (__kanbao_value_options)
    end
end

# Succeeds when what is typed begins one of the commands.
function __kanbao_typing_command
    set -l typed (commandline -ct)
    for command in (__kanbao_commands | string replace -r '\t.*' '')
        string match -q -- "$typed*" $command; and return 0
    end
    return 1
end

# Runs kanbao with the library of the command line (--db), else the one
# 'kanbao config' names ($KANBAO_DB, the configuration files or the default).
# Prints nothing, rather than creating it from the sample pages, when that is
# the default library and it does not exist yet.
function __kanbao_query
    set -l program (commandline -opc)[1]
    set program (string replace -r -- '^~/' "$HOME/" $program)
    command -q -- $program; or return 0
    set -l db (__kanbao_parse)[3]
    set -l db_args
    if test -n "$db"
        set db_args --db (string replace -r -- '^~/' "$HOME/" $db)
    else
        set -l library ($program config 2>/dev/null | string replace -rf -- '^library = (.*)  # default$' '$1')
        if test -n "$library"; and not test -e "$library"
            return 0
        end
    end
    $program $db_args $argv 2>/dev/null
end

function __kanbao_districts
    __kanbao_query districts | awk 'NR > 1 && $1 != "(unknown)" && $1 != "全部" && $1 != "All" && $1 != "district" { print $1 }'
end

function __kanbao_papers
    __kanbao_query papers | awk 'NR > 1 && $1 != "(unknown)" && $1 != "未知报纸" { print $1 }'
end

# IDs with their titles, from 'kanbao list --json' (one key a line): the
# text table's columns run together where one is empty (a paper without
# pages), so the title is not always where its header is.
function __kanbao_articles
    __kanbao_query list --json --limit 200 | awk '
        /^    "id": / { id = $2; sub(/,$/, "", id) }
        /^    "title": "/ {
            title = $0
            sub(/^    "title": "/, "", title)
            sub(/",?$/, "", title)
            gsub(/\\\\\\\\/, "\\001", title)
            gsub(/\\\\"/, "\\"", title)
            gsub(/\\001/, "\\\\", title)
        }
        /^  }/ { if (id != "") print id "\t" title; id = ""; title = "" }'
end

complete -c kanbao -e
complete -c kanbao -f

# Commands, and files (the browser's PATH) when no command is being typed.
complete -c kanbao -n '__kanbao_at_start; and __kanbao_typing_command; and not __kanbao_option_value' -a '(__kanbao_commands)'
complete -c kanbao -n '__kanbao_at_start; and not __kanbao_typing_command; and not __kanbao_option_value' -F

# Global options.
complete -c kanbao -n 'not __kanbao_option_value' -l db -r -F -d 'the library file (default: $KANBAO_DB, else $XDG_DATA_HOME/kanbao/library.db)'
complete -c kanbao -n 'not __kanbao_option_value' -l color -x -a 'auto always never' -d 'emphasise matches: auto (on a terminal, unless NO_COLOR is set), always, never'
complete -c kanbao -n 'not __kanbao_option_value' -l help -d 'show help for kanbao or for a command'
complete -c kanbao -n 'not __kanbao_option_value' -l version -d 'show the version of kanbao and of the libraries it uses'

# The browser.
complete -c kanbao -n "__kanbao_using ''; and not __kanbao_option_value" -l mouse -d 'enable the mouse (wheel scrolls, click selects)'

# index PATH...
complete -c kanbao -n '__kanbao_using index; and not __kanbao_option_value' -F
complete -c kanbao -n '__kanbao_using index; and not __kanbao_option_value' -l year -x -d 'the year of pages whose path names none'
complete -c kanbao -n '__kanbao_using index; and not __kanbao_option_value' -l paper -x -a '(__kanbao_papers)' -d "the paper of every page (instead of the path's)"
complete -c kanbao -n '__kanbao_using index; and not __kanbao_option_value' -l date -x -d "the issue (publication date: 2023-06-21, 2023/6/21, 20230621, 2023年6月21日) of every page (instead of the path's)"
complete -c kanbao -n '__kanbao_using index; and not __kanbao_option_value' -l rebuild -d 'drop every article and index PATH... anew'
complete -c kanbao -n '__kanbao_using index; and not __kanbao_option_value' -l quiet -d 'print only warnings and errors: no progress, notes or summary'

# import LIBRARY
complete -c kanbao -n '__kanbao_using import; and not __kanbao_option_value' -F
complete -c kanbao -n '__kanbao_using import; and not __kanbao_option_value' -l quiet -d 'print only errors'

# Output formats, districts, papers and limits.
complete -c kanbao -n '__kanbao_using list show districts papers search; and not __kanbao_option_value' -l json -d 'print JSON instead of text for people'
complete -c kanbao -n '__kanbao_using list show districts papers search; and not __kanbao_option_value' -l format -x -a 'text json jsonl markdown' -d 'text, json, jsonl or markdown'
complete -c kanbao -n '__kanbao_using export; and not __kanbao_option_value' -l format -x -a 'jsonl json markdown' -d 'jsonl (the default), json (one array) or markdown'
complete -c kanbao -n '__kanbao_using list search export; and not __kanbao_option_value' -l district -x -a '(__kanbao_districts)' -d 'only articles of this district (name or alias)'
complete -c kanbao -n '__kanbao_using list search export; and not __kanbao_option_value' -l paper -x -a '(__kanbao_papers)' -d 'only articles of this paper'
complete -c kanbao -n '__kanbao_using list export; and not __kanbao_option_value' -l from -x -d 'only articles dated DATE or later: a day (2023-06-21, 2023/6/21, 20230621, 2023年6月21日), a month (2023-06, 2023年6月) or a year (2023)'
complete -c kanbao -n '__kanbao_using list export; and not __kanbao_option_value' -l to -x -d 'only articles dated DATE or earlier: a day, a month or a year, as --from takes them'
complete -c kanbao -n '__kanbao_using list search; and not __kanbao_option_value' -l limit -x -d 'print at most N results (0 = no limit)'
complete -c kanbao -n '__kanbao_using show; and not __kanbao_option_value' -l source -d 'print the page text the article came from instead'

# show ID: the library's article IDs, described by their titles.
complete -c kanbao -n '__kanbao_using show; and test (__kanbao_parse)[2] -eq 0; and not __kanbao_option_value' -a '(__kanbao_articles)'

# help COMMAND: the commands.
complete -c kanbao -n '__kanbao_using help; and test (__kanbao_parse)[2] -eq 0; and not __kanbao_option_value' -a '(__kanbao_commands)'

# Option values given as the next word (--format=VALUE is completed by the
# option's own line above). --year, --date and --limit take numbers: nothing
# offered.
complete -c kanbao -n '__kanbao_option_value --db' -F
complete -c kanbao -n '__kanbao_option_value --color' -a 'auto always never'
complete -c kanbao -n '__kanbao_option_value --format; and __kanbao_using export' -a 'jsonl json markdown'
complete -c kanbao -n '__kanbao_option_value --format; and not __kanbao_using export' -a 'text json jsonl markdown'
complete -c kanbao -n '__kanbao_option_value --district' -a '(__kanbao_districts)'
complete -c kanbao -n '__kanbao_option_value --paper' -a '(__kanbao_papers)'
