import { LETTER_STATUS_LABELS, type LetterStatus } from '@/lib/domain/letters/workflow';

const TONES: Record<LetterStatus, string> = {
  draft: 'bg-slate-200 text-slate-800',
  submitted: 'bg-amber-100 text-amber-900',
  approved: 'bg-blue-100 text-blue-900',
  issued: 'bg-green-100 text-green-900',
  cancelled: 'bg-red-100 text-red-900 line-through',
  discarded: 'bg-slate-100 text-slate-500',
};

export function LetterStatusBadge({ status }: { status: LetterStatus }) {
  return (
    <span className={`rounded px-2 py-0.5 text-xs ${TONES[status]}`} data-testid="letter-status" data-status={status}>
      {LETTER_STATUS_LABELS[status]}
    </span>
  );
}
