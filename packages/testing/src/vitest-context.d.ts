// Values the global setup hands to tests through inject().
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Prism mock serving the bundled spec. */
    prismUrl: string;
  }
}
