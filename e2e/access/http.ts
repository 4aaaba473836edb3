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

/**
 * The RSC stream's rows: `id:json\n`, or `id:T<hex byte length>,<text>` (long strings, which
 * carry no newline of their own).
 */
function rscRows(body: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const colon = body.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = body.subarray(at, colon).toString();
    if (body[colon + 1] === 0x54 /* T */) {
      const comma = body.indexOf(0x2c, colon);
      const length = parseInt(body.subarray(colon + 2, comma).toString(), 16);
      rows.set(id, body.subarray(comma + 1, comma + 1 + length).toString());
      at = comma + 1 + length;
    } else {
      const end = body.indexOf(0x0a, colon);
      rows.set(id, body.subarray(colon + 1, end < 0 ? body.length : end).toString());
      at = end < 0 ? body.length : end + 1;
    }
  }
  return rows;
}

/** The action's return value: row 0 names the row ("$@1") that holds it; "$2" points at a text row. */
function actionResult(body: Buffer): unknown {
  const rows = rscRows(body);
  const revive = (_key: string, value: unknown) => {
    if (typeof value !== 'string' || !value.startsWith('$')) return value;
    if (value.startsWith('$$')) return value.slice(1);
    const ref = /^\$([0-9a-f]+)$/.exec(value);
    return ref && rows.has(ref[1]) ? rows.get(ref[1]) : value;
  };
  try {
    const head = JSON.parse(rows.get('0') ?? 'null') as { a?: unknown } | null;
    if (typeof head?.a === 'string' && head.a.startsWith('$@')) return JSON.parse(rows.get(head.a.slice(2)) ?? 'null', revive);
    return head?.a;
  } catch {
    return undefined;
  }
}

export async function toReply(response: Response, base: string): Promise<Reply> {
  const body = Buffer.from(await response.arrayBuffer());
  const text = body.toString();
  const location = pathOf(response.headers.get('x-action-redirect') ?? response.headers.get('location'), base);
  const isRsc = (response.headers.get('content-type') ?? '').includes('text/x-component');
  return { status: response.status, location, result: isRsc ? actionResult(body) : undefined, text, headers: response.headers };
}

/** Calls a server action the way the browser does (fetch with the Next-Action header). */
export async function callAction(base: string, key: string, at: string, args: unknown[], cookie?: string): Promise<Reply> {
  return callActionById(base, builtAction(key).id, at, args, cookie);
}

export async function callActionById(base: string, id: string, at: string, args: unknown[], cookie?: string): Promise<Reply> {
  const body = await encodeReply(args);
  const response = await fetch(new URL(at, base), {
    method: 'POST',
    body,
    headers: { 'next-action': id, accept: 'text/x-component', origin: new URL(base).origin, ...(cookie ? { cookie } : {}) },
    redirect: 'manual',
  });
  return toReply(response, base);
}

/**
 * The id of the action behind a form of a page, as the page's HTML carries it for browsers
 * without JavaScript (`$ACTION_n:0` = {"id": …}): the form that has a field named `field`.
 */
export function formActionId(html: string, field: string): string {
  for (const form of html.match(/<form[\s\S]*?<\/form>/g) ?? []) {
    if (!form.includes(`name="${field}"`)) continue;
    const ref = /name="\$ACTION_\d+:0" value="([^"]+)"/.exec(form) ?? /name="\$ACTION_ID_([0-9a-f]+)"/.exec(form);
    if (!ref) continue;
    if (!ref[1].startsWith('{')) return ref[1];
    const json = ref[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    return (JSON.parse(json) as { id: string }).id;
  }
  throw new Error(`No form with a field “${field}” and a server action in the page`);
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
