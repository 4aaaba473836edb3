import { forbidden, notFound } from 'next/navigation';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';

/** A route's numeric id, or the 404 page for anything else. */
export function idParam(raw: string): number {
  if (!/^\d{1,15}$/.test(raw)) notFound();
  return Number(raw);
}

/** Loads a record for a page; a record that does not exist shows the 404 page, a refusal the 403 page. */
export function loadOr404<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
