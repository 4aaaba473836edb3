// Uploads kept between an import's preview and its confirmation: beside the database in a folder
// only the server's user may enter, and confirmed only while the file is byte for byte the one
// that was previewed.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { CLI_ADMIN, createTempDatabase } from '../support/temp-db';

const temp = createTempDatabase('import-uploads');
const DIR = path.join(path.dirname(temp.file), 'uploads');
let up: typeof import('@/lib/data/import-uploads');
const OTHER_ADMIN: Actor = { id: 99, username: 'admin2', displayName: '另一位管理员', role: 'admin' };

beforeAll(async () => {
  up = await import('@/lib/data/import-uploads');
});
afterAll(() => temp.remove());

const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe('import uploads', () => {
  it('live in uploads/ beside the database, owner-only, even if the folder existed with a wider mode', () => {
    expect(up.uploadDir()).toBe(DIR);
    fs.mkdirSync(DIR, { mode: 0o777 });
    fs.chmodSync(DIR, 0o777);
    const token = up.saveUpload(CLI_ADMIN, 'register', '台账.csv', Buffer.from('申请编号\n'));
    expect(mode(DIR)).toBe(0o700);
    expect(fs.readdirSync(DIR).sort()).toEqual([`${token}.bin`, `${token}.json`]);
    for (const name of fs.readdirSync(DIR)) expect(mode(path.join(DIR, name))).toBe(0o600);
    const meta = JSON.parse(fs.readFileSync(path.join(DIR, `${token}.json`), 'utf8'));
    expect(meta.sha256).toBe(createHash('sha256').update(Buffer.from('申请编号\n')).digest('hex'));
  });

  it('gives the file back only to its uploader, for its kind, while unaltered', () => {
    const buffer = Buffer.from('申请编号,收到日期\nA,2023-01-01\n');
    const token = up.saveUpload(CLI_ADMIN, 'register', '台账.csv', buffer);
    expect(up.loadUpload(CLI_ADMIN, 'register', token)).toEqual({ token, fileName: '台账.csv', buffer });
    expect(up.loadUpload(OTHER_ADMIN, 'register', token)).toBeNull();
    expect(up.loadUpload(CLI_ADMIN, 'reviews', token)).toBeNull();
    expect(up.loadUpload(CLI_ADMIN, 'register', '../x')).toBeNull();

    fs.writeFileSync(path.join(DIR, `${token}.bin`), Buffer.from('申请编号,收到日期\nB,2023-01-01\n'));
    expect(up.loadUpload(CLI_ADMIN, 'register', token)).toBeNull();
    up.discardUpload(CLI_ADMIN, 'register', token);
    expect(fs.existsSync(path.join(DIR, `${token}.bin`))).toBe(false);
    expect(fs.existsSync(path.join(DIR, `${token}.json`))).toBe(false);
  });
});
