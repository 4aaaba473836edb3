import { writeFileSync } from 'node:fs';
import { test as setup } from '@playwright/test';
import { prepareMatrix } from './access/prepare';
import { matrixStatePath } from './access/state';

// The access matrix's principals and records (e2e/access/prepare.ts), once per run on its server.
setup('the access matrix signs in its principals and makes its records', async ({ baseURL }) => {
  const state = await prepareMatrix(baseURL!, process.env.MATRIX_DATABASE_PATH!);
  writeFileSync(matrixStatePath(), JSON.stringify(state, null, 2), { mode: 0o600 });
});
