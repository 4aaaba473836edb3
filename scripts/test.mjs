// `npm test`: install what is missing (Debian's Chromium included), then lint, typecheck, unit
// tests, a production build and the end-to-end tests against it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
ensureDeps();

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error('[ogi] 未找到 Chromium，正在安装 Debian 的 chromium 软件包…');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  for (const args of [['apt-get', 'update', '-q'], ['apt-get', 'install', '-y', '-q', 'chromium']]) {
    const cmd = [...prefix, ...args];
    const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      console.error('[ogi] 无法安装 Chromium：请以 root 运行 apt-get install -y chromium，或设置 CHROMIUM_PATH。');
      process.exit(1);
    }
  }
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHROMIUM_PATH: CHROMIUM };
const steps = [
  ['lint', ['npx', 'eslint', '.', '--max-warnings=0']],
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['build', ['npx', 'next', 'build']],
  ['end-to-end tests', ['npx', 'playwright', 'test']],
];
for (const [name, cmd] of steps) {
  const started = Date.now();
  console.error(`\n[ogi] ▶ ${name}: ${cmd.join(' ')}`);
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`[ogi] ✗ ${name} failed after ${seconds}s`);
    process.exit(r.status ?? 1);
  }
  console.error(`[ogi] ✓ ${name} (${seconds}s)`);
}
