// Help texts of `zadigctl contract` and `zadigctl contract run`.

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

Flags:
  --server <url>          Zadig server (else the profile or ZADIG_URL); the token comes from ZADIG_TOKEN
  --profile <name>        Server and token of a saved profile
  --mock                  Run against the built-in mock server (Prism)
  --include <list>        Only these operationIds or tags, comma-separated, case-insensitive (e.g. Workflow)
  --exclude <list>        Leave out these operationIds or tags
  --params <file>         YAML or JSON: parameter values, per-operation values and bodies (below)
  --allow-writes <ids>    Also send these non-GET operations, by operationId only (bodies from --params)
  --junit <file>          Also write a JUnit XML report: a testsuite per tag, a testcase per operation
  -o, --output <format>   table (default) or json
  --concurrency <n>       Requests at a time (default 4)
  --timeout <ms>          Timeout of each request (default 30000; event streams get at most 5000)
  -h, --help              Show this help

Params file:
  projectKey: demo                          # for every operation with a projectKey parameter
  envName: dev
  operations:
    getWorkflow: { name: build-deploy }     # for this operation only (wins over the above)
    checkClusterIstio: { expectStatus: [400] }   # a documented non-2xx that counts as a pass
    createReleasePlan:                      # sent only with --allow-writes createReleasePlan
      body: { name: nightly, manager: admin }

Results: PASS; FAIL (status not documented or not a success, wrong content type, body not valid against
the schema, no answer); SKIP (deprecated and not named in --include, or a parameter without a value).
Writes run after the reads, one at a time, with values from --params only.

Exit codes: 0 nothing failed, 1 a check failed, 2 usage, 4 token rejected (401), 5 server unreachable.
`;
