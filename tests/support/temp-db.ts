// A fresh SQLite file per test file. The connection in db/client.ts is process-wide and reads
// DATABASE_PATH when first used, so a test file calls createTempDatabase() at its top, before it
// loads anything that touches '@/db/client'; vitest runs each test file in its own process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor } from '@/lib/domain/roles';
import type { CaseFields } from '@/lib/domain/validation/case';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The operator at the command line: an administrator without a user row. */
export const CLI_ADMIN: Actor = { id: null, username: 'cli', displayName: '系统管理员', role: 'admin' };

export function createTempDatabase(label: string): { dir: string; file: string; remove: () => Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ogi-${label}-`));
  const file = path.join(dir, 'test.sqlite');
  process.env.DATABASE_PATH = file;
  process.env.OGI_ROOT = PROJECT_ROOT;
  return {
    dir,
    file,
    async remove() {
      const { getDb } = await import('@/db/client');
      getDb().$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function actorOf(user: { id: number; username: string; displayName: string; role: Actor['role'] }): Actor {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}

/** Valid, parsed case fields (what caseFieldsSchema produces), with overrides. */
export function caseFields(overrides: Partial<CaseFields> = {}): CaseFields {
  return {
    caseNo: '2026-0001',
    receivedOn: '2026-03-02',
    channel: 'in_person',
    applicantType: 'natural_person',
    applicantName: '张三',
    idType: null,
    idNumber: null,
    phone: null,
    email: null,
    address: null,
    content: '申请公开本机关 2025 年度行政处罚决定书目录。',
    deliveryMethod: null,
    handlerId: null,
    notes: null,
    relatedCaseNo: null,
    ...overrides,
  };
}

/** Row count of a table, read with raw SQL so that nothing of the data layer is involved. */
export function countRows(client: { prepare: (sql: string) => { get: () => unknown } }, table: string): number {
  return (client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Creates a staff account through the data layer and returns it as an Actor. */
export async function makeStaff(username: string, displayName: string, role: Actor['role']): Promise<Actor> {
  const { createUser } = await import('@/lib/data/users');
  return actorOf(await createUser(CLI_ADMIN, { username, displayName, role, password: 'Passw0rd1' }));
}

/** The error a call throws; fails the test when it does not throw. */
export function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
