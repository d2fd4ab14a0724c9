import type { FlagSpec } from './types.js';

/** `-h, --help`, which every command and builtin takes. */
export const HELP_FLAG: FlagSpec = { name: 'help', short: 'h', type: 'boolean', description: 'show help' };

/** `-v, --version`, which only zadigctl itself takes (before any command). */
export const VERSION_FLAG: FlagSpec = {
  name: 'version',
  short: 'v',
  type: 'boolean',
  description: 'show the version',
};

/** Flags every command accepts (the ones that make sense for it: API commands take them all). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  {
    name: 'output',
    short: 'o',
    type: 'string',
    value: '<format>',
    enum: ['table', 'json', 'yaml', 'raw'],
    description: 'table (default; tab-separated when piped), json, yaml, raw',
    complete: 'output',
  },
  {
    name: 'json',
    type: 'string',
    value: '[fields]',
    optionalValue: true,
    description: 'print only these fields as JSON (dotted paths reach nested ones); alone: list the fields',
  },
  {
    name: 'jq',
    short: 'q',
    type: 'string',
    value: '<filter>',
    description: 'filter the JSON output with a jq expression',
  },
  {
    name: 'profile',
    type: 'string',
    value: '<name>',
    description: 'use a saved profile (default: ZADIG_PROFILE, then the default profile)',
    complete: 'profile',
  },
  {
    name: 'server',
    type: 'string',
    value: '<url>',
    description: 'Zadig address (default: ZADIG_URL, then the profile)',
    complete: 'server',
  },
  {
    name: 'ca-file',
    type: 'string',
    value: '<pem>',
    description: "CA certificates to trust for the server, e.g. a company CA (default: the profile's caFile)",
  },
  {
    name: 'zadig-version',
    type: 'string',
    value: '<release>',
    description: "the server's Zadig release, e.g. v5.0.0 (default: ZADIG_VERSION, then the profile's)",
  },
  {
    name: 'request-timeout',
    type: 'string',
    value: '<duration>',
    // 0 would mean no deadline to the client: not what a flag asking for a shorter wait means.
    duration: 'positive',
    description:
      'give up on an answer after this long, per attempt (retries are announced): 90 (seconds), 90s, 5m; default 60s',
  },
  { name: 'mock', type: 'boolean', description: 'run against the built-in mock server (no token needed)' },
  {
    name: 'dry-run',
    type: 'boolean',
    description: 'print the request instead of sending it (token redacted)',
  },
  { name: 'yes', short: 'y', type: 'boolean', description: 'do not ask before destructive operations' },
  {
    name: 'show-secrets',
    type: 'boolean',
    description:
      'show secrets the server sends (code-host tokens, passwords, credential variables) instead of [redacted]',
  },
  HELP_FLAG,
];
