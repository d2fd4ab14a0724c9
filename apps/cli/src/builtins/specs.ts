// Every builtin command as data: its path, summary, flags and positional arguments (with what completes
// them). Completion walks these like the API commands; each builtin's parser and help use the same flags.

import { CONTRACT_FLAGS } from '../contract/options.js';
import { HELP_FLAG } from '../model/global-flags.js';
import type { CommandSpec } from '../model/types.js';
import { API_FLAGS } from './api/args.js';
import { AUDIT_COMMAND } from './audit.js';
import { AUTH_COMMANDS } from './auth-spec.js';
import { SHELLS } from './completion-scripts.js';
import { CONFIG_COMMANDS, CONFIG_KEYS } from './config.js';
import { DOCTOR_FLAGS } from './doctor.js';
import { MOCK_COMMANDS } from './mock.js';

/** A builtin's command, with what completes its positional arguments. */
export interface BuiltinSpec extends CommandSpec {
  /** Candidates for positional argument n (0-based), when they are known words. */
  complete?: (n: number) => 'profiles' | Array<{ value: string; description?: string }> | undefined;
  /** It talks to a server: the profile and the config file are checked before its arguments. */
  target?: boolean;
}

/** The reasons a builtin gives for the global flags it refuses, where one helps more than the refusal. */
function withReasons(spec: BuiltinSpec): BuiltinSpec {
  const names = new Set(spec.flags.map((f) => f.name));
  const refuses: Record<string, string> = { ...spec.refuses };
  if (names.has('jq') && !names.has('json'))
    refuses.json = 'it prints JSON with -o json; pick fields with --jq';
  if (!names.has('dry-run') && !spec.target)
    refuses['dry-run'] = 'it changes nothing on a server, so there is no request to preview';
  return Object.keys(refuses).length ? { ...spec, refuses } : spec;
}

const SPECS: BuiltinSpec[] = [
  {
    path: ['api'],
    summary: 'Call any API path',
    target: true,
    flags: API_FLAGS,
    positionals: [
      { name: 'method', description: 'GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS' },
      { name: 'path', description: 'the path, relative to the server', required: true },
    ],
  },
  ...Object.entries(AUTH_COMMANDS).map(
    ([name, c]): BuiltinSpec => ({
      path: ['auth', name],
      summary: c.summary,
      flags: c.flags,
      positionals:
        name === 'use' ? [{ name: 'profile', description: 'a saved profile', required: true }] : [],
      ...(name === 'use' ? { complete: (n: number) => (n === 0 ? 'profiles' : undefined) } : {}),
    }),
  ),
  {
    path: ['doctor'],
    summary: 'Check configuration, reachability, authentication, release and clock skew',
    flags: DOCTOR_FLAGS,
    positionals: [],
  },
  {
    path: ['completion'],
    summary: 'Print a shell completion script',
    flags: [HELP_FLAG],
    positionals: [{ name: 'shell', description: Object.keys(SHELLS).join(', '), required: true }],
    complete: (n) =>
      n === 0
        ? Object.keys(SHELLS).map((value) => ({ value, description: `script for ${value}` }))
        : undefined,
  },
  ...MOCK_COMMANDS,
  ...CONFIG_COMMANDS.map(
    (c): BuiltinSpec => ({
      ...c,
      complete: (n) =>
        n === 0 && c.positionals[0]?.name === 'key'
          ? Object.entries(CONFIG_KEYS).map(([value, k]) => ({ value, description: k.description }))
          : undefined,
    }),
  ),
  AUDIT_COMMAND,
  {
    path: ['contract', 'run'],
    summary: "Call the spec's GET operations on a server and check every answer against the spec",
    flags: CONTRACT_FLAGS,
    positionals: [],
    target: true,
  },
];

export const BUILTIN_SPECS: BuiltinSpec[] = SPECS.map(withReasons);

/** The builtin `words` name (`['auth', 'login', …]`), and how many of the words its path took. */
export function findBuiltin(words: string[]): BuiltinSpec | undefined {
  return BUILTIN_SPECS.filter((s) => s.path.every((p, i) => words[i] === p)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
}

/** The subcommands of a builtin group (`auth` → login, status, logout, use). */
export function subcommands(name: string): BuiltinSpec[] {
  return BUILTIN_SPECS.filter((s) => s.path[0] === name && s.path.length === 2);
}
