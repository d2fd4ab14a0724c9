import { configPath } from '@zadig-ts/node';
import { ExitCode, UsageError } from '../exit-codes.js';
import { HELP_FLAG } from '../model/global-flags.js';
import { flagsHelp } from '../model/options.js';
import { SHELLS, type Shell } from './completion-scripts.js';
import type { BuiltinContext } from './index.js';

const HELP = `Print a shell completion script.

Usage: zadigctl completion bash|zsh|fish|powershell

  bash  source <(zadigctl completion bash)        (add it to ~/.bashrc)
  zsh   source <(zadigctl completion zsh)         (add it to ~/.zshrc, after compinit)
  fish  zadigctl completion fish | source         (or save to ~/.config/fish/completions/zadigctl.fish)
  powershell  zadigctl completion powershell | Out-String | Invoke-Expression   (add it to $PROFILE)

Completes modules, their commands, each command's flags (the same words everywhere: -p/--project,
-w/--workflow, …), and flag values: output formats, profile names, enum values, file names for --file.

${flagsHelp([HELP_FLAG])}
`;

/** `zadigctl completion <shell>` prints a script; `completion __complete -- <words>` answers the scripts. */
export async function run({ argv, line, help, io }: BuiltinContext): Promise<number> {
  const [first, ...rest] = line.positionals;
  if (first === '__complete') {
    // The words after `--` as typed (the line's own flags among them are the user's, not ours).
    const dashes = argv.indexOf('--');
    const words = dashes === -1 ? rest : argv.slice(dashes + 1);
    const { complete, formatCompletion } = await import('./completion-words.js');
    io.stdout.write(formatCompletion(await complete(words, configPath(io.env))));
    return ExitCode.Ok;
  }
  if (first === undefined || help || first === 'help') {
    io.stdout.write(HELP);
    return first === undefined && !help ? ExitCode.Usage : ExitCode.Ok;
  }
  if (!(first in SHELLS)) {
    throw new UsageError(
      `unknown shell ${JSON.stringify(first)} for \`zadigctl completion\``,
      `Expected one of: ${Object.keys(SHELLS).join(', ')}.`,
    );
  }
  if (rest.length)
    throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])} for \`zadigctl completion\``);
  io.stdout.write(SHELLS[first as Shell]);
  return ExitCode.Ok;
}
