// Commands that are not API operations. Each module is loaded only when its command runs.
import type { IO } from '../io.js';
import type { ParsedLine } from '../model/parse.js';
import type { BuiltinSpec } from './specs.js';

/**
 * What a builtin gets: the command named (undefined for a group such as `auth` alone, or `auth help`), its
 * line parsed by that command's descriptor, whether help was asked for, the CLI version and the IO to use.
 */
export interface BuiltinContext {
  /** The words after the command's name (what `line` was parsed from). */
  argv: string[];
  command?: BuiltinSpec;
  /** Values by flag name, and the positional words after the command's name. */
  line: ParsedLine;
  help: boolean;
  version: string;
  io: IO;
}

export interface Builtin {
  /** One line for `zadigctl --help`. */
  summary: string;
  load(): Promise<{ run(context: BuiltinContext): Promise<number> }>;
}

export const BUILTINS: Record<string, Builtin> = {
  api: {
    summary: 'Call any API path: zadigctl api GET /openapi/projects/project',
    load: () => import('./api.js'),
  },
  auth: {
    summary: 'Log in to a Zadig server, show or remove credentials (profiles)',
    load: () => import('./auth.js'),
  },
  doctor: {
    summary: 'Check configuration, reachability, authentication and clock skew',
    load: () => import('./doctor.js'),
  },
  completion: {
    summary: 'Shell completion script: zadigctl completion bash|zsh|fish|powershell',
    load: () => import('./completion.js'),
  },
  mock: {
    summary: 'The shared mock server --mock uses: zadigctl mock start|stop|status',
    load: () => import('./mock.js'),
  },
  config: {
    summary: 'Settings of the profile in use: zadigctl config set project demo',
    load: () => import('./config.js'),
  },
  audit: {
    summary: 'Show the log of write requests zadigctl sent (audit trail)',
    load: () => import('./audit.js'),
  },
  contract: {
    summary: 'Check a Zadig server against the spec (read-only by default)',
    load: () => import('./contract.js'),
  },
};
