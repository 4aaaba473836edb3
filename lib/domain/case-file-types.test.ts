import { describe, expect, it } from 'vitest';
import { caseFileProblem, MAX_CASE_FILE_BYTES, sniffCaseFileType } from './case-file-types';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new TextEncoder().encode(s);

describe('recognising an uploaded file by its content', () => {
  it('knows PDF, PNG, JPEG, and DOCX/XLSX by the parts inside the ZIP', () => {
    expect(sniffCaseFileType(ascii('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffCaseFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
    expect(sniffCaseFileType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    const zip = bytes(0x50, 0x4b, 0x03, 0x04);
    expect(sniffCaseFileType(zip, ['[Content_Types].xml', 'word/document.xml'])).toBe('docx');
    expect(sniffCaseFileType(zip, ['[Content_Types].xml', 'xl/workbook.xml'])).toBe('xlsx');
    expect(sniffCaseFileType(zip, ['readme.txt'])).toBeNull();
  });

  it('refuses HTML, scripts and anything else, whatever the name says', () => {
    expect(sniffCaseFileType(ascii('<!DOCTYPE html><script>alert(1)</script>'))).toBeNull();
    expect(caseFileProblem({ fileName: '申请表.pdf', size: 40, type: null })).toBe('“申请表.pdf”不是允许的文件类型。只能上传PDF、PNG、JPEG 图片、Word（.docx）或 Excel（.xlsx）文件。');
  });

  it('refuses a name that hides the content, an empty file and one over the limit', () => {
    expect(caseFileProblem({ fileName: '回执.png', size: 40, type: 'pdf' })).toMatch(/扩展名与文件内容（PDF）不符/);
    expect(caseFileProblem({ fileName: '回执.pdf', size: 0, type: 'pdf' })).toBe('“回执.pdf”是空文件，请重新选择。');
    expect(caseFileProblem({ fileName: '扫描件.pdf', size: MAX_CASE_FILE_BYTES + 1, type: 'pdf' })).toBe('“扫描件.pdf”超过 20 MB 的大小限制，请压缩或拆分后再上传。');
    expect(caseFileProblem({ fileName: '扫描件.JPEG', size: MAX_CASE_FILE_BYTES, type: 'jpeg' })).toBeNull();
  });
});
