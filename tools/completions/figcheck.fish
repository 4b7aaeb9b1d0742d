# fish completion for figcheck (installed to share/fish/vendor_completions.d/figcheck.fish).
# Keep in step with the options of tools/figcheck/*_command.cc.
set -l commands check parse extract rates convert serve config
complete -c figcheck -f
complete -c figcheck -n "not __fish_seen_subcommand_from $commands" -a check -d 'Check the figures of fact files'
complete -c figcheck -n "not __fish_seen_subcommand_from $commands" -a parse -d 'Show how figcheck reads a figure'
complete -c figcheck -n "not __fish_seen_subcommand_from $commands" -a extract -d 'Draft a fact file from an article'
complete -c figcheck -n "not __fish_seen_subcommand_from $commands" -a rates -d 'Show the rate figcheck would use'
complete -c figcheck -n "not __fish_seen_subcommand_from $commands" -a convert -d 'Convert an amount at a reference rate'
complete -c figcheck -n "not __fish_seen_subcommand_from $commands" -a serve -d 'Serve the desk page'
complete -c figcheck -n "not __fish_seen_subcommand_from $commands" -a config -d 'Show the settings check would use'
complete -c figcheck -n "not __fish_seen_subcommand_from $commands" -l version -d 'Version and embedded rate range'
complete -c figcheck -l help -d 'Show help'

complete -c figcheck -n "__fish_seen_subcommand_from check" -F
complete -c figcheck -n "__fish_seen_subcommand_from check" -l format -x -a 'text json junit sarif github markdown html compact'
complete -c figcheck -n "__fish_seen_subcommand_from check" -s o -l output -r -F
complete -c figcheck -n "__fish_seen_subcommand_from check" -l color -x -a 'auto always never'
complete -c figcheck -n "__fish_seen_subcommand_from check" -l lang -x -a 'en ko' -d 'language of the messages'
complete -c figcheck -n "__fish_seen_subcommand_from check" -l rate-tolerance -x
complete -c figcheck -n "__fish_seen_subcommand_from check" -l strict
complete -c figcheck -n "__fish_seen_subcommand_from check" -l allow-drafts
complete -c figcheck -n "__fish_seen_subcommand_from check" -l baseline -r -F
complete -c figcheck -n "__fish_seen_subcommand_from check" -l write-baseline -r -F
complete -c figcheck -n "__fish_seen_subcommand_from check config" -l config -r -F
complete -c figcheck -n "__fish_seen_subcommand_from config" -l format -x -a 'text json'
complete -c figcheck -n "__fish_seen_subcommand_from config" -l rate-tolerance -x
complete -c figcheck -n "__fish_seen_subcommand_from config" -l rate-window -x
complete -c figcheck -n "__fish_seen_subcommand_from check" -l compare-rates
complete -c figcheck -n "__fish_seen_subcommand_from check" -l amount-rounding
complete -c figcheck -n "__fish_seen_subcommand_from check" -s j -l jobs -x
complete -c figcheck -n "__fish_seen_subcommand_from check" -l ndjson
complete -c figcheck -n "__fish_seen_subcommand_from check rates convert serve config" -l rates -r -a 'default fred ecb'
complete -c figcheck -n "__fish_seen_subcommand_from parse rates convert" -l format -x -a 'text json'
complete -c figcheck -n "__fish_seen_subcommand_from parse" -l currency -x
complete -c figcheck -n "__fish_seen_subcommand_from extract" -F
complete -c figcheck -n "__fish_seen_subcommand_from extract" -l published -x
complete -c figcheck -n "__fish_seen_subcommand_from extract" -s o -l output -r -F
complete -c figcheck -n "__fish_seen_subcommand_from extract" -l evaluate -r -F
complete -c figcheck -n "__fish_seen_subcommand_from convert" -l to -x
complete -c figcheck -n "__fish_seen_subcommand_from convert" -l date -x
complete -c figcheck -n "__fish_seen_subcommand_from check" -l published -x
complete -c figcheck -n "__fish_seen_subcommand_from check" -l save-facts -r -F
complete -c figcheck -n "__fish_seen_subcommand_from serve" -l port -x
complete -c figcheck -n "__fish_seen_subcommand_from serve" -l host -x
complete -c figcheck -n "__fish_seen_subcommand_from serve" -l threads -x
