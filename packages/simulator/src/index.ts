export { createManualClock, type ManualClock, type SimulatorClock } from './clock.js';
export { STATEFUL_OPERATIONS } from './handlers/index.js';
export { FAIL_PARAMETER } from './handlers/workflows.js';
export { DEFAULT_SEED } from './seed/default.js';
export { checkSeed, loadSeedFile, SeedError } from './seed/load.js';
export type {
  Seed,
  SeedEnvironment,
  SeedJob,
  SeedPlanJob,
  SeedProject,
  SeedReleasePlan,
  SeedService,
  SeedVersion,
  SeedWorkflow,
} from './seed/schema.js';
export { type Simulator, type SimulatorOptions, startSimulator } from './server.js';
export type { SimulatorState } from './state/store.js';
