// The flags of an API command. Zadig names the same thing differently from one endpoint to the next
// (`projectKey`, `projectName`, `project_key`; `workflowKey`, `workflowName`, `name`; `taskId`, `taskID`):
// zadigctl gives each thing one flag everywhere, and keeps the API's names as hidden aliases.
import { DURATION_FORMS } from '../model/duration.js';
import { GLOBAL_FLAGS } from '../model/global-flags.js';
import type { FlagSpec, PositionalSpec } from '../model/types.js';
import type { Command, OperationParameter } from './catalog.js';
import { kebab } from './catalog.js';
import { movedRouteParameters } from './moved-route.js';

/** The flag for an API parameter name, wherever it appears (operations may override with `x-cli-flags`). */
const CANONICAL: Record<string, string> = {
  projectKey: 'project',
  projectName: 'project',
  project_key: 'project',
  project_name: 'project',
  envName: 'env',
  env_name: 'env',
  serviceName: 'service',
  service_name: 'service',
  workflowKey: 'workflow',
  workflowName: 'workflow',
  workflow_key: 'workflow',
  workflow_name: 'workflow',
  taskId: 'task',
  taskID: 'task',
  task_id: 'task',
  jobName: 'job',
  versionName: 'release',
  version_name: 'release',
  buildName: 'build',
  testName: 'test',
  scanName: 'scan',
  podName: 'pod',
  containerName: 'container',
  cfgName: 'config',
  uid: 'user',
  gid: 'group',
};

/** The flag for an API name (`projectKey` -> `project`), if it is one of the canonical ones. */
export function canonicalFlag(name: string): string | undefined {
  return CANONICAL[name];
}

/** Permission endpoints call the project `namespace`. */
const MODULE_CANONICAL: Record<string, Record<string, string>> = { permission: { namespace: 'project' } };

/** One-letter forms of the flags used most. */
const SHORT: Record<string, string> = {
  project: 'p',
  env: 'e',
  service: 's',
  workflow: 'w',
  task: 't',
};

/** Flags that are a project, which ZADIG_PROJECT or the profile's project fills when required. */
export const PROJECT_FLAG = 'project';

/** `workflow run`: -f/-F set the workflow's variables (as `gh workflow run`), not body fields. */
export const WORKFLOW_RUN = 'executeWorkflow';

/** A parameter with the flag it is given by. */
export interface BoundParameter {
  parameter: OperationParameter;
  flag: string;
}

/** The flag of each path and query parameter of the command. */
export function boundParameters(command: Command): BoundParameter[] {
  const out: BoundParameter[] = [];
  const taken = new Set<string>();
  for (const p of [...command.operation.parameters, ...movedRouteParameters(command)]) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    if (out.some((b) => b.parameter.name === p.name)) continue;
    let flag =
      command.naming.flags?.[p.name] ??
      MODULE_CANONICAL[command.module]?.[p.name] ??
      CANONICAL[p.name] ??
      kebab(p.name);
    // Two parameters of one operation never share a flag: the second keeps its own name.
    if (taken.has(flag)) flag = kebab(p.name);
    taken.add(flag);
    out.push({ parameter: p, flag });
  }
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `{ flag: property }`: the body fields the spec marks as a canonical flag's (`x-cli-flag`). */
export function bodyMarks(command: Command): Record<string, string> {
  return Object.fromEntries(
    Object.entries(command.naming.body ?? {}).filter((e): e is [string, string] => e[1] !== undefined),
  );
}

/** The flag a positional argument fills: its parameter's, or that of the marked body field it names. */
export function argumentFlag(command: Command, name: string): string | undefined {
  const bound = boundParameters(command).find((b) => b.parameter.name === name);
  if (bound) return bound.flag;
  return Object.entries(bodyMarks(command)).find(([, property]) => property === name)?.[0];
}

/** ` (or as argument 2 after \`delete\`)` when parameter `name` is also given by position, else ''. */
export function positionHint(command: Command, name: string): string {
  const position = command.args.indexOf(name);
  return position >= 0 ? ` (or as argument ${position + 1} after \`${command.verb}\`)` : '';
}

/** Page number and size have defaults in zadigctl, though the spec may require them. */
export function isPaging(command: Command, name: string): boolean {
  return Boolean(command.operation.pagination) && (name === 'pageNum' || name === 'pageSize');
}

function valueName(p: OperationParameter): string {
  if (p.type === 'array') return `<${p.items ?? 'string'}>`;
  return p.type === 'string' ? '<string>' : `<${p.type}>`;
}

/** Every flag of an API command: its parameters, then body, wait and the global flags. */
export function commandFlags(command: Command): FlagSpec[] {
  const flags: FlagSpec[] = [];
  for (const { parameter: p, flag } of boundParameters(command)) {
    const aliases = [...new Set([p.name, kebab(p.name)])].filter((a) => a !== flag);
    const defaulted = isPaging(command, p.name);
    const isArray = p.type === 'array';
    flags.push({
      name: flag,
      ...(SHORT[flag] ? { short: SHORT[flag] } : {}),
      type: 'string',
      value: valueName(p),
      ...(isArray ? { multiple: true } : {}),
      description: `${oneLine(p.description)}${isArray ? ' Repeat the flag for several values.' : ''}${
        defaulted ? ` Default ${p.name === 'pageNum' ? 1 : 20}.` : ''
      }`,
      required: p.required && !defaulted,
      ...(p.enum ? { enum: p.enum.map(String) } : {}),
      ...(aliases.length ? { aliases } : {}),
    });
  }
  const taken = new Set(flags.map((f) => f.name));
  for (const [flag, property] of Object.entries(bodyMarks(command))) {
    if (taken.has(flag)) continue;
    taken.add(flag);
    flags.push({
      name: flag,
      ...(SHORT[flag] ? { short: SHORT[flag] } : {}),
      type: 'string',
      value: '<name>',
      description:
        flag === PROJECT_FLAG
          ? `the body's ${property}, where it lacks one (default: ZADIG_PROJECT, then the profile's project); must agree with the body`
          : `the body's ${property}, where it lacks one; must agree with the body`,
    });
  }
  if (command.operation.requestBody) {
    const runsWorkflow = command.operation.operationId === WORKFLOW_RUN;
    flags.push(
      {
        name: 'raw-field',
        short: 'f',
        type: 'string',
        value: '<key=value>',
        multiple: true,
        description: runsWorkflow
          ? "set a workflow variable (the workflow's variables are read first; an unknown key names them)"
          : 'set a body field, a string (gh api syntax: a[b]=1 nests, a[]=x appends)',
      },
      {
        name: 'field',
        short: 'F',
        type: 'string',
        value: '<key=value>',
        multiple: true,
        description: runsWorkflow
          ? 'set a workflow variable; @file reads the value from a file, @- from stdin'
          : 'set a body field, typed: true, false, null and numbers become JSON values; @file reads a file',
      },
      {
        name: 'strict',
        type: 'boolean',
        description: 'refuse (exit 2) body keys the schema does not know, instead of warning',
      },
      {
        name: 'file',
        type: 'string',
        value: '<path>',
        description: `request body, YAML or JSON (${command.operation.requestBody.required ? (Object.keys(bodyMarks(command)).length ? 'required unless the flags above give it' : 'required') : 'optional'}); \`-\` or a pipe into the command reads stdin. Checked against the spec before sending.`,
        files: true,
      },
      { name: 'example', type: 'boolean', description: 'print an example request body (YAML) to start from' },
    );
  }
  if (command.waits) {
    flags.push(
      {
        name: 'wait',
        type: 'boolean',
        description: 'wait until it is finished, showing progress; exit code 0 only if it succeeded',
      },
      {
        name: 'timeout',
        type: 'string',
        value: '<duration>',
        duration: true,
        description: `with --wait: stop waiting after this long (exit code 5); nothing is cancelled. ${DURATION_FORMS}`,
      },
    );
  }
  return [...flags, ...GLOBAL_FLAGS];
}

/** The positional arguments of an API command: its main identifiers (`x-cli-args`, else path parameters). */
export function commandPositionals(command: Command): PositionalSpec[] {
  const bound = boundParameters(command);
  return command.args.map((name) => {
    const b = bound.find((x) => x.parameter.name === name);
    if (!b) return { name: argumentFlag(command, name) ?? name, description: `the body's ${name}` };
    return {
      name: b.flag,
      description: oneLine(b.parameter.description),
      required: b.parameter.required,
    };
  });
}
