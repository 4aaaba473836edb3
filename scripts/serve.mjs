// The production server: Next.js behind a small Node HTTP server that decides, before the app sees
// a request, what its client address is (scripts/client-address.mjs). Listens on HOST (default
// 127.0.0.1, this machine only) and PORT (default 3000).
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseForwardingHeaders, trustedHops } from './client-address.mjs';

process.env.NODE_ENV ??= 'production';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
const hops = trustedHops(process.env.TRUST_PROXY);

const { default: next } = await import('next');
const app = next({ dev: false, dir: root, hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  normaliseForwardingHeaders(req, hops);
  handle(req, res);
});
server.on('error', (error) => {
  console.error(`[ogi] 无法在 ${host}:${port} 上监听：${error.code === 'EADDRINUSE' ? '端口已被占用' : error.message}`);
  process.exit(1);
});
server.listen(port, host, () => console.log(`[ogi] listening on ${host}:${port}${hops ? ` (trusting ${hops} proxy)` : ''}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
