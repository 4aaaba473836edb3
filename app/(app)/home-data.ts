import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { supervisorDashboard } from '@/lib/data/dashboard';
import { decidedExtension, listPendingExtensions } from '@/lib/data/review-board';
import { today } from '@/lib/data/today';
import type { SupervisorHomeProps } from '@/components/dashboard/supervisor-home';
import { decideExtensionAction } from './cases/step-actions';

/** The supervisor's home page: the dashboard, and each pending extension with its decision bound in. */
export function supervisorHomeData(user: Actor, decidedId: number | undefined): SupervisorHomeProps {
  return {
    dashboard: supervisorDashboard(user),
    extensions: listPendingExtensions(user).map((request) => ({ request, decide: decideExtensionAction.bind(null, request.caseId, 'home') })),
    decided: decidedId === undefined ? null : decidedExtension(user, decidedId),
    today: today(),
  };
}
