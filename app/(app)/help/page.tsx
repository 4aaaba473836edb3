import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { readSettings } from '@/lib/data/settings';
import { helpSections } from '@/lib/domain/help-text';
import { LETTERS_HELP } from '@/lib/domain/letters/help';

export const metadata: Metadata = { title: '帮助' };

export default async function HelpPage() {
  await requireUser();
  return (
    <div className="max-w-4xl space-y-5">
      <h1>帮助：本系统的办理规则与统计口径</h1>
      <p className="text-sm text-slate-600">
        依据《中华人民共和国政府信息公开条例》（2019年修订）和政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）。法规未作规定之处，本系统采用以下做法。
      </p>
      {[...helpSections(readSettings().dueSoonDays), LETTERS_HELP].map((section) => (
        <section key={section.title} className="card">
          <h2 className="mb-2">{section.title}</h2>
          <ul className="list-disc space-y-1.5 pl-5 text-sm leading-6">
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
