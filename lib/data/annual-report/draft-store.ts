import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reportDrafts } from '@/db/schema';
import { StaleVersionError } from '@/lib/domain/errors';
import { GENERATED_KEYS, STAFF_TEXT_KEYS, type ReportDraft } from '@/lib/domain/report/annual';
import type { Actor } from '@/lib/domain/roles';
import { writeAudit, type Changes } from '../audit';

// The stored draft of a year (report_drafts): read with every key present whatever an older version
// of the product stored, written with an optimistic version check and an audit record.

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function complete(raw: Record<string, unknown>): ReportDraft {
  const texts = (raw.texts ?? {}) as Record<string, string>;
  const paragraphs = (raw.paragraphs ?? {}) as Record<string, { text?: string; generated?: string }>;
  return {
    texts: Object.fromEntries(STAFF_TEXT_KEYS.map((k) => [k, texts[k] ?? ''])) as ReportDraft['texts'],
    paragraphs: Object.fromEntries(GENERATED_KEYS.map((k) => [k, { text: paragraphs[k]?.text ?? '', generated: paragraphs[k]?.generated ?? '' }])) as ReportDraft['paragraphs'],
    tableTwo: (raw.tableTwo ?? {}) as ReportDraft['tableTwo'],
  };
}

export function storedDraft(db: Pick<Db, 'select'>, year: number): { draft: ReportDraft; version: number } | null {
  const row = db.select().from(reportDrafts).where(eq(reportDrafts.year, year)).get();
  return row ? { draft: complete(row.content), version: row.version } : null;
}

/** Saves the draft if nobody saved it since `version` (0: never saved); returns the new version. */
export function writeDraft(tx: Tx, actor: Actor, year: number, draft: ReportDraft, version: number, note: string): number {
  const now = new Date().toISOString();
  const current = storedDraft(tx, year);
  if ((current?.version ?? 0) !== version) {
    throw new StaleVersionError('保存失败：报告草稿已被他人修改。为避免覆盖他人的修改，您的内容未保存。请刷新页面查看最新内容后再修改。');
  }
  const content = draft as unknown as Record<string, unknown>;
  if (current) tx.update(reportDrafts).set({ content, version: version + 1, updatedAt: now, updatedBy: actor.id }).where(eq(reportDrafts.year, year)).run();
  else tx.insert(reportDrafts).values({ year, content, version: 1, createdAt: now, updatedAt: now, updatedBy: actor.id }).run();
  const changed: Changes = Object.fromEntries(
    [...STAFF_TEXT_KEYS.filter((k) => current?.draft.texts[k] !== draft.texts[k]).map((k) => [`text.${k}`, draft.texts[k]]), ...GENERATED_KEYS.filter((k) => current?.draft.paragraphs[k].text !== draft.paragraphs[k].text).map((k) => [`paragraph.${k}`, draft.paragraphs[k].text])].map(
      ([k, to]) => [k, { from: null, to }],
    ),
  );
  if (JSON.stringify(current?.draft.tableTwo ?? {}) !== JSON.stringify(draft.tableTwo)) changed.tableTwo = { from: current?.draft.tableTwo ?? null, to: draft.tableTwo };
  writeAudit(tx, actor, { entityType: 'report', entityId: year, action: 'report.draft', changes: changed, note });
  return version + 1;
}
