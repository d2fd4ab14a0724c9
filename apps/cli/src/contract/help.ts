// Help texts of `zadigctl contract` and `zadigctl contract run`.
import { flagsHelp } from '../model/options.js';
import { CONTRACT_FLAGS } from './options.js';

/** `zadigctl contract --help`. */
export const CONTRACT_HELP = `Check a Zadig server against the spec (read-only by default)

Usage: zadigctl contract <command> [flags]

Commands:
  run    Call the spec's GET operations on a server and check every answer against the spec

Run \`zadigctl contract run --help\` for its flags.
`;

/** `zadigctl contract run --help`. */
export const RUN_HELP = `Call the spec's GET operations on a Zadig server and check every answer against the spec

Usage: zadigctl contract run [flags]

Each operation is called with parameters from --params, or found on the server (the first project,
environment, workflow, … of its list), and its answer is checked: a documented 2xx status, the documented
content type, and a body that validates against the schema for that status (each violation at its JSON
pointer). Event streams are only connected to. Nothing but GETs is sent unless --allow-writes names it.
Only the operations the server's release routes are called: the release is --zadig-version, else
ZADIG_VERSION or the profile's, else the one the server reports (a server without
/openapi/system/cli/context is older than v5.0.0); the others are skipped ("not in v4.3.0").

${flagsHelp(CONTRACT_FLAGS)}

Params file:
  projectKey: demo                          # for every operation with a projectKey parameter
  envName: dev
  operations:
    getWorkflow: { name: build-deploy }     # for this operation only (wins over the above)
    checkClusterIstio: { expectStatus: [400] }   # a documented non-2xx that counts as a pass
    createReleasePlan:                      # sent only with --allow-writes createReleasePlan
      body: { name: nightly, manager: admin }

Results: PASS; FAIL (status not documented or not a success, wrong content type, body not valid against
the schema, no answer); SKIP (not in the server's release, deprecated and not named in --include, or a
parameter without a value).
Writes run after the reads, one at a time, with values from --params only.

Exit codes: 0 nothing failed, 1 a check failed, 2 usage, 4 token rejected (401), 5 server unreachable.
`;
