import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { storageStatePath, type DemoUser } from './support';

// What a page costs the browser on its first load: the JavaScript it downloads (gzipped, as the
// server sends it and as Next.js counts "first load JS") and the prefetches its links fire.

export type PageWeight = { path: string; scripts: number; gzipBytes: number; prefetches: number };

/** Which demo user opens a page for measuring: someone the page is meant for. */
export function ownerOf(pattern: string): DemoUser | null {
  if (pattern === '/login') return null;
  if (pattern.startsWith('/admin')) return 'admin';
  if (pattern.startsWith('/audit')) return 'auditor';
  if (/^\/(review|reviews|reports|letters)(\/|$)/.test(pattern)) return 'supervisor';
  return 'clerk';
}

/** Opens `path` in a fresh browser context (nothing cached) and weighs what it loads. */
export async function weighPage(browser: Browser, who: DemoUser | null, path: string): Promise<PageWeight> {
  const context = await browser.newContext(who ? { storageState: storageStatePath(who) } : {});
  const page = await context.newPage();
  try {
    return await weigh(page, path);
  } finally {
    await context.close();
  }
}

async function weigh(page: Page, path: string): Promise<PageWeight> {
  const sizes = new Map<string, Promise<number>>();
  let loaded = false;
  let prefetches = 0;
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch'] || request.url().includes('_rsc=') && request.headers()['purpose'] === 'prefetch') prefetches += 1;
  });
  page.on('response', (response) => {
    if (loaded || response.request().resourceType() !== 'script' || sizes.has(response.url())) return;
    sizes.set(
      response.url(),
      response.body().then((body) => gzipSync(body, { level: 9 }).length),
    );
  });
  await page.goto(path, { waitUntil: 'load' });
  loaded = true;
  // Prefetches start once the links are on screen and the router is idle.
  await page.waitForLoadState('networkidle');
  const bytes = await Promise.all(sizes.values());
  return { path, scripts: bytes.length, gzipBytes: bytes.reduce((a, b) => a + b, 0), prefetches };
}
