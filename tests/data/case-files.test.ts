// Files kept with a case: stored owner-only under random names in the files folder beside the
// database, recognised by content, size-limited, listed with who added them, removed softly.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import { MAX_CASE_FILE_BYTES } from '@/lib/domain/case-file-types';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, caught, countRows, createTempDatabase, makeStaff } from '../support/temp-db';

const tempDb = createTempDatabase('case-files');
let db: Db;
let clerk: Actor;
let other: Actor;
let files: typeof import('@/lib/data/case-files/case-files');
let storage: typeof import('@/lib/data/case-files/storage');
let caseId: number;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
const counts = () => ({ files: countRows(db.$client, 'case_files'), audit: countRows(db.$client, 'audit_log'), stored: fs.existsSync(storage.caseFilesDir()) ? fs.readdirSync(storage.caseFilesDir()).length : 0 });

async function officeFile(part: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file(part, '<x/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  files = await import('@/lib/data/case-files/case-files');
  storage = await import('@/lib/data/case-files/storage');
  clerk = await makeStaff('clerk.f', '王芳', 'clerk');
  other = await makeStaff('clerk.g', '陈静', 'clerk');
  const { createCase } = await import('@/lib/data/case-commands');
  caseId = createCase(clerk, caseFields({ caseNo: 'F-1' })).id;
});
afterAll(() => tempDb.remove());

describe('case files', () => {
  it('keeps the folder beside the database, owner-only, each file 0600 under a random name', async () => {
    expect(storage.caseFilesDir()).toBe(path.join(tempDb.dir, 'files'));
    expect(storage.caseFilesDir('/srv/ogi/ogi.sqlite')).toBe('/srv/ogi/files');
    const { id } = await files.addCaseFile(clerk, caseId, { fileName: '申请表.pdf', data: PDF, category: 'application', letterId: null });
    const stored = fs.readdirSync(storage.caseFilesDir());
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(fs.statSync(storage.caseFilesDir()).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(storage.caseFilesDir(), stored[0])).mode & 0o777).toBe(0o600);
    expect(files.listCaseFiles(clerk, caseId)).toEqual([expect.objectContaining({ id, fileName: '申请表.pdf', categoryLabel: '申请表或申请书', uploadedByName: '王芳', fileType: 'pdf', size: PDF.length })]);
    expect(files.readCaseFile(other, caseId, id)).toEqual({ fileName: '申请表.pdf', mime: 'application/pdf', data: PDF });
  });

  it('accepts images, DOCX and XLSX by their content', async () => {
    await files.addCaseFile(clerk, caseId, { fileName: '身份证.png', data: PNG, category: 'identity', letterId: null });
    await files.addCaseFile(clerk, caseId, { fileName: '签发件.docx', data: await officeFile('word/document.xml'), category: 'signed_letter', letterId: null });
    await files.addCaseFile(clerk, caseId, { fileName: '清单.xlsx', data: await officeFile('xl/workbook.xml'), category: 'other', letterId: null });
    expect(files.listCaseFiles(clerk, caseId).map((f) => f.fileType)).toEqual(['pdf', 'png', 'docx', 'xlsx']);
  });

  it('refuses a disallowed type, a disguised file and an oversize one, writing nothing', async () => {
    const before = counts();
    const attempts: [string, Buffer][] = [
      ['回执.pdf', Buffer.from('<html><script>alert(1)</script></html>')],
      ['说明.txt', Buffer.from('plain text')],
      ['宏.docx', await officeFile('readme.txt')],
      ['扫描.png', PDF],
      ['超大.pdf', Buffer.concat([PDF, Buffer.alloc(MAX_CASE_FILE_BYTES)])],
    ];
    const messages: string[] = [];
    for (const [fileName, data] of attempts) {
      const error = await files.addCaseFile(clerk, caseId, { fileName, data, category: 'other', letterId: null }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ValidationError);
      messages.push((error as ValidationError).fieldErrors.file![0]);
    }
    expect(messages).toEqual([
      '“回执.pdf”不是允许的文件类型。只能上传PDF、PNG、JPEG 图片、Word（.docx）或 Excel（.xlsx）文件。',
      '“说明.txt”不是允许的文件类型。只能上传PDF、PNG、JPEG 图片、Word（.docx）或 Excel（.xlsx）文件。',
      '“宏.docx”不是允许的文件类型。只能上传PDF、PNG、JPEG 图片、Word（.docx）或 Excel（.xlsx）文件。',
      '“扫描.png”的扩展名与文件内容（PDF）不符，请确认文件后改用正确的扩展名（.pdf）。',
      '“超大.pdf”超过 20 MB 的大小限制，请压缩或拆分后再上传。',
    ]);
    expect(counts()).toEqual(before);
  });

  it('lets only those who work on the case add or remove files; removal is soft and audited', async () => {
    const before = counts();
    await expect(files.addCaseFile(other, caseId, { fileName: 'x.pdf', data: PDF, category: 'other', letterId: null })).rejects.toThrow(ForbiddenError);
    const [first] = files.listCaseFiles(clerk, caseId);
    expect(() => files.removeCaseFile(other, caseId, first.id, '重复上传')).toThrow(ForbiddenError);
    expect(caught(() => files.removeCaseFile(clerk, caseId, first.id, ''))).toMatchObject({ fieldErrors: { reason: ['请填写删除的理由。'] } });
    expect(counts()).toEqual(before);

    files.removeCaseFile(clerk, caseId, first.id, '重复上传');
    expect(files.listCaseFiles(clerk, caseId).map((f) => f.id)).not.toContain(first.id);
    expect(() => files.readCaseFile(clerk, caseId, first.id)).toThrow('该材料不存在或已删除。');
    expect(counts()).toEqual({ ...before, audit: before.audit + 1 });
    const audit = db.$client.prepare("SELECT note, changes FROM audit_log WHERE action = 'file.remove'").get() as { note: string; changes: string };
    expect(audit.note).toBe('重复上传');
    expect(JSON.parse(audit.changes)).toEqual({ file: { from: '申请表或申请书：申请表.pdf', to: null } });
  });
});
