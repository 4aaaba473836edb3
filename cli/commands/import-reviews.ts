import { runImport } from '../import-file';

/** `ogi import-reviews FILE [--db PATH]`: a review file (INTERFACES §1) → table 四 records. */
export function run(argv: string[]): Promise<number> {
  return runImport('reviews', argv);
}
