import { expect, test } from '@playwright/test';
import { walker, walkPage } from './keyboard/walk';

// Issue 11: everything operable by keyboard, with visible focus (≥ 3:1). Every page is walked for
// every role by every-page.spec.ts (in the same visit as its axe check): the skip link first and
// into the main content, every visible control reached in page order, no trap, and every stop
// visible with a focus ring of at least 3:1 against what is behind it (keyboard/probe.ts).

// The walk itself finds what it is meant to find: a page built with each defect (served by the test,
// not the app) fails with each named.
const FLAWED = `<!doctype html><html lang="zh-CN"><head><style>
  :focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
  .skip { position: absolute; top: 0; transform: translateY(-5rem); } .skip:focus { transform: none; }
  .bare:focus-visible { outline: none; } .faint:focus-visible { outline-color: #e2e8f0; }
  .away { position: absolute; left: -9999px; } .tiny { position: absolute; width: 1px; height: 1px; overflow: hidden; }
  .low { position: absolute; top: 680px; left: 1rem; } .bar { position: fixed; inset: auto 0 0 0; height: 5rem; background: #fff; }
</style></head><body>
  <a class="skip" href="#main">跳到正文</a><header><nav><a href="/one">导航</a></nav></header>
  <main id="main" tabindex="-1"><p><button class="bare">无焦点框</button> <button class="faint">浅色焦点框</button>
  <a class="away" href="/away">屏幕外</a> <a class="tiny" href="/tiny">缩成一点</a> <button class="low">被遮住</button> <input aria-label="插队" tabindex="2"> <button tabindex="-1">移出</button></p>
  <p><input aria-label="出不去" id="trap"></p></main><div class="bar"></div>
  <script>document.getElementById('trap').addEventListener('keydown', (e) => { if (e.key === 'Tab') e.preventDefault(); });</script>
</body></html>`;

test('the walk names a missing or faint focus ring, a stop off-screen, hidden or covered, a positive tabindex, a removed control and a trap', async ({ page }) => {
  const w = await walker(page);
  await page.route('**/keyboard-walk-fixture', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: FLAWED }));
  const { problems } = await walkPage(w, '/keyboard-walk-fixture', 30);
  const expected = [
    /button “无焦点框”: no focus indicator/,
    /button “浅色焦点框”: focus ring below 3:1/,
    /a “屏幕外” → \/away: off-screen/,
    /a “缩成一点” → \/tiny: hidden \(1×1 px/,
    /button “被遮住”: covered by div/,
    /positive tabindex .*input “插队”/,
    /the first Tab stop is input/,
    /taken out of the Tab order \(tabindex=-1\): button “移出”/,
    /Tab did not come back to the top within 30 presses \(last at input#trap/,
  ];
  for (const pattern of expected) expect(problems, String(pattern)).toContainEqual(expect.stringMatching(pattern));
});
