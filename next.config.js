/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules are loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'exceljs'],
  poweredByHeader: false,
  // npm test type-checks the whole project (tsc --noEmit) before it builds; no need to do it twice.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Case files may be up to 20 MB; the form's other fields and the multipart framing need room too.
    serverActions: { bodySizeLimit: '21mb' },
    // forbidden() answers 403 with app/forbidden.tsx when a role may not open a page.
    authInterrupts: true,
  },
};

module.exports = nextConfig;
