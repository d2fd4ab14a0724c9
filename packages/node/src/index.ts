// @zadig-ts/node: what zadigctl, zadig-mcp and Node scripts share, once. Node-only; the browser-safe client
// stays in @zadig-ts/client and takes this package's fetch as its `fetch` option.

export {
  type ConfigData,
  type ConfigEditor,
  type LoadedConfig,
  loadConfig,
  type Profile,
  type ProfileKey,
  updateConfig,
} from './config/file.js';
export { configPath } from './config/paths.js';
export {
  type ProfileSource,
  resolveTarget,
  sameServer,
  type Target,
  type TargetFlags,
  type TargetTls,
  unknownProfile,
} from './config/target.js';
export { type Env, envValue } from './env.js';
export { CONFIG_FAILURE, CONFIG_USAGE, ConfigFileError } from './errors.js';
export { maskToken } from './redact.js';
export { checkZadigVersion, releaseTag } from './release.js';
export { REDACTED, scrub, scrubDeep } from './scrub.js';
export {
  type ConnectionInfo,
  createNodeFetch,
  type NodeFetch,
  type NodeFetchOptions,
  planConnection,
} from './transport/node-fetch.js';
export { noProxyMatch, type ProxyChoice, ProxyConfigError, proxyFor } from './transport/proxy.js';
export {
  isUntrustedCertificate,
  resolveTrust,
  TRUST_FIXES,
  type Trust,
  type TrustOptions,
} from './transport/trust.js';
export { ProxyError } from './transport/tunnel.js';
export { NodeHeaders, NodeRequest, NodeResponse } from './web/index.js';
