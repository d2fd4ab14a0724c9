// Where the scripts get their client: a real server from ZADIG_URL/ZADIG_TOKEN or a zadigctl profile
// (reached through HTTPS_PROXY/NO_PROXY, trusting the profile's caFile), or with --mock a Prism mock
// serving the bundled spec, started for the run and stopped after it.
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
 * Opens a client on `io`'s clock and sleep. With `mock`, starts Prism on 127.0.0.1 (it answers the spec's
 * documented examples, whatever the input). Otherwise the address and token are ZADIG_URL and ZADIG_TOKEN
 * of `io.env`.
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
  const { startMockServer } = await import('@zadig-ts/openapi/mock');
  const mock = await (io.startMock ?? startMockServer)();
  const zadig = createZadigClient({ ...clientOptions(io), baseUrl: mock.url, token: 'mock-token', fetch });
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
