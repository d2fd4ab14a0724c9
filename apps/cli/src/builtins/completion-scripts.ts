// The completion scripts. Each asks `zadigctl completion __complete -- <words>` what fits at the cursor,
// which answers one candidate a line (`value<TAB>description`) and `:files` when file names fit too.

const BASH = `# bash completion for zadigctl. Load it with:  source <(zadigctl completion bash)
# or save it as /etc/bash_completion.d/zadigctl (or ~/.local/share/bash-completion/completions/zadigctl).
_zadigctl_complete() {
  local line="\${COMP_LINE:0:COMP_POINT}"
  local -a words=()
  read -r -a words <<< "$line"
  # A trailing blank means a new, empty word is being completed.
  [[ "$line" =~ [[:space:]]$ ]] && words+=("")
  local cur="\${words[\${#words[@]}-1]}"
  local out
  out=$("\${words[0]}" completion __complete -- "\${words[@]:1}" 2>/dev/null) || return 0
  # Bash replaces only the part of the word after its last '=' or ':' (COMP_WORDBREAKS).
  local prefix="\${cur%"\${cur##*[=:]}"}"
  local item files=0
  COMPREPLY=()
  while IFS= read -r item; do
    [[ -z "$item" ]] && continue
    if [[ "$item" == ":files" ]]; then
      files=1
      continue
    fi
    item="\${item%%$'\\t'*}"
    COMPREPLY+=("\${item#"$prefix"}")
  done <<< "$out"
  if ((files)); then
    compopt -o filenames 2>/dev/null
    while IFS= read -r item; do COMPREPLY+=("$item"); done < <(compgen -f -- "\${cur#"$prefix"}")
  fi
  return 0
}
complete -F _zadigctl_complete zadigctl
`;

const ZSH = `#compdef zadigctl
# zsh completion for zadigctl. Load it with:  source <(zadigctl completion zsh)
# or save it as _zadigctl in a directory of $fpath (before compinit runs).
_zadigctl() {
  local -a lines candidates
  local line value description files=0
  lines=("\${(@f)$(\${words[1]} completion __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  for line in "\${lines[@]}"; do
    [[ -z "$line" ]] && continue
    if [[ "$line" == ":files" ]]; then
      files=1
      continue
    fi
    value="\${line%%$'\\t'*}"
    description=""
    [[ "$line" == *$'\\t'* ]] && description="\${line#*$'\\t'}"
    candidates+=("\${value//:/\\\\:}\${description:+:$description}")
  done
  ((\${#candidates})) && _describe -t values zadigctl candidates
  ((files)) && _files
  return 0
}
if [[ "$funcstack[1]" == "_zadigctl" ]]; then
  _zadigctl "$@"
else
  compdef _zadigctl zadigctl
fi
`;

const FISH = `# fish completion for zadigctl. Load it with:  zadigctl completion fish | source
# or save it as ~/.config/fish/completions/zadigctl.fish
function __zadigctl_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    for line in ($words[1] completion __complete -- $words[2..-1] "$current" 2>/dev/null)
        if test "$line" = ":files"
            __fish_complete_path "$current"
        else
            printf '%s\\n' "$line"
        end
    end
end
complete -c zadigctl -f -a '(__zadigctl_complete)'
`;

const POWERSHELL = `# PowerShell completion for zadigctl. Load it with:  zadigctl completion powershell | Out-String | Invoke-Expression
# or add that line to your profile ($PROFILE).
Register-ArgumentCompleter -Native -CommandName zadigctl -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $words = @()
    foreach ($element in $commandAst.CommandElements) {
        # Words before the cursor; the one the cursor ends (the word being completed) is passed apart.
        if ($element.Extent.EndOffset -ge $cursorPosition) { break }
        $words += $element.Extent.Text
    }
    $command = $words[0]
    $rest = @()
    if ($words.Count -gt 1) { $rest = $words[1..($words.Count - 1)] }
    $files = $false
    $lines = & $command completion __complete -- @rest "$wordToComplete" 2>$null
    foreach ($line in $lines) {
        if (-not $line) { continue }
        if ($line -eq ':files') { $files = $true; continue }
        $parts = $line -split "\t", 2
        $value = $parts[0]
        $description = if ($parts.Count -gt 1 -and $parts[1]) { $parts[1] } else { $value }
        [System.Management.Automation.CompletionResult]::new($value, $value, 'ParameterValue', $description)
    }
    if ($files) {
        Get-ChildItem -Path "$wordToComplete*" -ErrorAction SilentlyContinue | ForEach-Object {
            [System.Management.Automation.CompletionResult]::new($_.Name, $_.Name, 'ProviderItem', $_.Name)
        }
    }
}
`;

/** The shells there is a script for. */
export const SHELLS = { bash: BASH, zsh: ZSH, fish: FISH, powershell: POWERSHELL } as const;

/** A shell's name. */
export type Shell = keyof typeof SHELLS;
