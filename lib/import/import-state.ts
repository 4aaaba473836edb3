import type { ImportKind } from '@/lib/domain/import-kind';

/** What the import page shows after each step (upload → preview → confirm → done). */
export type ImportState = {
  stage: 'idle' | 'error' | 'preview' | 'done';
  kind?: ImportKind;
  message?: string;
  fileName?: string;
  /** The server-side upload to import on confirmation (preview only). */
  token?: string;
  rows?: number;
  /** Every bad row as formatProblem writes it: 第N行，“列”列：… */
  problems?: string[];
  warnings?: string[];
  summary?: { created: number; updated: number; unchanged: number };
  /** Preview: for each case or record the file updates, which fields change (at most 50 lines and a total). */
  changes?: string[];
  /** Preview of a register: the cases whose steps the file records, with the deadline before and after. */
  deadlines?: string[];
  /** Preview: the cases whose import would change a published annual report's numbers, and which. */
  published?: string[];
};

export const IDLE: ImportState = { stage: 'idle' };
