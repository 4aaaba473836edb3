import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

test('the server listens on this machine only unless HOST says otherwise', async () => {
  const port = await freePort();
  const { HOST: _host, ...rest } = process.env;
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...rest, PORT: String(port), DATABASE_PATH: process.env.E2E_DATABASE_PATH!, AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const text = chunk.toString();
        if (text.includes('listening on')) resolve(text.trim());
      });
      child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    expect(line).toBe(`[ogi] listening on 127.0.0.1:${port}`);
    const response = await fetch(`http://127.0.0.1:${port}/login`);
    expect(response.status).toBe(200);
  } finally {
    child.kill('SIGTERM');
  }
});
