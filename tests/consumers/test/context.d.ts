// Values test/global-setup.ts hands to the tests through inject().
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Tarball of each publishable package, by package name. */
    tarballs: Record<string, string>;
    /** The node binary of each major version the packages support. */
    nodes: Record<string, string>;
    /** A temporary folder for the tests' projects, removed after the run. */
    workDir: string;
  }
}
