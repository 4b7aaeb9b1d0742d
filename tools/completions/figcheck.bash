# bash completion for figcheck (installed to share/bash-completion/completions/figcheck).
# Keep in step with the options of tools/figcheck/*_command.cc; tests/cli/install_test.py runs it.
_figcheck() {
  local cur prev words cword
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  local commands="check parse extract rates convert serve config"
  local formats="text json junit sarif github markdown html compact"
  local command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      check|parse|extract|rates|convert|serve|config) command=${COMP_WORDS[i]}; break ;;
    esac
  done
  if [[ -z $command ]]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  case $prev in
    --format)
      case $command in
        check) COMPREPLY=($(compgen -W "$formats" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
      esac
      return ;;
    --rates) COMPREPLY=($(compgen -W "default fred ecb" -- "$cur") $(compgen -f -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --lang) COMPREPLY=($(compgen -W "en ko" -- "$cur")); return ;;
    -o|--output|--evaluate|--save-facts|--config|--baseline|--write-baseline) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --rate-tolerance|--date|--to|--published|--currency|-j|--jobs|--port|--host|--threads) return ;;
  esac
  local options="--help"
  case $command in
    check) options="--rates --format -o --output --color --lang --rate-tolerance --rate-window --config --strict --allow-drafts --baseline --write-baseline --compare-rates --amount-rounding
                    -j --jobs --ndjson --published --save-facts --help" ;;
    parse) options="--format --currency --help" ;;
    extract) options="--published -o --output --evaluate --help" ;;
    rates) options="--rates --format --help" ;;
    convert) options="--to --date --rates --format --help" ;;
    serve) options="--port --host --rates --threads --help" ;;
    config) options="--config --rates --rate-tolerance --rate-window --format --help" ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _figcheck figcheck
