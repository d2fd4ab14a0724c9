// --wait follows what a command created or names; what it needs must be known before anything is sent.
import { UsageError } from '../exit-codes.js';
import { WAIT_TARGETS } from '../wait/targets.js';
import type { Command } from './catalog.js';
import { canonicalFlag } from './flags.js';

/**
 * What --wait follows must be known from the request before it is sent (the response supplies only what the
 * server creates, such as a task ID): else the thing is created and the wait fails after.
 */
export function checkWaitable(
  command: Command,
  parts: { path: Record<string, unknown>; query: Record<string, unknown>; body?: unknown },
): void {
  const target = WAIT_TARGETS[command.operation.operationId];
  if (!target) return;
  const fromResponse = new Proxy({}, { get: () => 'from the response' }) as Record<string, unknown>;
  const input = target.input(
    { ...parts.path, ...parts.query },
    (parts.body ?? {}) as Record<string, unknown>,
    fromResponse,
  );
  const missing = Object.entries(input ?? {})
    .filter(([, value]) => value === undefined || value === '')
    .map(([name]) => name);
  if (!missing.length) return;
  const flags = missing.map((name) => {
    const flag = canonicalFlag(name);
    return flag ? `--${flag}` : name;
  });
  throw new UsageError(
    `--wait cannot tell what to wait for: ${flags.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not given (neither as a flag nor in the body); nothing was sent`,
    flags.includes('--project')
      ? 'Give -p/--project, or set a default with `zadigctl config set project <key>` or ZADIG_PROJECT.'
      : undefined,
  );
}
