import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ForbiddenError } from '@/lib/domain/errors';
import { canImportRegister } from '@/lib/domain/policy';
import type { Actor } from '@/lib/domain/roles';
import type { ImportKind } from '@/lib/domain/import-kind';

// An uploaded file kept between the preview and the confirmation of an import, on the server, under
// a random token: the browser sends back only the token, never the file or the parsed rows, so
// what is imported is exactly what was checked (the rows are read and checked again on confirm).
// A token is usable only by the administrator who uploaded it, for the same kind of file, once,
// within a day, and only while the file still has the SHA-256 it had when it was previewed.
//
// The files sit beside the database (they hold the same personal data), in a folder only the
// server's own user may enter, never in a shared temporary folder. The paths are built at run time,
// which the build must not trace (hence the turbopackIgnore comments).
const TOKEN_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

type Meta = { actorId: number | null; username: string; kind: ImportKind; fileName: string; savedAt: number; sha256: string };
export type Upload = { token: string; fileName: string; buffer: Buffer };

/** The uploads folder: `uploads` in the database's folder. */
export function uploadDir(): string {
  return path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || 'data/ogi-desk.sqlite')), 'uploads');
}

const paths = (token: string) => ({ meta: path.join(uploadDir(), `${token}.json`), data: path.join(uploadDir(), `${token}.bin`) });
const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

/** Creates the folder owner-only, and makes it so again if it exists with a wider mode. */
function ensureDir(): string {
  const dir = uploadDir();
  fs.mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(/*turbopackIgnore: true*/ dir, 0o700);
  return dir;
}

function assertAllowed(actor: Actor): void {
  if (!canImportRegister(actor)) throw new ForbiddenError('只有管理员可以导入台账。');
}

function removeStale(dir: string, now: number): void {
  for (const name of fs.readdirSync(/*turbopackIgnore: true*/ dir)) {
    const file = path.join(dir, name);
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
  removeStale(ensureDir(), now);
  const token = randomUUID();
  const p = paths(token);
  fs.writeFileSync(/*turbopackIgnore: true*/ p.data, buffer, { mode: 0o600 });
  const meta: Meta = { actorId: actor.id, username: actor.username, kind, fileName, savedAt: now, sha256: sha256(buffer) };
  fs.writeFileSync(/*turbopackIgnore: true*/ p.meta, JSON.stringify(meta), { mode: 0o600 });
  return token;
}

/** The metadata of this token, if it is this actor's, of this kind and still fresh; else null. */
function ownMeta(actor: Actor, kind: ImportKind, token: string): Meta | null {
  assertAllowed(actor);
  if (!TOKEN_RE.test(token)) return null;
  let meta: Meta;
  try {
    meta = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ paths(token).meta, 'utf8')) as Meta;
  } catch {
    return null;
  }
  if (meta.actorId !== actor.id || meta.username !== actor.username || meta.kind !== kind || Date.now() - meta.savedAt > MAX_AGE_MS) return null;
  return meta;
}

/** The upload of this token, if it is this actor's, of this kind, still fresh and unaltered; else null. */
export function loadUpload(actor: Actor, kind: ImportKind, token: string): Upload | null {
  const meta = ownMeta(actor, kind, token);
  if (!meta) return null;
  const p = paths(token);
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(/*turbopackIgnore: true*/ p.data);
  } catch {
    return null;
  }
  // What is confirmed must be exactly the file that was previewed.
  if (typeof meta.sha256 !== 'string' || sha256(buffer) !== meta.sha256) return null;
  return { token, fileName: meta.fileName, buffer };
}

export function discardUpload(actor: Actor, kind: ImportKind, token: string): void {
  if (!ownMeta(actor, kind, token)) return;
  const p = paths(token);
  fs.rmSync(/*turbopackIgnore: true*/ p.meta, { force: true });
  fs.rmSync(/*turbopackIgnore: true*/ p.data, { force: true });
}
