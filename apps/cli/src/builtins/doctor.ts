import { CliError, ExitCode } from '../exit-codes.js';
import type { BuiltinContext } from './index.js';

export async function run(_context: BuiltinContext): Promise<number> {
  throw new CliError('`zadigctl doctor` is not available yet', ExitCode.Failure);
}
