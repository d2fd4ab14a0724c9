export { type MockServer, startMockServer } from '@zadig-ts/openapi/mock';
export { unusedPort } from './ports.js';
export { PRISM_VIOLATIONS_HEADER, prismViolations } from './prism.js';
