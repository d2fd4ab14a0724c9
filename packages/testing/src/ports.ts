import { connect } from 'node:net';

/**
 * Port 4 on 127.0.0.1: unassigned, privileged and outside every ephemeral range, so no test server (they
 * all listen on port 0) can ever be given it, and not on the fetch standard's list of blocked ports (as
 * port 1 is), so fetch really tries it and is refused. Finding a free port and releasing it would race
 * with every other listener on the machine; this cannot.
 */
export const REFUSED_PORT = 4;

/**
 * The address of {@link REFUSED_PORT}, after checking that it really refuses connections (a clear failure
 * instead of a confusing one on the odd machine that serves that port).
 */
export async function refusedUrl(): Promise<string> {
  const code = await new Promise<string>((resolve) => {
    const socket = connect(REFUSED_PORT, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
  if (code !== 'ECONNREFUSED') {
    throw new Error(`127.0.0.1:${REFUSED_PORT} should refuse connections for this test, but: ${code}`);
  }
  return `http://127.0.0.1:${REFUSED_PORT}`;
}
