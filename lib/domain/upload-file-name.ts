// The name of an uploaded file as the browser sent it goes into case events, the audit trail and
// messages on screen, so it is cleaned first: no control characters (a line break would forge a
// line in a log or a CLI-style report), no path separators (it is a name, never a path), at most
// 200 characters. A name with nothing left becomes 上传文件.xlsx / 上传文件.csv by the file's type.

export const UPLOAD_NAME_MAX = 200;

function isCsv(name: string, mimeType: string): boolean {
  return /\.csv$/i.test(name) || /^text\/(csv|plain)\b/i.test(mimeType);
}

export function cleanUploadFileName(raw: string, mimeType = ''): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[/\\]/g, '')
    .trim();
  const fallback = isCsv(raw, mimeType) ? '上传文件.csv' : '上传文件.xlsx';
  // A name of dots only ('.', '..') says nothing and reads as a path step.
  if (cleaned === '' || /^\.+$/.test(cleaned)) return fallback;
  const chars = [...cleaned];
  if (chars.length <= UPLOAD_NAME_MAX) return cleaned;
  // Keep the extension, which decides how the file is read.
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(cleaned)?.[0] ?? '';
  return chars.slice(0, UPLOAD_NAME_MAX - ext.length).join('') + ext;
}
