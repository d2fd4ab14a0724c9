export { type CliIO, main, type Running, USAGE } from './cli.js';
export { type Credentials, resolveCredentials, zadigctlConfigPath } from './credentials.js';
export { type HttpOptions, type RunningHttpServer, startHttpServer } from './http.js';
export { ConfigurationError } from './policy.js';
export { createZadigMcpServer, prepareZadigMcp, type ZadigMcpOptions, type ZadigMcpSetup } from './server.js';
export { VERSION } from './version.js';
