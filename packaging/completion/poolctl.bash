# bash completion for poolctl (Pool Studio's command line).
# Commands, their options, and the values options take; files for manifests.

_poolctl() {
  local cur prev words cword
  _init_completion -s || return

  local commands="clusters pools nodes get export plan apply delete-pool delete-node
    sizes cost validate lint fmt context"
  local global="--help --help-all --version --api-url --token-file --context --output"

  case $prev in
    -o | --output)
      COMPREPLY=($(compgen -W "table json yaml csv" -- "$cur"))
      return
      ;;
    --format)
      COMPREPLY=($(compgen -W "yaml terraform doctl" -- "$cur"))
      return
      ;;
    --by)
      COMPREPLY=($(compgen -W "pool cluster size tag:" -- "$cur"))
      [[ ${COMPREPLY[0]} == tag: ]] && compopt -o nospace
      return
      ;;
    --replace)
      COMPREPLY=($(compgen -W "blue-green in-place" -- "$cur"))
      return
      ;;
    --token-file)
      _filedir
      return
      ;;
    --journal-dir)
      _filedir -d
      return
      ;;
    --api-url | --context | --droplet-limit | --poll-interval | --settle-timeout)
      return
      ;;
  esac
  [[ $was_split ]] && return

  # The command: the first word that is not an option or an option's value.
  local i command=""
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      -o | --output | --format | --by | --token-file | --journal-dir | --api-url | --context | \
        --droplet-limit | --poll-interval | --settle-timeout) ((i++)) ;;
      -*) ;;
      *)
        command=${words[i]}
        break
        ;;
    esac
  done

  if [[ -z $command ]]; then
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W "$global" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    fi
    return
  fi

  local options=""
  case $command in
    export) options="--format" ;;
    plan) options="--replace= --prune --set-count" ;;
    apply) options="--yes --prune --set-count --replace= --rewrite --resume --rollback --forget
      --journal-dir --poll-interval --settle-timeout" ;;
    delete-pool) options="--yes" ;;
    delete-node) options="--yes --skip-drain --replace" ;;
    sizes) options="--refresh" ;;
    cost) options="--by" ;;
    lint) options="--droplet-limit" ;;
    fmt) options="--write" ;;
    context)
      if [[ ${words[cword - 1]} == context ]]; then
        COMPREPLY=($(compgen -W "list use import-doctl" -- "$cur"))
        return
      fi
      [[ ${words[cword - 1]} == import-doctl ]] && options="--store-in-file" && _filedir
      ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options $global" -- "$cur"))
    [[ ${COMPREPLY[0]} == *= ]] && compopt -o nospace
    return
  fi
  case $command in
    plan | apply | validate | lint | fmt) _filedir '@(yaml|yml)' ;;
  esac
} && complete -F _poolctl poolctl
