// Routes that moved between releases. Pod restarts are the case: Zadig v4.3.0 and v5.0.0 route
// `…/<env>/service/<service>/pod/<pod>/restart`, main `…/<env>/pod/<pod>/restart` (the spec's
// `x-zadig-replaced-by` and `x-zadig-reroute-needs`). The newer command takes the older route's extra
// parameters as flags (`-s/--service`), needed where the server's release has only the older route.

import { routedIn } from '@zadig-ts/client';
import type { Setting } from '../config/profile-settings.js';
import { UsageError } from '../exit-codes.js';
import { type Command, commands, type OperationParameter } from './catalog.js';

interface OlderRoute {
  command: Command;
  /** Its parameters that the newer route lacks. */
  needs: OperationParameter[];
}

function releasesText(command: Command): string {
  const { since, until } = command.operation;
  if (since === 'unreleased') return 'main';
  return until ? (until === since ? since : `${since} – ${until}`) : `${since} and later`;
}

function route(command: Command): string {
  return `${command.operation.method} ${command.operation.path}`;
}

let byReplacement: Map<string, OlderRoute[]> | undefined;

/** The older routes whose calls `command` took over (none for most commands); indexed once. */
function olderRoutes(command: Command): OlderRoute[] {
  if (!byReplacement) {
    byReplacement = new Map();
    for (const c of commands) {
      const newer = c.operation.replacedBy;
      if (!newer) continue;
      const needs = c.operation.parameters.filter((p) => c.operation.rerouteNeeds?.includes(p.name));
      byReplacement.set(newer, [...(byReplacement.get(newer) ?? []), { command: c, needs }]);
    }
  }
  return byReplacement.get(command.operation.operationId) ?? [];
}

/**
 * The older routes' extra parameters, as optional parameters of `command`, described with which release
 * has which route.
 */
export function movedRouteParameters(command: Command): OperationParameter[] {
  return olderRoutes(command).flatMap(({ command: older, needs }) =>
    needs.map((p) => ({
      ...p,
      required: false,
      description: `${p.description.replace(/\s+/g, ' ').trim().replace(/\.?$/, '.')} Needed on Zadig ${releasesText(older)}, whose route is ${route(older)}; ${releasesText(command)} routes ${route(command)} without it. Given without a known release (--zadig-version or the profile's), the ${releasesText(older)} route is used.`,
    })),
  );
}

/** Whether `release` (a tracked release, e.g. `v5.0.0`, `main`) routes `command`'s operation. */
function routes(command: Command, release: string): boolean {
  return (routedIn(command.operation.operationId) as string[]).includes(release);
}

/**
 * The command whose route is sent for these values: `command` itself, or, when the release is not known and
 * the older route's extra parameters are given, the older route (the one every released server has). With a
 * known release that has only the older route, its extra parameters are required here, naming the flag.
 * `unused`: given values the route sent does not take.
 */
export function routedCommand(
  command: Command,
  given: Record<string, unknown>,
  release: { tracked: string; setting: Setting } | undefined,
  flagOf: (name: string) => string,
): { command: Command; unused: string[] } {
  const unused: string[] = [];
  for (const { command: older, needs } of olderRoutes(command)) {
    const missing = needs.filter((p) => given[p.name] === undefined || given[p.name] === '');
    if (release === undefined) {
      if (needs.length && !missing.length) return { command: older, unused: [] };
      continue;
    }
    // The release routes this command: the older route's values are not sent (nor shown as sent).
    if (routes(command, release.tracked)) {
      unused.push(...needs.map((p) => p.name));
      continue;
    }
    if (!routes(older, release.tracked)) continue;
    const first = missing[0];
    if (first) {
      const flag = flagOf(first.name);
      throw new UsageError(
        `missing flag --${flag}: Zadig ${release.setting.value} (from ${release.setting.source}) routes \`zadigctl ${command.module} ${command.verb}\` as ${route(older)}, which needs the ${flag}`,
        `Give --${flag} <name>${flag === 'service' ? ' (-s)' : ''}; main routes ${route(command)} without it.`,
      );
    }
  }
  return { command, unused };
}
