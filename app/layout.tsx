import type { Metadata } from 'next';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'OGI Desk 依申请公开办理台', template: '%s · 依申请公开办理台' },
  description: '政府信息公开申请登记、办理期限监督与年度报告统计',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next can put the request's CSP nonce (proxy.ts) on its
  // inline scripts; a page prerendered at build time would carry none and be blocked.
  await connection();
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
