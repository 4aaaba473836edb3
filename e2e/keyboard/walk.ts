import { expect, type CDPSession, type Page } from '@playwright/test';
import { installFocusRingCheck } from './focus-ring';
import { installProbe, type Stop } from './probe';

// A keyboard walk of one page: Tab from the top until focus comes back to the start or leaves the
// page, checking each stop (probe.ts, focus-ring.ts) and that every visible control was reached.

/** More Tab presses than any page should need: a walk that has not ended by then is a trap or a wall of links. */
export const MAX_PRESSES = 400;

export type WalkResult = { path: string; stops: number; problems: string[] };

export type Walker = { page: Page; cdp: CDPSession };

/** Installs the in-page probe on every page `page` opens. */
export async function walker(page: Page): Promise<Walker> {
  await page.addInitScript(installFocusRingCheck);
  await page.addInitScript(installProbe);
  return { page, cdp: await page.context().newCDPSession(page) };
}

/**
 * Presses Tab `n` times as a real keyboard does (trusted events), sent in one burst: the renderer
 * takes them in order, and the probe measures each stop as the next Tab arrives.
 */
async function pressTab({ cdp }: Walker, n: number): Promise<void> {
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < n; i++) {
    sends.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }));
    sends.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }));
  }
  await Promise.all(sends);
}

type Round = { stops: Stop[]; end: 'start' | 'left' | 'trap' | null };

/** One round of Tab from the top: its stops, and how it ended (null: it has not, so far). */
function oneRound(stops: Stop[]): Round {
  const round: Stop[] = [];
  for (const stop of stops) {
    if (round.length === 0) {
      if (stop.id !== -1) round.push(stop);
    } else if (stop.id === round.at(-1)!.id) {
      continue;
    } else if (stop.id === -1 || stop.id === round[0].id) {
      return { stops: round, end: stop.id === -1 ? 'left' : 'start' };
    } else if (round.some((s) => s.id === stop.id)) {
      return { stops: [...round, stop], end: 'trap' };
    } else {
      round.push(stop);
    }
  }
  return { stops: round, end: null };
}

export async function walkPage(w: Walker, path: string, maxPresses = MAX_PRESSES): Promise<WalkResult> {
  const response = await w.page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  return walkOpenPage(w, path, maxPresses);
}

/** The walk of the page `w` shows now, opened at `path` (the every-page pass checks it with axe first). */
export async function walkOpenPage(w: Walker, path: string, maxPresses = MAX_PRESSES): Promise<WalkResult> {
  const { page } = w;
  const problems: string[] = [];
  const survey = await page.evaluate(() => window.__kw.survey());
  for (const what of survey.positiveTabindex) problems.push(`positive tabindex (Tab order differs from the page's): ${what}`);
  for (const what of survey.removed) problems.push(`visible control taken out of the Tab order (tabindex=-1): ${what}`);

  // Enough presses for every control, the parts of date fields and a way back to the top; more if that falls short.
  const seen: Stop[] = [];
  let pressed = 0;
  let round: Round = { stops: [], end: null };
  for (let batch = survey.candidates.length + 12; !round.end && pressed < maxPresses; batch = 40) {
    const n = Math.min(batch, maxPresses - pressed);
    await pressTab(w, n);
    pressed += n;
    seen.push(...(await page.evaluate(() => window.__kw.collect())));
    round = oneRound(seen);
  }
  const { stops, end } = round;
  if (!end) problems.push(`Tab did not come back to the top within ${maxPresses} presses (last at ${stops.at(-1)?.what})`);
  if (end === 'trap') problems.push(`keyboard trap: Tab came back to ${stops.at(-1)!.what} before reaching the end of the page`);
  if (survey.hasNavigation && stops[0] && !stops[0].skip) problems.push(`the first Tab stop is ${stops[0].what}, not the skip link 跳到正文`);
  for (const stop of stops) for (const p of stop.problems) problems.push(`${stop.what}: ${p}`);
  const reached = new Set(stops.map((s) => s.id));
  for (const c of survey.candidates) if (!reached.has(c.id)) problems.push(`never reached by Tab: ${c.what}`);

  // The skip link takes focus to the main content, and the next Tab stays in it.
  if (end && end !== 'trap' && survey.hasNavigation && stops[0].skip && (await page.evaluate(() => window.__kw.focusSkipLink()))) {
    await page.keyboard.press('Enter');
    if ((await page.evaluate(() => window.__kw.where())) !== 'main') problems.push('Enter on the skip link does not move focus to the main content');
    else if (stops.some((s) => s.inMain)) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => window.__kw.where())) !== 'in-main') problems.push('the Tab after the skip link does not land in the main content');
    }
  }
  return { path, stops: stops.length, problems: problems.map((p) => `${path}: ${p}`) };
}
