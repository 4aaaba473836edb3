/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules are loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'exceljs'],
  poweredByHeader: false,
  // npm test type-checks the whole project (tsc --noEmit) before it builds; no need to do it twice.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Forms are small; the large bodies (an import file, a case file) go to their own route
    // handlers (admin/import/upload, cases/[id]/files/upload), which proxy.ts leaves alone.
    serverActions: { bodySizeLimit: '1mb' },
    proxyClientMaxBodySize: '1mb',
    // forbidden() answers 403 with app/forbidden.tsx when a role may not open a page.
    authInterrupts: true,
  },
  // proxy.ts sets these (and the CSP) on pages; here they reach static files as well.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
