// Resources: each tracked Zadig release's bundled spec and the errata, for hosts that let the user (or the
// model) attach a document instead of calling tools for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ErrorCode, McpError, type Resource } from '@modelcontextprotocol/sdk/types.js';
import { TRACKED_RELEASES } from '@zadig-ts/client';
import { errata } from '../generated/errata.js';

const require = createRequire(import.meta.url);
const SPEC = 'zadig://spec/';
const ERRATA = 'zadig://errata';

/** The resources offered: one spec per tracked release, then the errata. */
export function listResources(configured: string | undefined): Resource[] {
  return [
    ...TRACKED_RELEASES.map((release) => ({
      uri: `${SPEC}${release}`,
      name: `zadig-openapi-${release}`,
      title: `Zadig OpenAPI spec, ${release}${release === configured ? ' (this server)' : ''}`,
      description: `The bundled OpenAPI 3.1 document of the operations Zadig ${release} routes.`,
      mimeType: 'application/json',
    })),
    {
      uri: ERRATA,
      name: 'zadig-errata',
      title: "Where Zadig's docs and server disagree",
      description:
        'Errata by operationId: what the docs say, what the server does, and where in its source. The spec and this server follow the server.',
      mimeType: 'application/json',
    },
  ];
}

/** The text of one resource, or an MCP error naming the resources there are. */
export function readResource(uri: string): { uri: string; mimeType: string; text: string } {
  if (uri === ERRATA) return { uri, mimeType: 'application/json', text: JSON.stringify(errata) };
  const release = uri.startsWith(SPEC) ? uri.slice(SPEC.length) : undefined;
  if (release && (TRACKED_RELEASES as readonly string[]).includes(release)) {
    const text = readFileSync(require.resolve(`@zadig-ts/openapi/releases/${release}.json`), 'utf8');
    return { uri, mimeType: 'application/json', text };
  }
  throw new McpError(
    ErrorCode.InvalidParams,
    `no resource ${JSON.stringify(uri)}: there are ${TRACKED_RELEASES.map((r) => `${SPEC}${r}`).join(', ')} and ${ERRATA}`,
  );
}
