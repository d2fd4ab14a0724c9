import { spawn } from 'node:child_process';

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Variables on top of the clean environment (PATH, HOME, NO_COLOR=1); `undefined` leaves one out. */
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed. */
  input?: string;
  cwd?: string;
}

/** Runs a command to its end as a user would, with a clean environment: PATH, HOME, NO_COLOR=1 and `env`. */
export function runCommand(
  command: string,
  args: string[],
  options: RunOptions = {},
): Promise<ProcessResult> {
  const env: Record<string, string> = {};
  const given = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...options.env };
  for (const [name, value] of Object.entries(given)) if (value !== undefined) env[name] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...(options.cwd ? { cwd: options.cwd } : {}),
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Runs `node <args>` (this process's Node) with {@link runCommand}. */
export function runNode(args: string[], options: RunOptions = {}): Promise<ProcessResult> {
  return runCommand(process.execPath, args, options);
}
