import { describe, expect, it } from 'vitest';
import { cleanUploadFileName, UPLOAD_NAME_MAX } from './upload-file-name';

describe('cleanUploadFileName', () => {
  it('keeps an ordinary name', () => {
    expect(cleanUploadFileName('2023年台账（定稿）.xlsx')).toBe('2023年台账（定稿）.xlsx');
  });

  it('strips control and direction characters and path separators', () => {
    expect(cleanUploadFileName('../../etc/passwd\n伪造的一行.csv')).toBe('....etcpasswd伪造的一行.csv');
    expect(cleanUploadFileName('C:\\Users\\x\\台账.xlsx')).toBe('C:Usersx台账.xlsx');
    expect(cleanUploadFileName('invoice\u202Excod.csv')).toBe('invoicexcod.csv');
  });

  it('limits the name to 200 characters, keeping the extension', () => {
    const cleaned = cleanUploadFileName(`${'台'.repeat(300)}.xlsx`);
    expect([...cleaned]).toHaveLength(UPLOAD_NAME_MAX);
    expect(cleaned.endsWith('台.xlsx')).toBe(true);
  });

  it('falls back to 上传文件 with the extension of the type when nothing is left', () => {
    expect(cleanUploadFileName('\u0000\u0001', 'text/csv')).toBe('上传文件.csv');
    expect(cleanUploadFileName('//', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('上传文件.xlsx');
    expect(cleanUploadFileName('..')).toBe('上传文件.xlsx');
    expect(cleanUploadFileName('  ')).toBe('上传文件.xlsx');
  });
});
