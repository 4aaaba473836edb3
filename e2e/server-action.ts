import type { Page } from '@playwright/test';

export type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

/**
 * Lets `trigger` submit a server action from `page` but stops the request before it reaches the
 * server, and returns it, so a test can replay exactly that call as another user.
 */
export async function captureServerAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  let resolve!: (c: CapturedAction) => void;
  const captured = new Promise<CapturedAction>((r) => (resolve = r));
  await page.route('**/*', async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    if (request.method() === 'POST' && headers['next-action']) {
      resolve({ url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) });
      await route.abort();
      return;
    }
    await route.continue();
  });
  await trigger();
  const action = await captured;
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  return action;
}

/** Replays a captured action with the cookies of `page`'s context; returns status and body text. */
export async function replayServerAction(page: Page, action: CapturedAction): Promise<{ status: number; text: string }> {
  const keep = ['next-action', 'content-type', 'accept', 'next-router-state-tree'];
  const headers = Object.fromEntries(Object.entries(action.headers).filter(([k]) => keep.includes(k)));
  const response = await page.request.post(action.url, { headers, data: action.body, maxRedirects: 0 });
  return { status: response.status(), text: await response.text() };
}
