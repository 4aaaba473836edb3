// Installs the project's dependencies when they are missing or older than package-lock.json.
// Everything it prints goes to standard error, so commands that print data stay clean.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = path.join(root, 'package-lock.json');
const stamp = path.join(root, 'node_modules', '.ogi-deps-stamp');

export function ensureDeps() {
  const want = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  process.stderr.write('[ogi] 正在安装依赖（npm ci，首次约 2 分钟）…\n');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stderr.write('[ogi] 依赖安装失败，请检查网络和 Node.js 版本（需要 Node 20）。\n');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, want);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureDeps();
