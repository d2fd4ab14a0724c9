// zadigctl's config file, which zadig-mcp and scripts read too: reading (with clear errors naming the file and the key at fault), permission checks, and
// atomic updates that keep the user's comments and any keys zadigctl does not know.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { chmod, mkdir, open, readFile, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Document } from 'yaml';
import { CONFIG_FAILURE, ConfigFileError } from '../errors.js';
import { readPlainYaml } from './plain-yaml.js';

/** One saved server: its address and the API token for it. */
export interface Profile {
  url: string;
  /** Optional, so that a profile can name a server whose token comes from `ZADIG_TOKEN`. */
  token?: string;
  /** The project commands use when `--project` is not given (`zadigctl config set project demo`). */
  project?: string;
  /** The server's Zadig release (`v5.0.0`), found by `auth login` and `doctor`, or set by hand. */
  zadigVersion?: string;
  /** A PEM bundle of CAs to trust for this server (a private CA), besides the system's. */
  caFile?: string;
  /** Skip certificate checks for this server: for a test installation only; every use warns. */
  insecureSkipTlsVerify?: boolean;
}

/** The string keys of a profile that `config set` may change. */
export type ProfileKey = 'project' | 'zadigVersion' | 'caFile';

/** What the config file holds. */
export interface ConfigData {
  defaultProfile?: string;
  profiles: Record<string, Profile>;
}

/** The config file as read: its data, whether it exists, and problems that do not stop zadigctl. */
export interface LoadedConfig {
  path: string;
  exists: boolean;
  data: ConfigData;
  /** Permission bits (`0o600`), when the file exists and the platform has them. */
  mode?: number;
  /** E.g. the file is readable by other users. */
  warnings: string[];
}

/** Edits applied by {@link updateConfig}. */
export interface ConfigEditor {
  setProfile(name: string, profile: Profile): void;
  removeProfile(name: string): void;
  setDefault(name: string | undefined): void;
  /** Sets (or with undefined removes) one key of an existing profile, keeping the rest. */
  setProfileKey(name: string, key: ProfileKey, value: string | undefined): void;
}

const HEADER =
  ' zadigctl configuration, written by `zadigctl auth login`.\n It holds API tokens: keep it private (mode 0600).';

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function parse(path: string, text: string): Promise<Document> {
  const { parseDocument } = await import('./yaml.js');
  const doc = parseDocument(text, { prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    // Only the position and the parser's message: an excerpt of the line could contain a token.
    throw new ConfigFileError(
      `${path}:${lineAndColumn(text, error.pos[0])}: not valid YAML: ${error.message.split('\n')[0]}`,
      'Fix the file, or remove it and run `zadigctl auth login` again.',
    );
  }
  return doc;
}

function validate(path: string, value: unknown): ConfigData {
  if (value === null || value === undefined) return { profiles: {} };
  const fail = (what: string) =>
    new ConfigFileError(
      `${path}: ${what}`,
      'Expected `defaultProfile: <name>` and `profiles: {<name>: {url, token}}`.',
    );
  if (!isMapping(value)) throw fail('expected a mapping at the top level');
  const { defaultProfile, profiles } = value;
  if (defaultProfile !== undefined && defaultProfile !== null && typeof defaultProfile !== 'string') {
    throw fail('defaultProfile must be a string');
  }
  if (profiles !== undefined && profiles !== null && !isMapping(profiles)) {
    throw fail('profiles must be a mapping of profile names to {url, token}');
  }
  const data: ConfigData = { profiles: {} };
  if (typeof defaultProfile === 'string') data.defaultProfile = defaultProfile;
  for (const [name, entry] of Object.entries(profiles ?? {})) {
    if (!isMapping(entry)) throw fail(`profiles.${name} must be a mapping with url and token`);
    if (typeof entry.url !== 'string' || entry.url === '')
      throw fail(`profiles.${name}.url must be a non-empty string`);
    if (entry.token !== undefined && entry.token !== null && typeof entry.token !== 'string') {
      throw fail(`profiles.${name}.token must be a string (quote it)`);
    }
    for (const key of ['project', 'zadigVersion', 'caFile'] as const) {
      if (entry[key] !== undefined && entry[key] !== null && typeof entry[key] !== 'string') {
        throw fail(`profiles.${name}.${key} must be a string (quote it)`);
      }
    }
    const insecure = entry.insecureSkipTlsVerify;
    if (insecure !== undefined && insecure !== null && typeof insecure !== 'boolean') {
      throw fail(`profiles.${name}.insecureSkipTlsVerify must be true or false`);
    }
    data.profiles[name] = {
      url: entry.url,
      ...(typeof entry.token === 'string' && entry.token !== '' ? { token: entry.token } : {}),
      ...(typeof entry.project === 'string' && entry.project !== '' ? { project: entry.project } : {}),
      ...(typeof entry.zadigVersion === 'string' && entry.zadigVersion !== ''
        ? { zadigVersion: entry.zadigVersion }
        : {}),
      ...(typeof entry.caFile === 'string' && entry.caFile !== '' ? { caFile: entry.caFile } : {}),
      ...(insecure === true ? { insecureSkipTlsVerify: true } : {}),
    };
  }
  return data;
}

function permissionWarning(path: string, mode: number): string | undefined {
  if (process.platform === 'win32' || (mode & 0o077) === 0) return undefined;
  return `${path} is accessible by other users (mode ${(mode & 0o777).toString(8).padStart(4, '0')}) and holds API tokens; run: chmod 600 ${path}`;
}

function readWithMode(path: string): { text: string; mode: number } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigFileError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return { mode: fstatSync(fd).mode, text: readFileSync(fd, 'utf8') };
  } catch (error) {
    throw new ConfigFileError(`cannot read ${path}: ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigFileError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/**
 * Reads the config file. A missing file is an empty config; a malformed one throws {@link ConfigFileError}; one
 * that other users can read is used, with a warning (as a private key file would deserve a refusal, but a
 * refusal here would lock people out of every command for a fix they can make with one chmod).
 */
export async function loadConfig(path: string): Promise<LoadedConfig> {
  // Read at once, with its mode from the same open file: every command reads it first, and a command-line run
  // has nothing else to do meanwhile.
  const read = readWithMode(path);
  if (read === undefined) return { path, exists: false, data: { profiles: {} }, warnings: [] };
  const { text, mode } = read;
  // Most config files are the plain YAML zadigctl writes: read without loading the YAML library.
  const data = validate(path, readPlainYaml(text) ?? (await parse(path, text)).toJS());
  const warning = permissionWarning(path, mode);
  return { path, exists: true, data, mode: mode & 0o777, warnings: warning ? [warning] : [] };
}

function editorFor(doc: Document): ConfigEditor {
  const profilesMap = () => {
    const current = doc.get('profiles', true);
    if (!current || typeof current !== 'object' || !('items' in current)) {
      doc.set('profiles', doc.createNode({}));
    }
  };
  return {
    setProfile(name, profile) {
      profilesMap();
      doc.setIn(['profiles', name], doc.createNode(profile));
    },
    removeProfile(name) {
      if (doc.hasIn(['profiles', name])) doc.deleteIn(['profiles', name]);
    },
    setDefault(name) {
      if (name === undefined) doc.delete('defaultProfile');
      else doc.set('defaultProfile', name);
    },
    setProfileKey(name, key, value) {
      if (value === undefined) {
        if (doc.hasIn(['profiles', name, key])) doc.deleteIn(['profiles', name, key]);
      } else doc.setIn(['profiles', name, key], value);
    },
  };
}

/** Writes next to the target, then renames over it, so a reader never sees half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  // node:crypto only here: reading the file (every command) does not load it.
  const { randomBytes } = await import('node:crypto');
  const temporary = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await chmod(temporary, 0o600);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Reads the config file afresh, applies `edit`, and writes it back atomically with mode 0600 (its directory
 * 0700). Comments and unknown keys survive; a symlinked file is updated where it points.
 */
export async function updateConfig(path: string, edit: (editor: ConfigEditor) => void): Promise<ConfigData> {
  const text = await readIfExists(path);
  const doc = await parse(path, text ?? '');
  validate(path, doc.toJS());
  const fresh = text === undefined || text.trim() === '';
  edit(editorFor(doc));
  if (fresh) {
    // A new file reads best with the default profile first.
    const { defaultProfile, profiles } = validate(path, doc.toJS());
    doc.contents = doc.createNode(defaultProfile ? { defaultProfile, profiles } : { profiles });
    doc.commentBefore = HEADER;
  }
  const target = text === undefined ? path : await realpath(path);
  try {
    await writeAtomically(target, doc.toString());
  } catch (error) {
    throw new ConfigFileError(
      `cannot write ${target}: ${(error as Error).message}`,
      undefined,
      CONFIG_FAILURE,
    );
  }
  return validate(path, doc.toJS());
}
