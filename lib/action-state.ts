import { z } from 'zod';
import { DomainError, PublishedReportChangeError, type FieldErrors } from '@/lib/domain/errors';

/** What every form action returns: a message, errors per field, and the values to show again. */
export type ActionState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  /** The save would change a published annual report: these numbers; the form asks to confirm. */
  publishedChange?: string[];
};

/** The form's “我已知晓” box for a save that changes a published report (see PublishedReportChangeError). */
export const CONFIRM_PUBLISHED_FIELD = 'confirmPublished';

export function confirmsPublishedChange(values: Record<string, string>): { confirmPublished: boolean } {
  return { confirmPublished: values[CONFIRM_PUBLISHED_FIELD] === 'on' };
}

export function invalid(error: z.ZodError, values: Record<string, string>): ActionState {
  const flat = z.flattenError(error);
  return { message: '填写有误，请按提示修改后再提交。没有保存任何内容。', fieldErrors: flat.fieldErrors as FieldErrors, values };
}

/** Turns a refusal from the data layer into form state; anything else is a real failure. */
export function refused(error: unknown, values: Record<string, string>): ActionState {
  if (error instanceof PublishedReportChangeError) return { message: error.message, values, publishedChange: error.lines };
  if (error instanceof DomainError) {
    return { message: error.message, fieldErrors: error.fieldErrors, values };
  }
  throw error;
}

export const FORGED_REQUEST = '请求无效（记录编号有误），没有保存任何内容。请刷新页面后重试。';

/**
 * An id bound to a server action (`action.bind(null, id)`) comes back from the browser and can be
 * forged: "5", 1.5, {} … Only a positive whole number is an id; anything else is refused before
 * it reaches a query (where "5" would match case 5 and then fail comparisons as a string).
 */
export function boundId(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0 ? raw : null;
}
