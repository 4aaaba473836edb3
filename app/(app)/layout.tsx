import { requireUser } from '@/lib/auth/current-user';
import { readSettings } from '@/lib/data/settings';
import { AppShell } from '@/components/app-shell';
import { signOutAction } from '../login/actions';

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <AppShell user={user} agencyName={readSettings().agencyName} signOut={signOutAction}>
      {children}
    </AppShell>
  );
}
