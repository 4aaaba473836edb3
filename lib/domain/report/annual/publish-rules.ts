// When a year's report may be published (REPORT.md §5): only a year that has ended; version 1 is
// 发布 and there is only one; later versions are 更正 with a reason; a failed check needs a written
// reason; the publication date lies after the year and not in the future.
import { isIsoDate, type IsoDate } from '../../dates';
import type { Check } from '../types';

export type PublishRequest = {
  year: number;
  today: IsoDate;
  kind: 'publish' | 'correction';
  publishedOn: string;
  /** How many versions the year already has. */
  existing: number;
  failed: readonly Check[];
  acknowledgement: string | null;
  reason: string | null;
};

export type Refusal = { message: string; fieldErrors: Record<string, string[]> };

const MIN_REASON = 4;

export function yearRefusal(year: number, today: IsoDate): string | null {
  const current = Number(today.slice(0, 4));
  if (year > current) return `${year}年是未来的年度，不能发布年度报告。`;
  if (year === current) return `${year}年尚未结束，年度报告须在年度结束后（${year + 1}年1月1日起）发布。`;
  return null;
}

export function publishRefusal(r: PublishRequest): Refusal | null {
  const year = yearRefusal(r.year, r.today);
  if (year) return { message: year, fieldErrors: {} };
  if (r.kind === 'publish' && r.existing > 0) {
    return { message: `${r.year}年度报告已经发布，不能再次发布。如需修改已发布的报告，请由管理员发布更正版本并说明理由。`, fieldErrors: {} };
  }
  if (r.kind === 'correction' && r.existing === 0) return { message: `${r.year}年度报告尚未发布，无需更正，请直接发布。`, fieldErrors: {} };
  const errors: Record<string, string[]> = {};
  if (!isIsoDate(r.publishedOn)) errors.publishedOn = ['请填写发布日期（年-月-日）。'];
  else if (r.publishedOn <= `${r.year}-12-31`) errors.publishedOn = [`发布日期应在${r.year}年结束之后（${r.year + 1}-01-01 或以后）。`];
  else if (r.publishedOn > r.today) errors.publishedOn = [`发布日期不能晚于今天（${r.today}）。`];
  if (r.kind === 'correction' && (r.reason ?? '').trim().length < MIN_REASON) errors.reason = ['请写明更正的理由（至少 4 个字），更正理由将随更正版本一并保存。'];
  if (r.failed.length && (r.acknowledgement ?? '').trim().length < MIN_REASON) {
    errors.acknowledgement = [`有 ${r.failed.length} 项核对未通过（${r.failed.map((c) => c.name).join('；')}）。请先改正，或写明仍要发布的理由（至少 4 个字），理由将随版本一并保存。`];
  }
  if (Object.keys(errors).length) return { message: '没有发布：请按提示修改后再提交。', fieldErrors: errors };
  return null;
}
