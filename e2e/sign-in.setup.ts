import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import { signInWithForm, storageStatePath, USERS, type DemoUser } from './support';

// Each demo user signs in through the form once per run; every other test starts from the saved
// session (login, pageAs in support.ts) instead of the form. The sign-in form has its own tests.
for (const who of Object.keys(USERS) as DemoUser[]) {
  setup(`${who} signs in once for the run`, async ({ page }) => {
    await signInWithForm(page, who);
    await mkdir(path.dirname(storageStatePath(who)), { recursive: true });
    await page.context().storageState({ path: storageStatePath(who) });
  });
}
