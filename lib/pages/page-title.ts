import 'server-only';
import type { Metadata } from 'next';
import { currentUser } from '@/lib/auth/current-user';
import type { Actor } from '@/lib/domain/roles';

/**
 * A page title that names what the page shows ("申请 2024-0012", "2025年度报告统计表"), so that
 * tabs, history and screen readers tell pages apart. When the reader may not see the record or it
 * does not exist, the generic title: the page itself then answers 403 or 404.
 */
export async function recordTitle(name: (user: Actor) => string, fallback: string): Promise<Metadata> {
  const user = await currentUser();
  if (!user) return { title: fallback };
  try {
    return { title: name(user) };
  } catch {
    return { title: fallback };
  }
}
