import { readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, type Browser } from '@playwright/test';
import { storageStatePath } from './support';

// Every page of the app, found in app/ (so a new page is covered without editing a list), and a
// real address for each: dynamic segments filled with ids of the e2e database's demo data. Used
// by the axe and keyboard pass (every-page.spec.ts) and the JavaScript budget (js-budget.spec.ts); an
// access-control matrix may use it the same way.
//
//   pageRoutes()          → [{ pattern: '/cases/[id]', file: 'app/(app)/cases/[id]/page.tsx' }, …]
//   concreteRoutes()      → [{ pattern: '/cases/[id]', path: '/cases/3' }, …]  (one or more per page)
//
// A page whose pattern has a dynamic segment, or that needs a query to show anything, must have an
// entry in SAMPLES; concreteRoutes() throws naming any page without one, so the pass cannot
// silently skip a new page.

const ROOT = path.resolve(__dirname, '..');

export type PageRoute = { pattern: string; file: string };
export type ConcreteRoute = { pattern: string; path: string };

/** Every page.tsx under app/, as its URL pattern: route groups dropped, dynamic segments kept. */
export function pageRoutes(appDir = path.join(ROOT, 'app')): PageRoute[] {
  const found: PageRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // (group) folders do not appear in the URL; _private and @slot folders are not routes.
        if (entry.name.startsWith('_') || entry.name.startsWith('@')) continue;
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) {
        found.push({ pattern: `/${segments.join('/')}`, file: path.relative(ROOT, path.join(dir, entry.name)) });
      }
    }
  };
  walk(appDir, []);
  return found.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

export function isDynamic(pattern: string): boolean {
  return /\[[^\]]+\]/.test(pattern);
}

type Db = Database.Database;
type Sample = (db: Db) => string[];

const one = (db: Db, sql: string, ...args: unknown[]): Record<string, unknown> | undefined => db.prepare(sql).get(...args) as Record<string, unknown> | undefined;
const year = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

/**
 * Real addresses for the pages that need an id or a query. Cases: an open case with steps to record
 * and a closed one; letters: the first letter kept (ensureSampleRecords drafts one when none exists).
 */
export const SAMPLES: Record<string, Sample> = {
  '/cases/[id]': (db) => {
    const open = one(db, "SELECT id FROM cases WHERE replied_on IS NULL AND handler_id = (SELECT id FROM users WHERE username = 'clerk') ORDER BY id LIMIT 1");
    const closed = one(db, 'SELECT id FROM cases WHERE replied_on IS NOT NULL ORDER BY id LIMIT 1');
    return [open, closed].filter(Boolean).map((r) => `/cases/${r!.id}`);
  },
  '/cases/[id]/edit': (db) => idPaths(db, "SELECT id FROM cases WHERE replied_on IS NULL AND handler_id = (SELECT id FROM users WHERE username = 'clerk') ORDER BY id LIMIT 1", (r) => `/cases/${r.id}/edit`),
  '/cases/[id]/letters': (db) => idPaths(db, "SELECT id FROM cases WHERE replied_on IS NULL AND handler_id = (SELECT id FROM users WHERE username = 'clerk') ORDER BY id LIMIT 1", (r) => `/cases/${r.id}/letters`),
  '/cases/[id]/letters/[letterId]': (db) => idPaths(db, "SELECT id, case_id FROM letters WHERE status <> 'discarded' ORDER BY id LIMIT 1", (r) => `/cases/${r.case_id}/letters/${r.id}`),
  '/admin/users/[id]': (db) => idPaths(db, "SELECT id FROM users WHERE username = 'clerk'", (r) => `/admin/users/${r.id}`),
  '/admin/calendar/[year]': () => [`/admin/calendar/${year()}`],
  '/admin/letter-templates/[key]': () => ['/admin/letter-templates/receipt'],
  '/reports/[year]': () => [`/reports/${year()}`],
  '/reports/[year]/cells': () => [`/reports/${year()}/cells?row=new&col=total`],
  '/reports/[year]/annual': () => [`/reports/${year()}/annual`],
  '/reports/[year]/baseline': () => [`/reports/${year()}/baseline`],
  '/reports/[year]/current': () => [`/reports/${year()}/current`],
  '/reviews/[id]': (db) => idPaths(db, 'SELECT id FROM reviews ORDER BY id LIMIT 1', (r) => `/reviews/${r.id}`),
};

function idPaths(db: Db, sql: string, to: (row: Record<string, unknown>) => string): string[] {
  const row = one(db, sql);
  return row ? [to(row)] : [];
}

function openDatabase(): Db {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error('E2E_DATABASE_PATH is not set');
  const db = new Database(file, { readonly: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Every page with a real address (several for pages worth seeing in more than one state). */
export function concreteRoutes(options: { only?: (pattern: string) => boolean } = {}): ConcreteRoute[] {
  const db = openDatabase();
  try {
    const out: ConcreteRoute[] = [];
    for (const { pattern } of pageRoutes()) {
      if (options.only && !options.only(pattern)) continue;
      const sample = SAMPLES[pattern];
      if (!sample) {
        if (isDynamic(pattern)) throw new Error(`e2e/routes.ts: no sample address for the page ${pattern}; add one to SAMPLES`);
        out.push({ pattern, path: pattern });
        continue;
      }
      const paths = sample(db);
      if (paths.length === 0) throw new Error(`e2e/routes.ts: the e2e database has no record to show ${pattern}`);
      for (const p of paths) out.push({ pattern, path: p });
    }
    return out;
  } finally {
    db.close();
  }
}

/** The pages a signed-out visitor may open (everything else sends them to /login). */
export const PUBLIC_PATTERNS = ['/login'];
/** Steps of a sign-in in progress: reached only from the sign-in form, not by address. */
export const SIGN_IN_STEP_PATTERNS = ['/login/change-password', '/login/enrol', '/login/verify'];

/**
 * The demo agency has no letters: draft one (a receipt, on the clerk's first open case) so that the
 * letter page has an address. Does nothing when a letter exists.
 */
export async function ensureSampleRecords(browser: Browser): Promise<void> {
  const db = openDatabase();
  let caseId: number | undefined;
  try {
    if (one(db, "SELECT id FROM letters WHERE status <> 'discarded' LIMIT 1")) return;
    caseId = one(db, "SELECT id FROM cases WHERE replied_on IS NULL AND handler_id = (SELECT id FROM users WHERE username = 'clerk') ORDER BY id LIMIT 1")?.id as number | undefined;
  } finally {
    db.close();
  }
  if (caseId === undefined) throw new Error('e2e/routes.ts: the clerk has no open case to draft a sample letter on');
  const context = await browser.newContext({ storageState: storageStatePath('clerk') });
  try {
    const page = await context.newPage();
    await page.goto(`/cases/${caseId}/letters`);
    const form = page.getByRole('form', { name: '起草文书' });
    await form.getByRole('combobox', { name: '文书', exact: true }).selectOption({ label: '政府信息公开申请接收回执' });
    await form.getByRole('button', { name: '起草' }).click();
    await expect(page.getByTestId('form-success')).toContainText('草稿已按模板生成');
  } finally {
    await context.close();
  }
}
