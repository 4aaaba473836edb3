import Link from 'next/link';
import type { LetterListRow } from '@/lib/data/letters/queries';
import { LetterTable } from './letter-table';

/** The case page's list of letters, with the way to draft one. */
export function CaseLettersPanel({ caseId, rows }: { caseId: number; rows: LetterListRow[] }) {
  return (
    <section className="card space-y-3" aria-labelledby="letters-h" data-testid="case-letters">
      <div className="flex items-center gap-3">
        <h2 id="letters-h">文书</h2>
        <Link prefetch={false} href={`/cases/${caseId}/letters`} className="ml-auto text-sm">
          起草和管理文书
        </Link>
      </div>
      <LetterTable rows={rows} empty="尚未起草文书。" />
    </section>
  );
}
