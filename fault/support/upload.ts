import { request as playwrightRequest } from '@playwright/test';

// A file upload as a browser sends it. Playwright's client reads a reply the server sends before it
// has taken the whole body (a 413 for a 50 MB file); fetch reports that as a reset connection.

export async function upload(base: string, at: string, cookie: string, file: { name: string; body: Buffer; mimeType?: string }, fields: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const context = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { origin: new URL(base).origin, ...(cookie ? { cookie } : {}) } });
  try {
    const response = await context.post(at, { multipart: { ...fields, file: { name: file.name, mimeType: file.mimeType ?? 'application/octet-stream', buffer: file.body } }, maxRedirects: 0, timeout: 120_000 });
    return { status: response.status(), text: await response.text() };
  } finally {
    await context.dispose();
  }
}
