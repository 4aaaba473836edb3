import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layers and their allowed arrows (docs/ARCHITECTURE.md): lib/domain ← lib/data ← app, with db
// and lib/export beneath lib/data and components drawing what app hands them. Every other arrow is a
// lint error. Directories are matched on the resolved file, so '@/…' and '../…' imports alike count.
const DOMAIN = 'lib/domain is pure TypeScript (RULES live here): no Next, React, database, data access, pages or components.';
const zones = [
  {
    target: './lib/domain',
    from: ['./lib/data', './lib/auth', './lib/export', './lib/import', './lib/mail', './lib/pages', './lib/http', './lib/action-state.ts', './db', './app', './components', './cli'],
    message: DOMAIN,
  },
  { target: './db', from: ['./lib/data', './lib/auth', './lib/export', './lib/import', './app', './components', './cli'], message: 'db holds the schema and the connection; it uses nothing above it.' },
  { target: './lib/export', from: ['./lib/data', './lib/import', './db', './app', './components'], message: 'lib/export writes and reads files from plain values; it does not reach the database.' },
  { target: './lib/data', from: ['./lib/import', './lib/mail', './app', './components', './cli'], message: 'lib/data is called by app, lib/import, lib/mail and the command line, never the other way.' },
  { target: './components', from: ['./lib/mail'], message: 'Components draw; mail is sent by the server (lib/mail), never from a component.' },
  { target: './components', from: ['./db', './app', './cli'], message: 'Components draw what a page hands them: no database, no app code (pages pass actions in as props).' },
];

const PACKAGES_OUT_OF_DOMAIN = ['next', 'next/*', 'next-auth', 'next-auth/*', 'react', 'react/*', 'react-dom', 'react-dom/*', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', 'server-only', 'exceljs', 'docx', 'node:*'];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'data/**', 'drizzle/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: ['lib/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: PACKAGES_OUT_OF_DOMAIN, message: DOMAIN }] }],
    },
  },
  {
    files: ['components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'], message: 'Components never reach the database.' },
            { group: ['@/lib/data', '@/lib/data/*'], allowTypeImports: true, message: 'Components receive data from the page; they may name its types, not call lib/data.' },
          ],
        },
      ],
    },
  },
];

export default config;
