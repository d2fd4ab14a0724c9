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
    summary: 'Shell completion script: zadigctl completion bash|zsh|fish',
    load: () => import('./completion.js'),
  },
  contract: {
    summary: 'Check a Zadig server against the spec (read-only by default)',
    load: () => import('./contract.js'),
  },
};
