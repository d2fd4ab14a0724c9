// Who is asking and which release answers: what clients read to pick the routes of a release.
import { example, type Handler } from './common.js';

export const systemHandlers: Record<string, Handler> = {
  getCliContext(input) {
    const base = example(input, 'getCliContext');
    // The server reports its version without the `v`; `main` has no release number, so it keeps the example's.
    const release = input.spec.release;
    const version = release && release !== 'main' ? release.replace(/^v/, '') : base.server_version;
    return {
      body: {
        ...base,
        user: { ...base.user, name: input.user, account: input.user },
        server_version: version,
      },
    };
  },
};
