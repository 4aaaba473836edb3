// `npm run --silent ogi -- …`: the command line of INTERFACES §2.
// The TypeScript sources are bundled into node_modules/.cache/ogi/<stamp>/ the first time they are
// run after a change, so each call starts in a fraction of a second (scripts call it thousands of
// times). Concurrent first calls each build into a private folder and the first rename wins.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// What the commands create (the database, backups, exports of personal data) is the owner's only.
process.umask(0o077);
ensureDeps();
process.env.OGI_ROOT ??= root;

function newest(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

const cache = path.join(root, 'node_modules', '.cache', 'ogi');
const stamp = String(Math.floor(Math.max(...['cli', 'lib', 'db', 'tsconfig.json', 'package-lock.json'].map((p) => newest(path.join(root, p))))));
const dir = path.join(cache, stamp);

if (!existsSync(path.join(dir, 'cli.mjs'))) {
  const { build } = await import('esbuild');
  const scratch = `${dir}.tmp-${process.pid}`;
  await build({
    entryPoints: { cli: path.join(root, 'cli', 'ogi.ts') },
    outdir: scratch,
    outExtension: { '.js': '.mjs' },
    // One chunk per command: a command loads only the packages it uses (exceljs is slow to load).
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // The data layer guards against loading in a browser bundle; the command line is a server.
    alias: { 'server-only': path.join(root, 'tests', 'stubs', 'server-only.ts') },
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  try {
    renameSync(scratch, dir);
    for (const old of readdirSync(cache)) if (old !== stamp && !old.includes('.tmp-')) rmSync(path.join(cache, old), { recursive: true, force: true });
  } catch {
    rmSync(scratch, { recursive: true, force: true }); // another call finished first
  }
}
await import(pathToFileURL(path.join(dir, 'cli.mjs')).href);
