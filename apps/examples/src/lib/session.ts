// Where the scripts get their client: a real server from ZADIG_URL/ZADIG_TOKEN, or with --mock a Prism
// mock serving the bundled spec, started for the run and stopped after it.
import { createZadigClient, type ZadigClient } from '@zadig-ts/client';
import { clientOptions, type ScriptIO } from './io.js';

/** A client and how to release what was started for it. */
export interface Session {
  zadig: ZadigClient;
  /** Where requests go, for messages. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Opens a client on `io`'s clock and sleep. With `mock`, starts Prism on 127.0.0.1 (it answers the spec's
 * documented examples, whatever the input). Otherwise the address and token are ZADIG_URL and ZADIG_TOKEN
 * of `io.env`.
 */
export async function openSession(io: ScriptIO, options: { mock: boolean }): Promise<Session> {
  if (!options.mock) {
    const zadig = createZadigClient(clientOptions(io));
    return { zadig, baseUrl: zadig.baseUrl, close: async () => {} };
  }
  const { startMockServer } = await import('@zadig-ts/openapi/mock');
  const mock = await (io.startMock ?? startMockServer)();
  const zadig = createZadigClient({ ...clientOptions(io), baseUrl: mock.url, token: 'mock-token' });
  io.stderr.write(`Using the Prism mock at ${mock.url} (it answers the spec's examples).\n`);
  return { zadig, baseUrl: mock.url, close: () => mock.stop() };
}

/** Runs `use` with a session and always closes it, so a mock never outlives the script. */
export async function withSession<T>(
  io: ScriptIO,
  options: { mock: boolean },
  use: (session: Session) => Promise<T>,
) {
  const session = await openSession(io, options);
  try {
    return await use(session);
  } finally {
    await session.close();
  }
}
