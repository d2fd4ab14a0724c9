// Values the global setup hands to tests through inject().
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Prism mock serving the bundled spec. */
    prismUrl: string;
    /** Base URL of the Prism serving per-release bundles; `<url>/<release>` is one release's server. */
    releasePrismUrl: string;
  }
}
