/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules are loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'exceljs'],
  poweredByHeader: false,
  // npm test type-checks the whole project (tsc --noEmit) before it builds; no need to do it twice.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    serverActions: { bodySizeLimit: '20mb' },
    // forbidden() answers 403 with app/forbidden.tsx when a role may not open a page.
    authInterrupts: true,
  },
};

module.exports = nextConfig;
