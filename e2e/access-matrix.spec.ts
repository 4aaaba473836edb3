import { expect, test } from '@playwright/test';
import { ACTIONS, PAGES, PRINCIPALS, ROLES, ROUTES, type ActionRule, type Outcome, type Principal, type RouteRule } from './access-matrix';
import { matrixGaps } from './access/coverage';
import { discoverActions } from './access/discover';
import { actionPage, fillPath } from './access/fill-path';
import { changedTables, fingerprint } from './access/fingerprint';
import { Fixtures } from './access/fixtures';
import { builtActions, callAction, request, sentToSignIn, signIn, type Reply } from './access/http';
import { loadMatrixState } from './access/state';

// Every page, route handler and server action (access-matrix.ts) as each role and as a visitor who
// is signed out (never signed in, deactivated, session expired), over HTTP with saved sessions. A
// refused action or upload must leave the whole database as it was; an allowed one must change it
// (so the request the matrix sends is one that would have worked). One worker, in order: the
// database fingerprints need the matrix server to themselves.

test.describe.configure({ mode: 'default' });

let fixtures: Fixtures | null = null;
const fx = () => (fixtures ??= new Fixtures(loadMatrixState()));

type Seen = { who: Principal; expected: Outcome; got: string };

function matches(expected: Outcome, got: string): boolean {
  if (expected.startsWith('redirect ')) return got.startsWith(expected);
  return got === expected;
}

function report(what: string, seen: Seen[]): void {
  const wrong = seen.filter((s) => !matches(s.expected, s.got));
  const table = seen.map((s) => `${matches(s.expected, s.got) ? '  ' : '✗ '}${s.who.padEnd(12)} expected ${s.expected.padEnd(10)} got ${s.got}`).join('\n');
  expect(wrong, `${what}\n${table}`).toEqual([]);
}

/** What a GET (or an upload) came to, in the matrix's words. */
function outcomeOf(reply: Reply): string {
  if (sentToSignIn(reply)) return 'sign-in';
  if (reply.status === 200) return 'ok';
  if (reply.status === 403) return 'forbidden';
  if (reply.status >= 300 && reply.status < 400 && reply.location) return `redirect ${reply.location}`;
  return `status ${reply.status}: ${reply.text.slice(0, 160)}`;
}

function messageOf(reply: Reply): string {
  const result = reply.result as { message?: string } | undefined;
  return result?.message ? ` “${result.message}”` : reply.location ? ` → ${reply.location}` : '';
}

test('every page, route handler and server action has an entry in e2e/access-matrix.ts', () => {
  expect(matrixGaps().join('\n\n')).toBe('');
  const built = builtActions();
  const unbuilt = discoverActions().filter((k) => !built.has(k));
  expect(unbuilt, 'server actions missing from the build (run `npx next build`)').toEqual([]);
});

for (const [pattern, rule] of Object.entries(PAGES)) {
  test(`page ${pattern}`, async () => {
    const at = typeof rule.at === 'function' ? rule.at(fx()) : (rule.at ?? fillPath(pattern, fx()));
    const seen = await Promise.all(PRINCIPALS.map(async (who) => ({ who, expected: rule.expect[who], got: outcomeOf(await request(fx().base, at, fx().state.cookies[who])) })));
    report(`GET ${at}`, seen);
  });
}

/** An upload as each principal; for everyone but those allowed, the database must stay as it was. */
async function askUpload(rule: RouteRule, method: string, at: string, who: Principal): Promise<string> {
  const body = await rule.body!(fx());
  const before = fingerprint(fx().state.database);
  const reply = await request(fx().base, at, fx().state.cookies[who], { method, body });
  const changed = changedTables(before, fingerprint(fx().state.database));
  const outcome = outcomeOf(reply);
  return outcome !== 'ok' && changed.length ? `${outcome}, but changed ${changed.join(', ')}` : outcome;
}

for (const [key, rule] of Object.entries(ROUTES)) {
  test(`route ${key}`, async () => {
    const [method, pattern] = key.split(' ');
    const at = typeof rule.at === 'function' ? rule.at(fx()) : (rule.at ?? fillPath(pattern, fx()));
    const seen: Seen[] = [];
    if (method === 'GET') {
      seen.push(...(await Promise.all(PRINCIPALS.map(async (who) => ({ who, expected: rule.expect[who], got: outcomeOf(await request(fx().base, at, fx().state.cookies[who])) })))));
    } else {
      for (const who of PRINCIPALS) seen.push({ who, expected: rule.expect[who], got: await askUpload(rule, method, at, who) });
    }
    report(`${method} ${at}`, seen);
  });
}

const USERNAMES: Record<(typeof ROLES)[number], string> = { clerk: 'clerk', supervisor: 'supervisor', admin: 'admin', auditor: 'auditor' };

async function cookieFor(rule: ActionRule, who: Principal): Promise<string> {
  const own = rule.ownSession && (ROLES as readonly string[]).includes(who);
  return own ? signIn(fx().base, USERNAMES[who as (typeof ROLES)[number]], 'Demo-2024') : fx().state.cookies[who];
}

/** What one reply came to, given whether the database changed meanwhile. */
function outcomeOfAction(rule: ActionRule, who: Principal, reply: Reply, changed: string[]): string {
  const expected = rule.expect[who];
  if (reply.status >= 500) return `error ${reply.status}`;
  // 'answers' does not assert the effect either way (the data comes back, and may be recorded).
  if (changed.length) return expected === 'changes' || expected === 'answers' ? expected : `changes (${changed.join(', ')})${messageOf(reply)}`;
  if (sentToSignIn(reply)) return 'sign-in';
  if (rule.proof?.(reply)) return 'answers';
  return expected === 'refused' ? 'refused' : `refused${messageOf(reply)}`;
}

/** One call, the database compared before and after. */
async function askAction(key: string, rule: ActionRule, who: Principal, args: unknown[]): Promise<string> {
  const cookie = await cookieFor(rule, who);
  const before = fingerprint(fx().state.database);
  const reply = await callAction(fx().base, key, actionPage(key, fx()), args, cookie);
  return outcomeOfAction(rule, who, reply, changedTables(before, fingerprint(fx().state.database)));
}

/** Those who must change nothing all at once, one fingerprint around them; one by one only to tell who changed something. */
async function askRefused(key: string, rule: ActionRule, refused: Principal[]): Promise<Seen[]> {
  const args = await rule.call(fx(), refused[0]);
  const cookies = await Promise.all(refused.map((who) => cookieFor(rule, who)));
  const before = fingerprint(fx().state.database);
  const replies = await Promise.all(refused.map((who, i) => callAction(fx().base, key, actionPage(key, fx()), args, cookies[i])));
  const changed = changedTables(before, fingerprint(fx().state.database));
  if (changed.length === 0) return refused.map((who, i) => ({ who, expected: rule.expect[who], got: outcomeOfAction(rule, who, replies[i], []) }));
  const seen: Seen[] = [];
  for (const who of refused) seen.push({ who, expected: rule.expect[who], got: await askAction(key, rule, who, await rule.call(fx(), who)) });
  return seen;
}

for (const [key, rule] of Object.entries(ACTIONS)) {
  test(`action ${key}`, async () => {
    // Those who must change nothing try a valid request (one that works for those allowed) …
    const refused = PRINCIPALS.filter((p) => rule.expect[p] !== 'changes' && rule.expect[p] !== 'answers');
    const seen = refused.length ? await askRefused(key, rule, refused) : [];
    // … and each of those allowed sends a fresh one of its own, which must take effect.
    for (const who of PRINCIPALS.filter((p) => !refused.includes(p))) {
      seen.push({ who, expected: rule.expect[who], got: await askAction(key, rule, who, await rule.call(fx(), who)) });
    }
    report(key, seen);
  });
}
