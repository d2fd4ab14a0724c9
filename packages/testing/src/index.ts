export { type MockServer, startMockServer } from '@zadig-ts/openapi/mock';
export { PRISM_VIOLATIONS_HEADER, prismViolations } from './prism.js';
export { unusedPort } from './ports.js';
