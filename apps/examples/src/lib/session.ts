// Where the scripts get their client: a real server from ZADIG_URL/ZADIG_TOKEN or a zadigctl profile
// (reached through HTTPS_PROXY/NO_PROXY, trusting the profile's caFile), or with --mock the Zadig simulator
// (a small company in memory whose answers agree with each other), started for the run and stopped after it.
import { createZadigClient, type ZadigClient } from '@zadig-ts/client';
import { createNodeFetch, resolveTarget } from '@zadig-ts/node';
import { clientOptions, type ScriptIO } from './io.js';

/** A client and how to release what was started for it. */
export interface Session {
  zadig: ZadigClient;
  /** Where requests go, for messages. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Opens a client on `io`'s clock and sleep. With `mock`, starts the Zadig simulator on 127.0.0.1, on the
 * same clock: a version it is asked for is created while the script polls, a workflow run goes queued,
 * running, passed. Otherwise the address and token are ZADIG_URL and ZADIG_TOKEN of `io.env`.
 */
export async function openSession(io: ScriptIO, options: { mock: boolean }): Promise<Session> {
  if (!options.mock) {
    // As zadigctl does: ZADIG_URL and ZADIG_TOKEN, else the profile (ZADIG_PROFILE or the default one).
    const target = await resolveTarget({}, io.env);
    const { tls } = target;
    if (tls.insecureSkipTlsVerify) {
      io.stderr.write(
        `warning: profile ${tls.insecureSkipTlsVerify.profile} has insecureSkipTlsVerify: the certificate of ${target.baseUrl} is not checked\n`,
      );
    }
    const fetch = createNodeFetch({
      env: io.env,
      caFile: tls.caFile,
      caFileSource: tls.caFileSource,
      insecureSkipTlsVerify: Boolean(tls.insecureSkipTlsVerify),
    });
    const zadig = createZadigClient({
      ...clientOptions(io),
      // '' keeps the client's own "No Zadig address" error; it never falls back to process.env.
      baseUrl: target.baseUrl ?? '',
      token: target.token ?? '',
      fetch,
    });
    return { zadig, baseUrl: zadig.baseUrl, close: async () => {} };
  }
  // The local mock is never reached through a proxy.
  const fetch = createNodeFetch({ env: {} });
  const { startSimulator } = await import('@zadig-ts/simulator');
  const mock = await (io.startMock ?? (() => startSimulator({ clock: { now: () => io.now() } })))();
  const zadig = createZadigClient({ ...clientOptions(io), baseUrl: mock.url, token: 'mock-token', fetch });
  io.stderr.write(
    `Using the Zadig simulator at ${mock.url} (projects storefront and payments, with dev and prod environments).\n`,
  );
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
