import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canManageSettings } from '@/lib/domain/policy';
import { readSettings } from '@/lib/data/settings';
import { nextCaseNo } from '@/lib/domain/case-number';
import { today } from '@/lib/data/today';
import { SettingsForm } from '@/components/admin/settings-form';
import { updateSettingsAction } from './actions';

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
    </div>
  );
}
