// Installs the project's dependencies when they are missing or older than package-lock.json.
// Everything it prints goes to standard error, so commands that print data stay clean.
//
// Installed means: our stamp records this package-lock.json, or npm's own record of what it
// installed (node_modules/.package-lock.json, written by every npm ci / npm install) has every
// package of package-lock.json at its version, so an install the user made with `npm ci` counts.
// Several first runs at once (two terminals, a script) must not run npm ci side by side, which
// breaks node_modules: the install takes a lock (a folder, created atomically) and the others wait
// for it, then find the dependencies installed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NPM_CI = ['npm', ['ci', '--no-audit', '--no-fund']];
const WAIT_LIMIT_MS = 20 * 60 * 1000;

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function lockHash(root) {
  return createHash('sha256').update(readFileSync(path.join(root, 'package-lock.json'))).digest('hex');
}

/** Every package of package-lock.json is in npm's record of node_modules at the same version. */
function npmRecordMatches(root) {
  try {
    const wanted = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')).packages ?? {};
    const installed = JSON.parse(readFileSync(path.join(root, 'node_modules', '.package-lock.json'), 'utf8')).packages ?? {};
    return Object.entries(wanted).every(([name, spec]) => name === '' || installed[name]?.version === spec.version || (!installed[name] && spec.optional));
  } catch {
    return false;
  }
}

export function dependenciesCurrent(root = ROOT) {
  const stamp = path.join(root, 'node_modules', '.ogi-deps-stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash(root)) return true;
  return npmRecordMatches(root);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Takes the install lock, waiting while another live process holds it. */
function acquire(lock) {
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
    } catch {
      // Just created: its pid file is on the way.
    }
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
      rmSync(lock, { recursive: true, force: true }); // left by an install that was killed
      continue;
    }
    if (!told) {
      process.stderr.write('[ogi] 另一个命令正在安装依赖，等待其完成…\n');
      told = true;
    }
    if (Date.now() - started > WAIT_LIMIT_MS) {
      process.stderr.write(`[ogi] 等待依赖安装超时。如没有其他安装在进行，请删除 ${lock} 后重试。\n`);
      process.exit(1);
    }
    sleep(500);
  }
}

export function ensureDeps({ root = ROOT, install = NPM_CI } = {}) {
  if (dependenciesCurrent(root)) return;
  const lock = path.join(root, '.ogi-install.lock');
  acquire(lock);
  try {
    if (dependenciesCurrent(root)) return; // installed by the process we waited for
    process.stderr.write('[ogi] 正在安装依赖（npm ci，首次约 2 分钟）…\n');
    const [command, args] = install;
    const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
    if (result.status !== 0) {
      process.stderr.write('[ogi] 依赖安装失败，请检查网络和 Node.js 版本（需要 Node 20）。\n');
      process.exit(result.status ?? 1);
    }
    mkdirSync(path.join(root, 'node_modules'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', '.ogi-deps-stamp'), lockHash(root));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureDeps();
