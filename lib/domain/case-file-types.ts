// Files kept with a case: what may be uploaded and how it is recognised. The type is read from the
// file's first bytes (and, for Office files, the parts inside the ZIP), never from its name alone,
// so an HTML page renamed to .pdf is refused.

export const MAX_CASE_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_CASE_FILE_LABEL = '20 MB';

export const CASE_FILE_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['.pdf'], label: 'PDF' },
  png: { mime: 'image/png', extensions: ['.png'], label: 'PNG 图片' },
  jpeg: { mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'], label: 'JPEG 图片' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'], label: 'Word 文档（.docx）' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['.xlsx'], label: 'Excel 表格（.xlsx）' },
} as const;
export type CaseFileType = keyof typeof CASE_FILE_TYPES;

export const CASE_FILE_CATEGORIES = [
  { code: 'application', label: '申请表或申请书' },
  { code: 'identity', label: '身份证明' },
  { code: 'signed_letter', label: '签发的文书' },
  { code: 'delivery_receipt', label: '送达回证或回执' },
  { code: 'other', label: '其他材料' },
] as const;
export type CaseFileCategory = (typeof CASE_FILE_CATEGORIES)[number]['code'];
export const CASE_FILE_CATEGORY_CODES = CASE_FILE_CATEGORIES.map((c) => c.code) as CaseFileCategory[];

export function caseFileCategoryLabel(code: string): string {
  return CASE_FILE_CATEGORIES.find((c) => c.code === code)?.label ?? code;
}

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** The kind of ZIP container a file is: Office files start with PK\x03\x04. */
export function isZip(head: Uint8Array): boolean {
  return startsWith(head, [0x50, 0x4b, 0x03, 0x04]);
}

/**
 * The file's type from its first bytes; for a ZIP, from the names of its parts (word/document.xml
 * or xl/workbook.xml). Null for anything not on the list.
 */
export function sniffCaseFileType(head: Uint8Array, zipEntries: readonly string[] = []): CaseFileType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (isZip(head) && zipEntries.includes('[Content_Types].xml')) {
    if (zipEntries.includes('word/document.xml')) return 'docx';
    if (zipEntries.includes('xl/workbook.xml')) return 'xlsx';
  }
  return null;
}

const ALLOWED_TEXT = 'PDF、PNG、JPEG 图片、Word（.docx）或 Excel（.xlsx）';

/** Why this upload is refused, or null. The message says what to upload instead. */
export function caseFileProblem(input: { fileName: string; size: number; type: CaseFileType | null }): string | null {
  if (input.size === 0) return `“${input.fileName}”是空文件，请重新选择。`;
  if (input.size > MAX_CASE_FILE_BYTES) return `“${input.fileName}”超过 ${MAX_CASE_FILE_LABEL} 的大小限制，请压缩或拆分后再上传。`;
  if (!input.type) return `“${input.fileName}”不是允许的文件类型。只能上传${ALLOWED_TEXT}文件。`;
  const ext = /\.[^.]+$/.exec(input.fileName.toLowerCase())?.[0] ?? '';
  if (!(CASE_FILE_TYPES[input.type].extensions as readonly string[]).includes(ext)) {
    return `“${input.fileName}”的扩展名与文件内容（${CASE_FILE_TYPES[input.type].label}）不符，请确认文件后改用正确的扩展名（${CASE_FILE_TYPES[input.type].extensions.join(' 或 ')}）。`;
  }
  return null;
}
