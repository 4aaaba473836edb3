// The rows kept between the check of a file and its import come back as they went in, in order,
// as often as they are asked for, across blocks, and not at all once dropped.
import { describe, expect, it } from 'vitest';
import { rowKeeper } from './kept-rows';

type Row = { rowNumber: number; caseNo: string; content: string | null; steps: { fees: { amount: number | null }[] } };

const row = (n: number): Row => ({ rowNumber: n + 2, caseNo: `依申请-${n}`, content: n % 3 ? `第一行\n第二行 "引号" ${n}` : null, steps: { fees: n % 5 ? [] : [{ amount: n / 10 }] } });

async function all<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const r of rows) seen.push(r);
  return seen;
}

describe('rowKeeper', () => {
  it('gives back every row unchanged and in order, across several blocks, each time it is asked', async () => {
    const keeper = rowKeeper<Row>();
    const rows = Array.from({ length: 2_345 }, (_, i) => row(i));
    for (const r of rows) keeper.add(r);
    const kept = keeper.keep();
    expect(kept.count).toBe(2_345);
    expect(await all(kept.rows())).toEqual(rows);
    expect(await all(kept.rows())).toEqual(rows);
  });

  it('keeps nothing of what was dropped', async () => {
    const keeper = rowKeeper<Row>();
    for (let i = 0; i < 1_500; i++) keeper.add(row(i));
    keeper.drop();
    keeper.add(row(7));
    const kept = keeper.keep();
    expect(kept.count).toBe(1);
    expect(await all(kept.rows())).toEqual([row(7)]);
  });

  it('keeps no rows at all as an empty source', async () => {
    const kept = rowKeeper<Row>().keep();
    expect(kept.count).toBe(0);
    expect(await all(kept.rows())).toEqual([]);
  });
});
