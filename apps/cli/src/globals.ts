import { UsageError } from './exit-codes.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output/render.js';

/** Flags every command accepts. */
export interface GlobalFlags {
  output: OutputFormat;
  /** `--json a,b`: fields to keep (implies JSON output). */
  fields?: string[];
  /** `--json` alone: list the fields there are. */
  listFields?: boolean;
  /** `--jq <filter>`. */
  jq?: string;
  /** `--zadig-version`: the server's release. */
  zadigVersion?: string;
  server?: string;
  profile?: string;
  /** `--ca-file`: CA certificates to trust for the server. */
  caFile?: string;
  /** `--request-timeout`, as given (a duration; read where requests are made). */
  requestTimeout?: string;
  mock: boolean;
  dryRun: boolean;
  yes: boolean;
  /** `--show-secrets`: print the secrets answers hold instead of `[redacted]`. */
  showSecrets: boolean;
  help: boolean;
}

export { closest } from './model/suggest.js';

export function globalFlags(values: Record<string, unknown>): GlobalFlags {
  const listFields = values.json === true;
  const fields =
    typeof values.json === 'string'
      ? values.json
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean)
      : undefined;
  const output = (values.output as string | undefined) ?? (fields || listFields ? 'json' : 'table');
  if (!OUTPUT_FORMATS.includes(output as OutputFormat)) {
    throw new UsageError(
      `--output: unknown format ${JSON.stringify(output)}; expected one of ${OUTPUT_FORMATS.join(', ')}`,
    );
  }
  if (fields && fields.length === 0)
    throw new UsageError('--json: expected a comma-separated list of fields (or --json alone to list them)');
  const jq = typeof values.jq === 'string' ? values.jq : undefined;
  if (jq !== undefined && !jq.trim()) throw new UsageError('--jq needs a filter, e.g. --jq .list');
  const zadigVersion =
    typeof values['zadig-version'] === 'string' ? values['zadig-version'].trim() : undefined;
  if (zadigVersion === '') throw new UsageError('--zadig-version needs a release, e.g. v5.0.0');
  return {
    output: output as OutputFormat,
    ...(fields ? { fields } : {}),
    ...(listFields ? { listFields } : {}),
    ...(jq !== undefined ? { jq } : {}),
    ...(zadigVersion ? { zadigVersion } : {}),
    ...(typeof values.server === 'string' ? { server: values.server } : {}),
    ...(typeof values.profile === 'string' ? { profile: values.profile } : {}),
    ...(typeof values['ca-file'] === 'string' ? { caFile: values['ca-file'] } : {}),
    ...(typeof values['request-timeout'] === 'string' ? { requestTimeout: values['request-timeout'] } : {}),
    mock: Boolean(values.mock),
    dryRun: Boolean(values['dry-run']),
    yes: Boolean(values.yes),
    showSecrets: Boolean(values['show-secrets']),
    help: Boolean(values.help),
  };
}
