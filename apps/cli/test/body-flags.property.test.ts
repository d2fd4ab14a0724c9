// A property over every operation whose body has a field marked with a canonical flag (x-cli-flag): with any
// mix of flag, body value and default project, the request --dry-run shows is what the rules say. A flag and a
// body value that differ are a usage error naming both; otherwise the body's value wins over the flag's
// (they agree), the flag fills a body lacking the field, the default project fills only what is left, and
// the path and query name the same thing as the body.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/commands/catalog.js';
import { bodyMarks, boundParameters } from '../src/commands/flags.js';
import { exampleBody } from '../src/output/body-fields.js';
import { propertiesOf, requestMedia } from '../src/output/schema.js';
import { runCli } from './run-cli.js';

const marked = commands.filter((c) => Object.keys(bodyMarks(c)).length && c.operation.requestBody);

interface Case {
  command: (typeof marked)[number];
  base: Record<string, unknown>;
  /** Flags for the required parameters no mark covers. */
  others: string[];
}

function caseOf(command: Case['command']): Case {
  const marks = bodyMarks(command);
  const example = exampleBody(command.operation.operationId)?.value as Record<string, unknown>;
  const base = Object.fromEntries(
    Object.entries(example ?? {}).filter(([key]) => !Object.values(marks).includes(key)),
  );
  const others = boundParameters(command)
    .filter((b) => b.parameter.required && !(b.flag in marks))
    .flatMap((b) => {
      const p = b.parameter;
      const value = p.enum ? String(p.enum[0]) : p.type === 'integer' || p.type === 'number' ? '1' : 'x1';
      return [`--${b.flag}`, value];
    });
  return { command, base, others };
}

const cases = marked.map(caseOf);
const value = fc.option(fc.constantFrom('alpha', 'beta'), { nil: undefined });

describe('canonical flags in bodies, over every marked operation', () => {
  it('has operations to check, each of which dry-runs with its marked fields given by flags alone', async () => {
    expect(cases.length).toBeGreaterThan(30);
    // Else the property below could pass on usage errors alone.
    for (const { command, base, others } of cases) {
      const flags = Object.keys(bodyMarks(command)).flatMap((flag) => [`--${flag}`, 'alpha']);
      const { code, stderr } = await runCli(
        [command.module, command.verb, ...others, ...flags, '--file', '-', '--dry-run'],
        { env: { ZADIG_URL: 'http://127.0.0.1:9', ZADIG_TOKEN: 't' }, input: JSON.stringify(base) },
      );
      expect(code, `${command.operation.operationId}: ${stderr}`).toBe(0);
    }
  }, 120_000);

  it('fills, defaults and refuses as specified', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases),
        fc.dictionary(
          fc.constantFrom('project', 'env', 'service', 'workflow', 'release', 'test'),
          fc.record({ flag: value, body: value }),
        ),
        value,
        async ({ command, base, others }, chosen, dflt) => {
          const marks = bodyMarks(command);
          const body: Record<string, unknown> = { ...base };
          const args: string[] = [command.module, command.verb, ...others];
          for (const [flag, property] of Object.entries(marks)) {
            const pick = chosen[flag];
            if (pick?.body !== undefined) body[property] = pick.body;
            if (pick?.flag !== undefined) args.push(`--${flag}`, pick.flag);
          }
          const { code, stdout, stderr } = await runCli([...args, '--file', '-', '--dry-run', '-o', 'json'], {
            env: {
              ZADIG_URL: 'http://127.0.0.1:9',
              ZADIG_TOKEN: 't',
              ...(dflt === undefined ? {} : { ZADIG_PROJECT: dflt }),
            },
            input: JSON.stringify(body),
          });
          const conflicts = Object.entries(marks).filter(([flag]) => {
            const pick = chosen[flag];
            return pick?.flag !== undefined && pick.body !== undefined && pick.flag !== pick.body;
          });
          if (conflicts.length) {
            expect(code).toBe(2);
            expect(stdout).toBe('');
            // -o json: the error is JSON on stderr.
            const message = String(JSON.parse(stderr).error.message);
            expect(
              conflicts.some(([flag, property]) =>
                message.startsWith(
                  `--${flag} "${chosen[flag]?.flag}" disagrees with ${property}: "${chosen[flag]?.body}"`,
                ),
              ),
              message,
            ).toBe(true);
            return;
          }
          const expected: Record<string, string | undefined> = {};
          for (const [flag, property] of Object.entries(marks)) {
            const pick = chosen[flag];
            expected[property] = pick?.body ?? pick?.flag ?? (flag === 'project' ? dflt : undefined);
          }
          const { required } = propertiesOf(requestMedia(command.operation.operationId)?.schema);
          const missingParameter = boundParameters(command).find((b) => {
            if (!b.parameter.required || !(b.flag in marks)) return false;
            const pick = chosen[b.flag];
            return (pick?.flag ?? pick?.body ?? (b.flag === 'project' ? dflt : undefined)) === undefined;
          });
          const missingField = Object.entries(expected).some(
            ([p, v]) => v === undefined && required.includes(p),
          );
          if (missingParameter || missingField) {
            expect(code, stderr).toBe(2);
            return;
          }
          expect(code, stderr).toBe(0);
          const shown = JSON.parse(stdout) as { url: string; body: Record<string, unknown> };
          for (const [property, v] of Object.entries(expected)) expect(shown.body[property]).toBe(v);
          // The path and query name what the body names.
          const url = new URL(shown.url);
          for (const { parameter: p, flag } of boundParameters(command)) {
            if (!(flag in marks)) continue;
            const pick = chosen[flag];
            const want = pick?.flag ?? pick?.body ?? (p.required && flag === 'project' ? dflt : undefined);
            if (want === undefined) continue;
            if (p.in === 'query') expect(url.searchParams.get(p.name)).toBe(want);
            else expect(url.pathname.split('/')).toContain(want);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 300_000);
});
