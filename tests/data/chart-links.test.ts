// The supervisor's two charts: every bar opens the case list of exactly the cases it counts, read
// as the list's page reads its address. Received dates sit on the months' first and last days and
// across the year's end; replies fall in this year and the last, some on cases received last year.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { OUTCOME_CODES, OUTCOME_GROUPS, type OutcomeCode } from '@/lib/domain/categories';
import { readListFilters } from '@/lib/domain/case-list/list-filters';
import { matchesOutcomeFilter, type OutcomeFilter } from '@/lib/domain/case-list/outcome-filter';
import { receivedInMonth } from '@/lib/domain/case-list/received-month';
import { caseFields, createTempDatabase, makeStaff } from '../support/temp-db';

const now = vi.hoisted(() => ({ day: '2025-03-10' }));
vi.mock('@/lib/data/today', () => ({ today: () => now.day }));

const tempDb = createTempDatabase('chart-links');
const TODAY = '2025-03-10';

let dash: typeof import('@/lib/data/dashboard');
let list: typeof import('@/lib/data/case-list');
let boss: Actor;
/** Every case as registered: the rules of lib/domain count these, the list's SQL must agree. */
const registered: { receivedOn: string; outcome: OutcomeCode | null }[] = [];

const CASES: [receivedOn: string, reply?: [repliedOn: string, outcome: OutcomeCode]][] = [
  ['2024-03-31'], // the month before the chart's twelve
  ['2024-04-01', ['2024-04-20', 'withheld.law_prohibited']], // replied last year: not in this year's outcomes
  ['2024-04-30'],
  ['2024-07-15', ['2024-08-01', 'disclosed']],
  ['2024-12-31', ['2025-01-06', 'withheld.state_secret']], // received last year, counted in this year's reply
  ['2024-12-31', ['2025-01-20', 'unavailable.not_held']],
  ['2025-01-01', ['2025-01-15', 'withheld.third_party']],
  ['2025-01-02', ['2025-02-03', 'other.other']],
  ['2025-02-01', ['2025-02-20', 'partial']],
  ['2025-02-28', ['2025-03-03', 'disclosed']],
  ['2025-02-28', ['2025-03-05', 'withheld.process_info']],
  ['2025-03-01'],
  ['2025-03-10', ['2025-03-10', 'not_processed.duplicate']],
];

beforeAll(async () => {
  const cmd = await import('@/lib/data/case-commands');
  dash = await import('@/lib/data/dashboard');
  list = await import('@/lib/data/case-list');
  boss = await makeStaff('boss', '负责人丙', 'supervisor');
  const clerk = await makeStaff('clerk.a', '登记员甲', 'clerk');
  CASES.forEach(([receivedOn, reply], n) => {
    now.day = receivedOn;
    const id = cmd.createCase(clerk, caseFields({ caseNo: `C-${n + 1}`, receivedOn, applicantName: `申请人${n + 1}` })).id;
    if (reply) {
      now.day = reply[0];
      cmd.closeCase(clerk, id, { outcome: reply[1], repliedOn: reply[0], replyDocNo: null, version: 1 });
    }
    registered.push({ receivedOn, outcome: reply?.[1] ?? null });
  });
  now.day = TODAY;
});

afterAll(() => tempDb.remove());

/** How many cases the list a bar links to holds, its address read as the list's page reads it. */
function linkedCount(href: string): number {
  const url = new URL(href, 'http://x');
  expect(url.pathname).toBe('/cases');
  const { filters, problems } = readListFilters((field) => url.searchParams.get(field) ?? undefined);
  expect(problems, href).toEqual([]);
  return list.listCases(boss, list.caseListFilters(filters)).total;
}

describe('the supervisor’s charts and the lists their bars open', () => {
  it('each month of intake opens the cases received in that month', () => {
    const { intake } = dash.supervisorDashboard(boss);
    expect(intake.map((m) => [m.month, m.count])).toEqual([
      ['2024-04', 2], ['2024-05', 0], ['2024-06', 0], ['2024-07', 1], ['2024-08', 0], ['2024-09', 0],
      ['2024-10', 0], ['2024-11', 0], ['2024-12', 2], ['2025-01', 2], ['2025-02', 3], ['2025-03', 2],
    ]);
    for (const m of intake) expect([m.month, linkedCount(m.href)]).toEqual([m.month, m.count]);
  });

  it('each outcome group opens the cases replied this year with an outcome of the group', () => {
    const { outcomes } = dash.supervisorDashboard(boss);
    expect(outcomes.map((g) => [g.key, g.total])).toEqual([
      ['disclosed', 1], ['partial', 1], ['withheld', 3], ['unavailable', 1], ['not_processed', 1], ['other', 1],
    ]);
    for (const g of outcomes) expect([g.key, linkedCount(g.href)]).toEqual([g.key, g.total]);
  });
});

describe('the list’s SQL and the rules of lib/domain agree', () => {
  const listed = (query: string) => linkedCount(`/cases?${query}`);

  it('for every outcome code and group', () => {
    for (const filter of [...OUTCOME_CODES, ...OUTCOME_GROUPS.map((g) => g.key)] as OutcomeFilter[]) {
      expect([filter, listed(`outcome=${filter}`)]).toEqual([filter, registered.filter((c) => matchesOutcomeFilter(c.outcome, filter)).length]);
    }
  });

  it('for every received month from before the first case to after the last', () => {
    for (const month of ['2024-02', '2024-03', '2024-04', '2024-05', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04']) {
      expect([month, listed(`month=${month}`)]).toEqual([month, registered.filter((c) => receivedInMonth(c.receivedOn, month)).length]);
    }
  });

  it('with the other filters: a month and a group narrow each other', () => {
    expect(listed('month=2024-12&outcome=withheld')).toBe(1);
    expect(listed('month=2024-12&outcome=withheld&replied=2024')).toBe(0);
    expect(listed('year=2025&month=2024-12')).toBe(0);
  });
});
