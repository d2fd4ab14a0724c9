// The canonical flags in request bodies. A body field the spec marks as a project, environment, service,
// workflow, release or test (`x-cli-flag`) is that flag's: `-p shop` fills a body lacking `project_key`, the
// default project fills it when no flag is given, and a body value that disagrees with a flag is a usage
// error rather than a guess which one the user meant. A value the body has stands for the flag when none is
// given, so the path and query of the same request never name another project than its body.
import type { Setting } from '../config/profile-settings.js';
import { UsageError } from '../exit-codes.js';
import type { FlagValue } from '../model/parse.js';

/** Flags whose thing has a default (ZADIG_PROJECT, the profile's project). */
const DEFAULTED = 'project';

export interface BodyFlagsInput {
  /** `{ flag: property }` from the spec's marks. */
  marks: Record<string, string | undefined>;
  /** Flags as given (positional arguments already mapped to theirs). */
  given: Record<string, FlagValue | undefined>;
  body: unknown;
  /** Where the body came from, for messages (`v.yaml`, `stdin`). */
  source: string;
  /** Build a body from the flags when none was given (the operation requires one). */
  build: boolean;
  defaultProject(): Promise<Setting | undefined>;
}

export interface BodyFlagsResult {
  body: unknown;
  /** Flag values taken from the body, for the path and query parameters of the same flag. */
  fromBody: Record<string, string>;
  /** The default project, when it filled the body (it was not named). */
  defaulted?: Setting;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function single(value: FlagValue | undefined): string | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/** The body with the marked fields filled from flags and the default project, and the values it gave. */
export async function applyBodyFlags(input: BodyFlagsInput): Promise<BodyFlagsResult> {
  const { marks, given, source } = input;
  const fromBody: Record<string, string> = {};
  let body = input.body;
  // Only an object body has fields to fill; anything else is left for validation to report.
  if (body !== undefined && !isObject(body)) return { body, fromBody };
  const set = (property: string, value: string) => {
    body = { ...((body as Record<string, unknown> | undefined) ?? {}), [property]: value };
  };
  for (const [flag, property] of Object.entries(marks)) {
    if (!property) continue;
    const explicit = single(given[flag]);
    const present = isObject(body) ? body[property] : undefined;
    if (explicit !== undefined && present !== undefined && present !== null) {
      if (String(present) !== explicit) {
        throw new UsageError(
          `--${flag} ${JSON.stringify(explicit)} disagrees with ${property}: ${JSON.stringify(present)} in the body from ${source}`,
          `Give the ${flag} once: drop --${flag}, or change ${property} in the body.`,
        );
      }
      continue;
    }
    if (present !== undefined && present !== null) {
      fromBody[flag] = String(present);
      continue;
    }
    if (explicit !== undefined && (body !== undefined || input.build)) set(property, explicit);
  }
  // The default fills only a body there is (given, or built from flags), and never overrides its value.
  const property = marks[DEFAULTED];
  if (property && isObject(body) && (body[property] === undefined || body[property] === null)) {
    const project = await input.defaultProject();
    if (project) {
      set(property, project.value);
      return { body, fromBody, defaulted: project };
    }
  }
  return { body, fromBody };
}
