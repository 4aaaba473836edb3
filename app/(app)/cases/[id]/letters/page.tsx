import type { Metadata } from 'next';
import { recordTitle } from '@/lib/pages/page-title';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/current-user';
import { getCaseDetail } from '@/lib/data/case-detail';
import { getCaseClock } from '@/lib/data/case-clock-view';
import { listCaseLetters } from '@/lib/data/letters/queries';
import { readLetterSettings } from '@/lib/data/letter-settings';
import { canDraftLetter } from '@/lib/domain/policy';
import { letterTypeGroups } from '@/lib/domain/letters/type-options';
import { idParam, loadOr404 } from '@/lib/pages/load-record';
import { noticeParam } from '@/lib/pages/notice-param';
import type { SearchParams } from '@/lib/pages/search-params';
import { FormMessage } from '@/components/form/form-message';
import { LetterTable } from '@/components/letters/letter-table';
import { NewLetterForm } from '@/components/letters/new-letter-form';
import { createLetterAction } from './actions';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const raw = (await params).id;
  return recordTitle((user) => `申请 ${getCaseDetail(user, Number(raw)).caseNo} 的文书`, '文书');
}

const SAVED = { discarded: '草稿已删除。' };

export default async function CaseLettersPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const c = loadOr404(() => getCaseDetail(user, id));
  const saved = noticeParam(await searchParams, 'saved', SAVED);
  const rows = listCaseLetters(user, id);
  const mayDraft = canDraftLetter(user, { handlerId: c.handlerId, closed: c.closed });
  const suggestion = mayDraft ? getCaseClock(user, id).suggestions[0]?.outcome : undefined;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1>申请 {c.caseNo} 的文书</h1>
        <span className="text-sm text-slate-600">{c.applicantName}</span>
        <Link prefetch={false} href={`/cases/${id}`} className="ml-auto text-sm">
          返回申请详情
        </Link>
      </div>
      <FormMessage tone="success" message={saved} />
      <section className="card space-y-3" aria-labelledby="new-letter-h">
        <h2 id="new-letter-h">起草文书</h2>
        {mayDraft ? (
          <NewLetterForm action={createLetterAction.bind(null, id)} groups={letterTypeGroups(readLetterSettings())} suggested={suggestion ? `reply.${suggestion}` : undefined} />
        ) : (
          <p className="text-sm text-slate-600">{c.closed ? '该申请已办结，不能再起草文书。如需重新答复，请负责人先重新打开申请。' : '只有本申请的承办人或负责人可以起草文书。'}</p>
        )}
      </section>
      <section className="card space-y-3" aria-labelledby="letters-list-h">
        <h2 id="letters-list-h">已有文书</h2>
        <LetterTable rows={rows} empty="尚未起草文书。" />
      </section>
    </div>
  );
}
