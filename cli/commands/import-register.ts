import { runImport } from '../import-file';

/** `ogi import FILE [--db PATH]`: a register file (INTERFACES §1) → cases. */
export function run(argv: string[]): Promise<number> {
  return runImport('register', argv);
}
