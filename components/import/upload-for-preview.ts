import { IMPORT_LIMITS, LIMIT_MESSAGES } from '@/lib/domain/register/file-limits';
import type { ImportState } from '@/lib/import/import-state';

type ImportKind = NonNullable<ImportState['kind']>;

/**
 * The 'preview' step of the import page, in the browser: a file over the limit is refused before
 * it is sent; any other goes to the upload route (the only path that takes large bodies), which
 * answers with the page's next state.
 */
export async function uploadForPreview(kind: ImportKind, form: FormData): Promise<ImportState> {
  const file = form.get('file');
  if (!(file instanceof File) || !file.name) return { stage: 'error', kind, message: '请先选择要导入的文件（.xlsx 或 .csv）。' };
  if (file.size > IMPORT_LIMITS.maxBytes) {
    return { stage: 'error', kind, fileName: file.name, message: `“${file.name}”无法导入：${LIMIT_MESSAGES.bytes(file.size)}。` };
  }
  let response: Response;
  try {
    response = await fetch(`/admin/import/upload?kind=${kind}`, { method: 'POST', body: form });
  } catch {
    return { stage: 'error', kind, message: '上传失败：无法连接服务器，请检查网络后重试。' };
  }
  try {
    return (await response.json()) as ImportState;
  } catch {
    return { stage: 'error', kind, message: `上传失败（服务器返回 ${response.status}），请稍后重试。` };
  }
}
