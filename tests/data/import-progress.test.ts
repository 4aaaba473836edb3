// The import page's progress bar reads the import's marker (import-runs.ts importProgress): rows
// written of all, advancing with every committed batch, and nothing once the import is done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH } from '@/lib/data/import-batches';
import { ForbiddenError } from '@/lib/domain/errors';
import { plainRegisterRows } from '../support/register-rows';
import { CLI_ADMIN, createTempDatabase } from '../support/temp-db';

const temp = createTempDatabase('import-progress');
let imp: typeof import('@/lib/data/register-import');
let runs: typeof import('@/lib/data/import-runs');

beforeAll(async () => {
  imp = await import('@/lib/data/register-import');
  runs = await import('@/lib/data/import-runs');
});
afterAll(() => temp.remove());

const rows = (n: number) => plainRegisterRows('PROG', n);

describe('the progress of a running import', { timeout: 120_000 }, () => {
  it('is the rows written of all after each batch, and nothing before or after the import', async () => {
    expect(runs.importProgress(CLI_ADMIN, 'register')).toBeNull();
    const file = rows(BATCH.maxRows + 50);
    const seen: { rowsDone: number; rowsTotal: number }[] = [];
    await imp.importRegister(CLI_ADMIN, file, {
      fileName: 'progress.csv',
      // Told after each committed batch: what the page would read at that moment.
      onProgress: () => {
        const now = runs.importProgress(CLI_ADMIN, 'register');
        if (now) seen.push(now);
      },
    });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((s) => s.rowsTotal === file.length)).toBe(true);
    const done = seen.map((s) => s.rowsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done[done.length - 1]).toBe(file.length);
    expect(runs.importProgress(CLI_ADMIN, 'register')).toBeNull();
    expect(runs.importProgress(CLI_ADMIN, 'reviews')).toBeNull();
  });

  it('is for administrators only', () => {
    expect(() => runs.importProgress({ ...CLI_ADMIN, role: 'clerk' }, 'register')).toThrow(ForbiddenError);
  });
});
