// zadig-sim as a process: prints its URL on one line, serves, stops on SIGTERM; bad flags exit 2.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { runNode } from '@zadig-ts/testing';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../dist/zadig-sim.js', import.meta.url));

/** zadig-sim as a long-running process: its first line of output, and its exit code when it ends. */
function serve(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit').then(([code]) => code as number);
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0] as string);
    });
    child.once('exit', () => reject(new Error(`exited before printing a URL: ${stderr}`)));
  });
  return { child, exited, firstLine };
}

describe('zadig-sim', () => {
  it('prints its URL, serves the release it was given, and stops on SIGTERM', async () => {
    const sim = serve(['--port', '0', '--release', 'v5.0.0', '--speed', '10']);
    const url = await sim.firstLine;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const answer = await fetch(`${url}/openapi/release_plan/v1?pageNum=1&pageSize=1`, {
      headers: { authorization: 'Bearer t' },
    });
    expect(await answer.json()).toMatchObject({ total: 3 });
    sim.child.kill('SIGTERM');
    expect(await sim.exited).toBe(0);
  });

  it.each([
    [['--speed', '0'], '--speed must be a positive number, got "0"'],
    [['--port', 'http'], '--port must be a port number (0-65535), got "http"'],
    [['--release', 'v2'], 'Unknown release "v2"'],
    [
      ['--seed', '/nonexistent/seed.yaml'],
      'Invalid seed /nonexistent/seed.yaml:\n  /: cannot be read: ENOENT',
    ],
    [['--colour'], "Unknown option '--colour'"],
  ])('exits 2 on %j', async (args, message) => {
    const { code, stdout, stderr } = await runNode([BIN, ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });
});
