// Writers collide: a save while another connection (the command line, a second server) holds the
// write lock waits for it (BEGIN IMMEDIATE with a busy timeout) and, past the timeout, is refused
// with "系统繁忙" as a form error, the input kept and nothing written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseBusyError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/roles';
import { holdWriteLock } from '../support/lock-holder';
import { caseFields, caught, countRows, createTempDatabase, makeStaff, PROJECT_ROOT } from '../support/temp-db';

const tempDb = createTempDatabase('write-busy');
process.env.OGI_BUSY_TIMEOUT_MS = '300';

let clerk: Actor;
beforeAll(async () => {
  clerk = await makeStaff('clerk', '登记员', 'clerk');
});
afterAll(() => tempDb.remove());

describe('a write while another connection holds the lock', () => {
  it('waits for the lock and then saves, even after reading first (no SQLITE_BUSY on the upgrade)', async () => {
    const { getDb } = await import('@/db/client');
    const { createCase, updateCase } = await import('@/lib/data/case-commands');
    const { id } = createCase(clerk, caseFields({ caseNo: 'W-1', handlerId: clerk.id }));
    getDb().$client.pragma('busy_timeout = 10000');
    try {
      // The other writer commits by itself shortly: this thread is blocked while it waits.
      const holder = await holdWriteLock(tempDb.file, 200);
      updateCase(clerk, id, 1, caseFields({ caseNo: 'W-1', handlerId: clerk.id, applicantName: '李四' }));
      await holder.exited;
    } finally {
      getDb().$client.pragma('busy_timeout = 300');
    }
    expect(getDb().$client.prepare('SELECT applicant_name AS n, version AS v FROM cases WHERE id = ?').get(id)).toEqual({ n: '李四', v: 2 });
  });

  it('past the busy timeout: DatabaseBusyError, nothing written, and the form keeps what was typed', async () => {
    const { getDb } = await import('@/db/client');
    const { createCase } = await import('@/lib/data/case-commands');
    const { refused } = await import('@/lib/action-state');
    const before = countRows(getDb().$client, 'cases');
    const holder = await holdWriteLock(tempDb.file);
    try {
      const error = caught(() => createCase(clerk, caseFields({ caseNo: 'W-2' })));
      expect(error).toBeInstanceOf(DatabaseBusyError);
      const values = { caseNo: 'W-2', applicantName: '张三' };
      expect(refused(error, values)).toEqual({ message: expect.stringMatching(/^系统繁忙，请稍后重试/), fieldErrors: {}, values });
    } finally {
      await holder.release();
    }
    expect(countRows(getDb().$client, 'cases')).toBe(before);
    // Once the other writer is done, the same save goes through.
    expect(createCase(clerk, caseFields({ caseNo: 'W-2' })).id).toBeGreaterThan(0);
  });

  it('a sign-in past the busy timeout is refused as busy (not as a wrong password), recording nothing', async () => {
    const { getDb } = await import('@/db/client');
    const { signInWithPassword } = await import('@/lib/data/sign-in');
    const before = countRows(getDb().$client, 'login_attempts');
    const holder = await holdWriteLock(tempDb.file);
    try {
      await expect(signInWithPassword('clerk', 'Passw0rd1')).rejects.toBeInstanceOf(DatabaseBusyError);
    } finally {
      await holder.release();
    }
    expect(countRows(getDb().$client, 'login_attempts')).toBe(before);
    expect(await signInWithPassword('clerk', 'Passw0rd1')).toMatchObject({ ok: true });
  });

  it('a list page still opens while the lock is held (the daily clock refresh is skipped, not failed)', async () => {
    const { getDb } = await import('@/db/client');
    getDb().$client.prepare(`DELETE FROM settings WHERE key = 'clocksRefreshedOn'`).run();
    const { refreshOpenClocks } = await import('@/lib/data/case-clock');
    const holder = await holdWriteLock(tempDb.file);
    try {
      expect(refreshOpenClocks(getDb())).toBe(0);
    } finally {
      await holder.release();
    }
  });
});

describe('every write transaction of the product starts IMMEDIATE', () => {
  it('no source file opens a transaction except through db/write-transaction.ts (or a marked read-only snapshot)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true })) {
        const rel = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(rel);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') && rel !== path.join('db', 'write-transaction.ts')) {
          const lines = fs.readFileSync(path.join(PROJECT_ROOT, rel), 'utf8').split('\n');
          lines.forEach((line, i) => {
            if (/\.transaction\(/.test(line) && !/read-only snapshot/.test(lines[i - 1] ?? '') && !/read-only snapshot/.test(lines[i - 2] ?? '')) offenders.push(`${rel}:${i + 1}`);
          });
        }
      }
    };
    for (const dir of ['app', 'lib', 'db', 'cli', 'components']) walk(dir);
    expect(offenders).toEqual([]);
  });
});
