// The layering of docs/ARCHITECTURE.md is a lint rule, not a convention: ESLint, with the project's
// own configuration, refuses each wrong-way import below and accepts the right-way ones.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/temp-db';

let eslint: ESLint;
// Loading the configuration, its plugins and the import resolver takes a while on a busy machine.
beforeAll(async () => {
  eslint = new ESLint({ cwd: PROJECT_ROOT });
  await eslint.lintText('export {};\n', { filePath: `${PROJECT_ROOT}/lib/domain/warm-up.ts` });
}, 120_000);

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: `${PROJECT_ROOT}/${file}` });
  return result.messages.filter((m) => m.ruleId === 'import/no-restricted-paths' || m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('the layering lint', () => {
  it.each([
    ['lib/domain/clock/wrong.ts', "import { listCases as x } from '@/lib/data/case-list';"],
    ['lib/domain/clock/wrong.ts', "import { listCases as x } from '../../data/case-list';"],
    ['lib/domain/wrong.ts', "import { getDb as x } from '@/db/client';"],
    ['lib/domain/wrong.ts', "import { TH as x } from '@/components/report/report-cell';"],
    ['lib/domain/wrong.ts', "import { signOutAction as x } from '@/app/login/actions';"],
    ['lib/domain/wrong.ts', "import { useState as x } from 'react';"],
    ['lib/domain/wrong.ts', "import { redirect as x } from 'next/navigation';"],
    ['lib/domain/wrong.ts', "import { sql as x } from 'drizzle-orm';"],
    ['components/wrong.tsx', "import { getDb as x } from '@/db/client';"],
    ['components/wrong.tsx', "import { signOutAction as x } from '@/app/login/actions';"],
    ['components/wrong.tsx', "import { listCases as x } from '@/lib/data/case-list';"],
    ['lib/data/wrong.ts', "import { signOutAction as x } from '@/app/login/actions';"],
    ['lib/data/wrong.ts', "import { CaseTable as x } from '@/components/case-table';"],
    ['lib/data/wrong.ts', "import { prepareImport as x } from '@/lib/import/prepare-import';"],
    ['db/wrong.ts', "import { writeAudit as x } from '@/lib/data/audit';"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['lib/domain/clock/right.ts', "import { addDays as x } from '../dates';"],
    ['lib/data/right.ts', "import { computeClock as x } from '@/lib/domain/clock';"],
    ['lib/data/right.ts', "import { getDb as x } from '@/db/client';"],
    ['components/right.tsx', "import type { CaseListRow as x } from '@/lib/data/case-list';"],
    ['app/right.tsx', "import { listCases as x } from '@/lib/data/case-list';"],
  ])('accepts %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
