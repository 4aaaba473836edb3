import Link from 'next/link';
import type { DecidedExtension } from '@/lib/data/review-board';
import { FocusedAlert } from '@/components/form/focused-alert';

/**
 * The confirmation after a supervisor decided an extension request without leaving the page. It
 * takes focus: the form they sent is gone from the list.
 */
export function DecidedExtensionNotice({ decided }: { decided: DecidedExtension | null }) {
  if (!decided) return null;
  return (
    <FocusedAlert key={decided.caseId} tone="success" testId="extension-decided" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
      已{decided.approved ? '批准' : '不批准'}申请 <Link prefetch={false} href={`/cases/${decided.caseId}`} className="underline">{decided.caseNo}</Link> 的延期申请
      {decided.approved ? `（延长 ${decided.days} 个工作日），答复期限现为 ${decided.replyDueOn}` : '，答复期限不变'}。
    </FocusedAlert>
  );
}
