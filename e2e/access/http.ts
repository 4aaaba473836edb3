import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { formData } from './values';

// Server actions and pages over plain HTTP, as a browser calls them, without loading pages: the
// action's id from the build's server-reference manifest, its arguments encoded by React's own
// encodeReply (what the browser runs), the reply decoded from the RSC stream. Used by the access
// matrix (e2e) and by the fault suite (fault/), against 127.0.0.1 only.

const requireHere = createRequire(path.join(process.cwd(), 'package.json'));
const { encodeReply } = requireHere('next/dist/compiled/react-server-dom-webpack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

export type BuiltAction = { id: string; file: string; name: string; workers: string[] };

let manifest: Map<string, BuiltAction> | null = null;

/** 'app/(app)/cases/actions.ts#createCaseAction' → its id and the pages whose bundles carry it. */
export function builtActions(): Map<string, BuiltAction> {
  if (manifest) return manifest;
  const file = path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };
  manifest = new Map(
    Object.entries(json.node).map(([id, a]) => [`${a.filename}#${a.exportedName}`, { id, file: a.filename, name: a.exportedName, workers: Object.keys(a.workers) }]),
  );
  return manifest;
}

export function builtAction(key: string): BuiltAction {
  const action = builtActions().get(key);
  if (!action) throw new Error(`The build has no server action ${key}: run \`npx next build\` after changing actions.`);
  return action;
}

export type Reply = {
  status: number;
  /** Where the server sends the browser: an action's redirect() or an HTTP redirect, as path + query. */
  location: string | null;
  /** The action's return value (for an action answered with a value). */
  result: unknown;
  text: string;
  headers: Headers;
};

function pathOf(location: string | null, base: string): string | null {
  if (!location) return null;
  const url = new URL(location.replace(/;(push|replace)$/, ''), base);
  return url.pathname + url.search;
}

/** The action's return value from the RSC stream: row 0 names the row ("$@1") that holds it. */
function actionResult(text: string): unknown {
  const rows = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  try {
    const head = JSON.parse(rows.get('0') ?? 'null') as { a?: unknown } | null;
    if (typeof head?.a === 'string' && head.a.startsWith('$@')) return JSON.parse(rows.get(head.a.slice(2)) ?? 'null');
    return head?.a;
  } catch {
    return undefined;
  }
}

export async function toReply(response: Response, base: string): Promise<Reply> {
  const text = await response.text();
  const location = pathOf(response.headers.get('x-action-redirect') ?? response.headers.get('location'), base);
  const isRsc = (response.headers.get('content-type') ?? '').includes('text/x-component');
  return { status: response.status, location, result: isRsc ? actionResult(text) : undefined, text, headers: response.headers };
}

/** Calls a server action the way the browser does (fetch with the Next-Action header). */
export async function callAction(base: string, key: string, at: string, args: unknown[], cookie?: string): Promise<Reply> {
  const body = await encodeReply(args);
  const response = await fetch(new URL(at, base), {
    method: 'POST',
    body,
    headers: { 'next-action': builtAction(key).id, accept: 'text/x-component', origin: new URL(base).origin, ...(cookie ? { cookie } : {}) },
    redirect: 'manual',
  });
  return toReply(response, base);
}

/** A GET (or other request) with a session cookie, never following redirects. */
export async function request(base: string, at: string, cookie?: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(new URL(at, base), {
    ...init,
    headers: { origin: new URL(base).origin, ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string> | undefined) },
    redirect: 'manual',
  });
  return toReply(response, base);
}

/** Sent to the sign-in page (by the proxy, a page or an action), or told to sign in (401). */
export function sentToSignIn(reply: Reply): boolean {
  return reply.status === 401 || /^\/login(\?|$)/.test(reply.location ?? '');
}

/** The session cookie of a sign-in through the sign-in form's action (what the form posts). */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const reply = await callAction(base, 'app/login/actions.ts#loginAction', '/login', [{}, formData({ username, password, callbackUrl: '/' })]);
  const cookie = reply.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => c.includes('session-token'))
    .join('; ');
  if (!cookie) throw new Error(`Sign-in as ${username} failed: ${JSON.stringify(reply.result ?? reply.status)}`);
  return cookie;
}
