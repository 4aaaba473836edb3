import { requireSignIn } from '@/lib/auth/current-user';
import { readSettings } from '@/lib/data/settings';
import { signInNotice } from '@/lib/data/sessions';
import { AppShell } from '@/components/app-shell';
import { signOutAction } from '../login/actions';
import { todoCount } from '@/lib/data/todo';

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const { actor, signedInAt } = await requireSignIn();
  return (
    <AppShell user={actor} agencyName={readSettings().agencyName} notice={signInNotice(actor, signedInAt)} todo={actor.role === 'auditor' ? null : todoCount(actor)} signOut={signOutAction}>
      {children}
    </AppShell>
  );
}
