import { CliError, ExitCode, UsageError } from '../exit-codes.js';

export interface Connection {
  baseUrl: string;
  token: string | undefined;
  /** Stops what the connection started (the mock server). */
  close(): Promise<void>;
}

export const MOCK_TOKEN = 'zadigctl-mock-token';

async function startMock(): Promise<Connection> {
  const { startMockServer, PrismNotInstalledError } = await import('@zadig-ts/openapi/mock');
  try {
    const mock = await startMockServer();
    return { baseUrl: mock.url, token: MOCK_TOKEN, close: () => mock.stop() };
  } catch (error) {
    if (error instanceof PrismNotInstalledError) {
      throw new CliError(
        '--mock needs the Prism mock server, which is not installed.',
        ExitCode.Failure,
        'Install it next to zadigctl: npm install -g @stoplight/prism-cli@5.14 (or add it to your project).',
      );
    }
    throw error;
  }
}

/** Where requests go: `--mock`, else `--server`, else `ZADIG_URL`; the token comes from `ZADIG_TOKEN`. */
export async function connect(
  flags: { mock: boolean; server?: string },
  needsToken: boolean,
): Promise<Connection> {
  if (flags.mock) return startMock();
  const baseUrl = flags.server ?? process.env.ZADIG_URL;
  if (!baseUrl) {
    throw new UsageError(
      'no Zadig server: pass --server <url> or set ZADIG_URL',
      'Or try it without a server: add --mock to run against the built-in mock.',
    );
  }
  const token = process.env.ZADIG_TOKEN || undefined;
  if (needsToken && !token) {
    throw new CliError(
      'no API token: set ZADIG_TOKEN (Zadig: Account Settings > API Token)',
      ExitCode.Auth,
      'The token is read from the environment only, never from arguments.',
    );
  }
  return { baseUrl, token, close: async () => {} };
}
