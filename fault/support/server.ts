import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// The fault suite's servers: the production build (built first if the sources are newer), on a
// free port of 127.0.0.1, each with a fresh database (migrated, demo agency seeded) unless one is
// given to restart on. Every process started here is stopped by its pid.

export const ROOT = process.cwd();
const SECRET = 'fault-suite-only-secret-0123456789abcdef';

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds the production bundle when there is none or the sources changed since (as `npm start` does). */
export function ensureBuild(log: (line: string) => void): void {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  const sources = ['app', 'components', 'lib', 'db', 'public'].filter((d) => existsSync(d)).map((d) => newest(path.join(ROOT, d)));
  const configs = ['next.config.js', 'proxy.ts', 'package-lock.json', 'tsconfig.json'].map((f) => statSync(path.join(ROOT, f)).mtimeMs);
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= Math.max(...sources, ...configs)) {
    log('reusing the production build in .next');
    return;
  }
  log('building the production bundle (npx next build) …');
  const result = spawnSync('npx', ['next', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('next build failed');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Removes a scenario's scratch folder (a database, its files, the generated inputs) once it passed. */
export function removeScratch(outcome: { ok: boolean }, ...folders: string[]): void {
  if (!outcome.ok) {
    console.log(`   (kept for inspection: ${folders.join(', ')})`);
    return;
  }
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}

export function freshDatabase(name: string): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), `ogi-fault-${name}-`)), 'ogi.sqlite');
}

export function serverEnv(database: string): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_PATH: database, AUTH_SECRET: SECRET, OGI_SEED_DEMO: '1', OGI_ROOT: ROOT, NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1' };
}

/** `ogi` as an administrator runs it, on the given database. */
export function ogi(args: string[], database: string, options: { input?: string } = {}): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/ogi.mjs', ...args, '--db', database], { cwd: ROOT, env: serverEnv(database), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(options.input ?? '');
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr, ms: Date.now() - started }));
  });
}

export class Server {
  private constructor(
    readonly process: ChildProcess,
    readonly base: string,
    readonly database: string,
    readonly output: string[],
  ) {}

  /** Migrates (and seeds) the database, then serves the build; resolves when /login answers. */
  static async start(database: string): Promise<Server> {
    const env = serverEnv(database);
    const setup = spawnSync(process.execPath, ['scripts/ogi.mjs', 'setup'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (setup.status !== 0) throw new Error(`ogi setup failed: ${setup.stderr}`);
    const port = await freePort();
    const child = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const keep = (d: Buffer) => {
      output.push(...d.toString().split('\n').filter(Boolean));
      if (output.length > 500) output.splice(0, output.length - 500);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const server = new Server(child, `http://127.0.0.1:${port}`, database, output);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the server exited: ${output.join('\n')}`);
      const ok = await fetch(`${server.base}/login`).then((r) => r.ok, () => false);
      if (ok) return server;
      await new Promise((r) => setTimeout(r, 200));
    }
    server.kill('SIGKILL');
    throw new Error('the server did not answer within 60 s');
  }

  get pid(): number {
    return this.process.pid!;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill(signal);
  }

  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  async stop(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    const exited = new Promise((r) => this.process.once('exit', r));
    this.kill('SIGTERM');
    const timer = setTimeout(() => this.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  exited(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return Promise.resolve();
    return new Promise((r) => this.process.once('exit', () => r()));
  }

  /** Lines the server printed that look like failures (uncaught errors, 500s). */
  errors(): string[] {
    return this.output.filter((l) => /⨯|Error:|uncaught|unhandled/i.test(l));
  }
}
