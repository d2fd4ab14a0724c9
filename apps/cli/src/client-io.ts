// What a command's client takes from its IO. Kept apart from io.ts, which every command loads: only commands
// that call the API load the client.
import { logLevelOf, type ZadigClientOptions } from '@zadig-ts/client';
import type { IO } from './io.js';

/** The client options that come from IO: its clock, its sleep, and debug lines on its stderr. */
export function clientIO(io: IO): Pick<ZadigClientOptions, 'sleep' | 'timers' | 'logger' | 'logLevel'> {
  const line = (message: string) => io.stderr.write(`${message}\n`);
  return {
    sleep: io.sleep,
    timers: { now: () => io.now() },
    logger: { debug: line, warn: line },
    logLevel: logLevelOf(io.env.ZADIG_LOG),
  };
}
