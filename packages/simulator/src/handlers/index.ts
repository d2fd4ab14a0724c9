// Every operation the simulator answers from its state, by operationId. The others answer their example.
import type { Handler } from './common.js';
import { environmentHandlers } from './environments.js';
import { projectHandlers } from './projects.js';
import { releasePlanHandlers } from './release-plans.js';
import { releaseHandlers } from './releases.js';
import { systemHandlers } from './system.js';
import { workflowHandlers } from './workflows.js';

export const HANDLERS: Readonly<Record<string, Handler>> = {
  ...projectHandlers,
  ...environmentHandlers,
  ...workflowHandlers,
  ...releaseHandlers,
  ...releasePlanHandlers,
  ...systemHandlers,
};

/** The operationIds the simulator keeps state for. */
export const STATEFUL_OPERATIONS: readonly string[] = Object.keys(HANDLERS).sort();
