// Prompts on the terminal. Input is read key by key in raw mode, so that a hidden answer (a token) is never
// echoed by the terminal, and visible and hidden prompts share one reader.
import { CliError } from '../exit-codes.js';
import type { IO } from '../io.js';

/** Exit code after Ctrl-C at a prompt, as a shell reports a process ended by SIGINT. */
export const INTERRUPTED = 130;

/**
 * Whether to prompt: stdin is a terminal. Only stdin counts, so that a token is never read from a terminal
 * without raw mode (which would echo it), even when stderr is redirected.
 */
export function interactive(io: IO): boolean {
  return Boolean(io.stdin.isTTY);
}

/**
 * Asks on stderr and reads one line from the terminal. `hidden` echoes nothing. Backspace deletes, Ctrl-U
 * clears, Ctrl-C (and Ctrl-D on an empty line) cancels with exit code 130; cursor keys are ignored.
 */
export function prompt(io: IO, question: string, options: { hidden?: boolean } = {}): Promise<string> {
  const stdin = io.stdin;
  const echo = (text: string) => {
    if (!options.hidden) io.stderr.write(text);
  };
  // Raw mode before the question: anything typed after it appears is not echoed by the terminal.
  stdin.setRawMode?.(true);
  stdin.setEncoding('utf8');
  io.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error: Error | undefined, rest = '') => {
      stdin.off('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      if (rest) stdin.unshift(rest);
      io.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      // An escape sequence (cursor keys, function keys) arrives as one chunk.
      if (chunk.startsWith('\u001b')) return;
      const chars = [...chunk];
      for (let i = 0; i < chars.length; i++) {
        const char = chars[i] as string;
        if (char === '\r' || char === '\n') return finish(undefined, chars.slice(i + 1).join(''));
        if (char === '\u0003' || (char === '\u0004' && value === '')) {
          return finish(new CliError('cancelled', INTERRUPTED));
        }
        if (char === '\u007f' || char === '\b') {
          if (value) {
            value = [...value].slice(0, -1).join('');
            echo('\b \b');
          }
        } else if (char === '\u0015') {
          echo('\b \b'.repeat([...value].length));
          value = '';
        } else if (char >= ' ') {
          value += char;
          echo(char);
        }
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}

/** Asks a yes/no question; only `y` or `yes` is yes. */
export async function confirm(io: IO, question: string): Promise<boolean> {
  return /^y(es)?$/i.test((await prompt(io, `${question} [y/N] `)).trim());
}

/** Everything on stdin (a token or a body piped in), as text. */
export async function readStdin(io: IO): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
