// On a phone the case table's cells are named by app/globals.css (case-table), counted from the
// row's end, not by an attribute on each of fifty rows: the names there must be the table's columns.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_TABLE_COLUMNS } from '@/components/case-table-columns';
import { PROJECT_ROOT } from '../support/temp-db';

const css = readFileSync(path.join(PROJECT_ROOT, 'app', 'globals.css'), 'utf8');
const written = new Map([...css.matchAll(/td:nth-last-child\((\d+)\)::before \{ content: '([^']*)'; \}/g)].map((m) => [Number(m[1]), m[2]]));

describe('the case table as cards', () => {
  it('names each cell with its column’s label, counted from the row’s end', () => {
    const expected = new Map(CASE_TABLE_COLUMNS.map((c, i) => [CASE_TABLE_COLUMNS.length - i, c.card ? `${c.label}：` : null]).filter((e): e is [number, string] => e[1] !== null));
    expect(written).toEqual(expected);
  });

  it('gives the case number, the card’s title, its own style at the place the columns put it', () => {
    expect(CASE_TABLE_COLUMNS[0].label).toBe('申请编号');
    expect(css).toContain(`td:nth-last-child(${CASE_TABLE_COLUMNS.length}) { @apply text-base font-medium; }`);
  });
});
