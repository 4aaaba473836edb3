// Saved filters: the product's defaults and each user's own, read strictly every time they are
// shown, so one the list no longer understands is listed as ignored with the reason, never an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/roles';
import { caught, createTempDatabase, makeStaff } from '../support/temp-db';

const temp = createTempDatabase('saved-filters');
let saved: typeof import('@/lib/data/saved-filters');
let client: import('better-sqlite3').Database;
let clerk: Actor;
let other: Actor;

beforeAll(async () => {
  saved = await import('@/lib/data/saved-filters');
  client = (await import('@/db/client')).getDb().$client;
  clerk = await makeStaff('clerk.a', '登记员甲', 'clerk');
  other = await makeStaff('clerk.b', '登记员乙', 'clerk');
});
afterAll(() => temp.remove());

const own = (actor: Actor) => saved.listSavedFilters(actor).filter((f) => f.id !== null);

describe('saved filters', () => {
  it('everyone starts with the defaults, which cannot be deleted', () => {
    const list = saved.listSavedFilters(clerk);
    expect(list.slice(0, 2)).toEqual([
      { id: null, name: '我的超期', ok: true, query: 'status=overdue&handler=me&sort=due_asc' },
      { id: null, name: '我的办理中', ok: true, query: 'status=open&handler=me&sort=due_asc' },
    ]);
    expect(list.map((f) => f.name)).toContain('本周到期');
  });

  it('saves the current filters under a name, in a canonical form, for its owner only', () => {
    saved.saveFilter(clerk, '拆迁类', 'sort=due_asc&q=%E6%8B%86%E8%BF%81&status=open');
    expect(own(clerk)).toEqual([{ id: expect.any(Number), name: '拆迁类', ok: true, query: 'q=%E6%8B%86%E8%BF%81&status=open&sort=due_asc' }]);
    expect(own(other)).toEqual([]);
  });

  it('refuses a name already used, an empty filter and a query it does not understand', () => {
    expect((caught(() => saved.saveFilter(clerk, '拆迁类', 'status=open')) as ValidationError).fieldErrors.name).toEqual(['已有名为“拆迁类”的筛选，请换一个名称。']);
    expect((caught(() => saved.saveFilter(clerk, '本周到期', 'status=open')) as ValidationError).fieldErrors.name).toEqual(['已有名为“本周到期”的筛选，请换一个名称。']);
    expect((caught(() => saved.saveFilter(clerk, '空', '')) as ValidationError).fieldErrors.name).toEqual(['请先设置至少一个筛选条件，再保存。']);
    expect((caught(() => saved.saveFilter(clerk, '坏', 'status=open&colour=red')) as ValidationError).fieldErrors.name).toEqual(['这些筛选条件无法保存：含有无法识别的条件“colour”。']);
    expect(own(clerk)).toHaveLength(1);
  });

  it('lists a stored filter with an unknown field or a malformed query as ignored, with the reason', () => {
    const insert = client.prepare(`INSERT INTO saved_filters (user_id, name, query, created_at) VALUES (?, ?, ?, 'x')`);
    insert.run(clerk.id, '旧版筛选', 'status=open&priority=high');
    insert.run(clerk.id, '损坏的筛选', 'q=%E4%B8&&status');
    insert.run(clerk.id, '旧状态', 'status=late');
    expect(own(clerk).slice(1)).toEqual([
      { id: expect.any(Number), name: '旧版筛选', ok: false, problem: '含有无法识别的条件“priority”。' },
      { id: expect.any(Number), name: '损坏的筛选', ok: false, problem: '筛选条件的格式有误，无法读取。' },
      { id: expect.any(Number), name: '旧状态', ok: false, problem: '状态“late”无法识别。' },
    ]);
  });

  it('deletes one of the user’s own filters only', () => {
    const [first] = own(clerk);
    expect(caught(() => saved.deleteSavedFilter(other, first.id!))).toBeInstanceOf(NotFoundError);
    saved.deleteSavedFilter(clerk, first.id!);
    expect(own(clerk).map((f) => f.name)).not.toContain('拆迁类');
  });

  it('is for those who see the case list', () => {
    const auditor: Actor = { id: 99, username: 'aud', displayName: '审计员', role: 'auditor' };
    expect(caught(() => saved.listSavedFilters(auditor))).toBeInstanceOf(ForbiddenError);
    expect(caught(() => saved.saveFilter(auditor, 'x', 'status=open'))).toBeInstanceOf(ForbiddenError);
  });
});
