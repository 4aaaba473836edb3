// scripts/ensure-deps.mjs, which every `npm start`, `npm test` and `npm run ogi` runs first: an
// install made by the user's own `npm ci` counts as current, and first runs started together run
// one install, not several side by side (which breaks node_modules).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/report-db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-ensure-deps-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const LOCK = { name: 'x', lockfileVersion: 3, packages: { '': { name: 'x' }, 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '2.0.0', optional: true } } };

/** A project folder whose "npm ci" is a script that logs each run and takes a moment. */
function project(name: string, installed?: object): string {
  const root = path.join(dir, name);
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify(LOCK));
  if (installed) {
    fs.mkdirSync(path.join(root, 'node_modules'));
    fs.writeFileSync(path.join(root, 'node_modules', '.package-lock.json'), JSON.stringify(installed));
  }
  fs.writeFileSync(
    path.join(root, 'fake-npm-ci.cjs'),
    `const fs = require('fs');
     fs.appendFileSync('installs.log', 'start ' + process.pid + '\\n');
     if (fs.existsSync('node_modules')) fs.rmSync('node_modules', { recursive: true });
     setTimeout(() => {
       fs.mkdirSync('node_modules');
       fs.writeFileSync('node_modules/.package-lock.json', JSON.stringify({ packages: { 'node_modules/a': { version: '1.0.0' } } }));
       fs.appendFileSync('installs.log', 'end ' + process.pid + '\\n');
     }, 300);`,
  );
  return root;
}

function ensure(root: string): Promise<{ code: number | null; err: string }> {
  const code = `import(${JSON.stringify(path.join(ROOT, 'scripts', 'ensure-deps.mjs'))}).then((m) => m.ensureDeps({ root: ${JSON.stringify(root)}, install: [process.execPath, ['fake-npm-ci.cjs']] }))`;
  const child = spawn(process.execPath, ['-e', code], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) => child.on('exit', (c) => resolve({ code: c, err })));
}

const installs = (root: string) => (fs.existsSync(path.join(root, 'installs.log')) ? fs.readFileSync(path.join(root, 'installs.log'), 'utf8').trim().split('\n') : []);

describe('ensure-deps', () => {
  it("counts an install made by the user's own npm ci as current", async () => {
    const root = project('own-ci', { packages: { 'node_modules/a': { version: '1.0.0' } } });
    expect(await ensure(root)).toEqual({ code: 0, err: '' });
    expect(installs(root)).toEqual([]);
  });

  it('installs when a package is missing or at another version', async () => {
    const root = project('stale', { packages: { 'node_modules/a': { version: '0.9.0' } } });
    expect((await ensure(root)).code).toBe(0);
    expect(installs(root)).toHaveLength(2);
    expect(fs.readFileSync(path.join(root, 'node_modules', '.ogi-deps-stamp'), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.existsSync(path.join(root, '.ogi-install.lock'))).toBe(false);
  });

  it('three first runs at once: one install, the others wait for it and find it done', async () => {
    const root = project('fresh');
    const results = await Promise.all([ensure(root), ensure(root), ensure(root)]);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
    const log = installs(root);
    expect(log).toHaveLength(2);
    expect(log[0].split(' ')[1]).toBe(log[1].split(' ')[1]);
    expect(fs.existsSync(path.join(root, '.ogi-install.lock'))).toBe(false);
  });

  it('takes over a lock left by an install that was killed', async () => {
    const root = project('killed');
    fs.mkdirSync(path.join(root, '.ogi-install.lock'));
    // The pid of a process that has exited.
    fs.writeFileSync(path.join(root, '.ogi-install.lock', 'pid'), String(spawnSync(process.execPath, ['-e', '']).pid));
    expect((await ensure(root)).code).toBe(0);
    expect(installs(root)).toHaveLength(2);
  });
});
