// The command model: every command is described by data (name, summary, flags, positional arguments), and
// parsing, help, completion and suggestions are derived from that description.

/** One flag of a command. */
export interface FlagSpec {
  /** The long name, without dashes: `project`. */
  name: string;
  /** One letter: `p` for `-p`. */
  short?: string;
  type: 'string' | 'boolean';
  /** What the value is, for help: `<name>`, `<integer>`, `<path>`. */
  value?: string;
  /** May be given more than once; the values are kept in order. */
  multiple?: boolean;
  /** `--json` alone (no value) means something too. */
  optionalValue?: boolean;
  description: string;
  required?: boolean;
  /** Values it accepts, for help and completion. */
  enum?: string[];
  /** Other names accepted but neither shown nor completed (the API's own parameter names). */
  aliases?: string[];
  /** Completion offers file names. */
  files?: boolean;
  /** Completion offers saved profiles (`profile`) or their servers (`server`). */
  complete?: 'profile' | 'server' | 'output';
  /**
   * The value is a duration (`90`, `90s`, `5m`, `1h30m`), checked when the line is parsed; `positive`: and
   * above zero.
   */
  duration?: boolean | 'positive';
}

/** One positional argument. */
export interface PositionalSpec {
  name: string;
  description: string;
  required?: boolean;
}

/** A command as data. */
export interface CommandSpec {
  /** The words that name it: `['workflow', 'task']`, `['auth', 'login']`, `['doctor']`. */
  path: string[];
  aliases?: string[];
  summary: string;
  flags: FlagSpec[];
  positionals: PositionalSpec[];
  /** Why a global flag this command does not take means nothing here, for the error that refuses it. */
  refuses?: Record<string, string>;
}
