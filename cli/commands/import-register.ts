import { favourMemory } from '../favour-memory';
import { runImport } from '../import-file';

/** `ogi import FILE [--db PATH]`: a register file (INTERFACES §1) → cases. */
export function run(argv: string[]): Promise<number> {
  favourMemory();
  return runImport('register', argv);
}
