import 'server-only';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ForbiddenError } from '@/lib/domain/errors';
import { canImportRegister } from '@/lib/domain/policy';
import type { Actor } from '@/lib/domain/roles';
import type { ImportKind } from '@/lib/import/read-import-file';

// An uploaded file kept between the preview and the confirmation of an import, on the server, under
// a random token: the browser sends back only the token, never the file or the parsed rows, so
// what is imported is exactly what was checked (the rows are read and checked again on confirm).
// A token is usable only by the administrator who uploaded it, for the same kind of file, once,
// within a day.

// The paths are built at run time in the OS temp directory, which the build must not trace
// (hence the turbopackIgnore comments).
const DIR = path.join(os.tmpdir(), 'ogi-desk-uploads');
const TOKEN_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

type Meta = { actorId: number | null; username: string; kind: ImportKind; fileName: string; savedAt: number };
export type Upload = { token: string; fileName: string; buffer: Buffer };

const paths = (token: string) => ({ meta: path.join(DIR, `${token}.json`), data: path.join(DIR, `${token}.bin`) });

function assertAllowed(actor: Actor): void {
  if (!canImportRegister(actor)) throw new ForbiddenError('只有管理员可以导入台账。');
}

function removeStale(now: number): void {
  for (const name of fs.existsSync(DIR) ? fs.readdirSync(DIR) : []) {
    const file = path.join(DIR, name);
    try {
      if (now - fs.statSync(file).mtimeMs > MAX_AGE_MS) fs.rmSync(file, { force: true });
    } catch {
      // Another request removed it first.
    }
  }
}

export function saveUpload(actor: Actor, kind: ImportKind, fileName: string, buffer: Buffer): string {
  assertAllowed(actor);
  const now = Date.now();
  fs.mkdirSync(DIR, { recursive: true, mode: 0o700 });
  removeStale(now);
  const token = randomUUID();
  const p = paths(token);
  fs.writeFileSync(p.data, buffer, { mode: 0o600 });
  const meta: Meta = { actorId: actor.id, username: actor.username, kind, fileName, savedAt: now };
  fs.writeFileSync(p.meta, JSON.stringify(meta), { mode: 0o600 });
  return token;
}

/** The upload of this token, if it is this actor's, of this kind and still fresh; else null. */
export function loadUpload(actor: Actor, kind: ImportKind, token: string): Upload | null {
  assertAllowed(actor);
  if (!TOKEN_RE.test(token)) return null;
  const p = paths(token);
  let meta: Meta;
  try {
    meta = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ p.meta, 'utf8')) as Meta;
  } catch {
    return null;
  }
  if (meta.actorId !== actor.id || meta.username !== actor.username || meta.kind !== kind || Date.now() - meta.savedAt > MAX_AGE_MS) return null;
  try {
    return { token, fileName: meta.fileName, buffer: fs.readFileSync(/*turbopackIgnore: true*/ p.data) };
  } catch {
    return null;
  }
}

export function discardUpload(actor: Actor, kind: ImportKind, token: string): void {
  if (!loadUpload(actor, kind, token)) return;
  const p = paths(token);
  fs.rmSync(p.meta, { force: true });
  fs.rmSync(p.data, { force: true });
}
