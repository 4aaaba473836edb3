import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canManageSettings } from '@/lib/domain/policy';
import { readSettings } from '@/lib/data/settings';
import { nextCaseNo } from '@/lib/domain/case-number';
import { today } from '@/lib/data/today';
import { SettingsForm } from '@/components/admin/settings-form';
import { updateSettingsAction } from './actions';
import { readLetterSettings } from '@/lib/data/letter-settings';
import { LetterSettingsForm } from '@/components/letters/letter-settings-form';
import { updateLetterSettingsAction } from './letter-actions';

export const metadata: Metadata = { title: '机关设置' };

export default async function SettingsPage() {
  const user = await requireUser();
  if (!canManageSettings(user)) forbidden();
  const current = readSettings();
  return (
    <div className="space-y-4">
      <h1>机关设置</h1>
      <section className="card">
        <SettingsForm action={updateSettingsAction} current={current} example={nextCaseNo(current.caseNoPattern, today(), [])} />
      </section>
      <section className="card space-y-3" aria-labelledby="letter-settings-h">
        <h2 id="letter-settings-h">公文设置</h2>
        <LetterSettingsForm action={updateLetterSettingsAction} current={readLetterSettings()} />
      </section>
    </div>
  );
}
