// Starts the Zadig simulator for `vite --mode mock`: a mock whose answers agree with each other (a version
// opened is the version listed, a created one appears), unlike the spec's static examples.
import { startSimulator } from '@zadig-ts/simulator';

export async function startMock(): Promise<{ url: string; stop(): Promise<void> }> {
  return startSimulator();
}
