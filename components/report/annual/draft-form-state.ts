import type { ActionState } from '@/lib/action-state';
import type { GeneratedKey } from '@/lib/domain/report/annual';

/** The draft form's state: a regeneration of edited text waits for confirmation with both texts. */
export type DraftFormState = ActionState & { regenerate?: { key: GeneratedKey; edited: string; fresh: string } };
