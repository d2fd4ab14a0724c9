// Starts the Prism mock of the Zadig API for `vite --mode mock`.
export { type MockServer, startMockServer as startMock } from '@zadig-ts/openapi/mock';
