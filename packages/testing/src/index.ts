export { type MockServer, startMockServer } from '@zadig-ts/openapi/mock';
export { virtualClock } from './clock.js';
export {
  type FaultRoute,
  type FaultServer,
  type FaultStep,
  type RecordedRequest,
  startFaultServer,
} from './fault-server.js';
export { REFUSED_PORT, refusedUrl } from './ports.js';
export { PRISM_VIOLATIONS_HEADER, prismViolations } from './prism.js';
export { type ProcessResult, type RunOptions, runCommand, runNode } from './process.js';
export { type ReleaseMockServer, startReleaseMockServer } from './release-mock.js';
export {
  ALL_SECRETS,
  clusters,
  errorWithSecret,
  registry,
  SECRET,
  secretConfig,
  task,
  workflow,
} from './secret-answers.js';
