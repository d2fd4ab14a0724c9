// Commands that are not API operations. Each module is loaded only when its command runs.
import type { IO } from '../io.js';

/** What a builtin gets: its arguments (after its name), the CLI version and the IO to use. */
export interface BuiltinContext {
  argv: string[];
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
