import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'OGI Desk 依申请公开办理台', template: '%s · 依申请公开办理台' },
  description: '政府信息公开申请登记、办理期限监督与年度报告统计',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
