import { z } from 'zod';
import { FIRST_RECORD_YEAR, isIsoDate, isRecordYear, LAST_RECORD_YEAR } from '../dates';

// Helpers shared by the zod schemas of every form: browsers send '' for an empty field.

export function trimmed(max: number, label: string) {
  return z
    .string({ error: `请填写${label}。` })
    .transform((s) => s.trim())
    .pipe(z.string().max(max, `${label}不能超过 ${max} 个字符。`));
}

export function requiredText(max: number, label: string) {
  return z
    .string({ error: `请填写${label}。` })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: `请填写${label}。`, abort: true }).max(max, `${label}不能超过 ${max} 个字符。`));
}

/** Optional text: '' becomes null. */
export function optionalText(max: number, label: string) {
  return z
    .string()
    .optional()
    .nullable()
    .transform((s) => (s ?? '').trim())
    .pipe(z.string().max(max, `${label}不能超过 ${max} 个字符。`))
    .transform((s) => (s === '' ? null : s));
}

type DateBound = { date: string; message: string };

function yearProblem(label: string, value: string): string | null {
  return isRecordYear(Number(value.slice(0, 4))) ? null : `${label}的年份应在 ${FIRST_RECORD_YEAR} 至 ${LAST_RECORD_YEAR} 年之间，请核对。`;
}

function dateProblem(label: string, value: string, bounds: { notBefore?: DateBound; notAfter?: DateBound }): string | null {
  if (!value) return `请填写${label}。`;
  if (!isIsoDate(value)) return `${label}不是有效日期，请按“年-月-日”填写，例如 2024-09-27。`;
  const year = yearProblem(label, value);
  if (year) return year;
  if (bounds.notBefore && value < bounds.notBefore.date) return bounds.notBefore.message;
  if (bounds.notAfter && value > bounds.notAfter.date) return bounds.notAfter.message;
  return null;
}

/** A required date, optionally bounded; reports exactly one problem, the first it finds. */
export function isoDate(label: string, bounds: { notBefore?: DateBound; notAfter?: DateBound } = {}) {
  return z
    .string({ error: `请填写${label}。` })
    .transform((s) => s.trim())
    .superRefine((value, ctx) => {
      const problem = dateProblem(label, value, bounds);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

export function optionalIsoDate(label: string) {
  return z
    .string()
    .optional()
    .nullable()
    .transform((s) => (s ?? '').trim())
    .refine((s) => s === '' || isIsoDate(s), { error: `${label}不是有效日期，请按“年-月-日”填写，例如 2024-09-27。`, abort: true })
    .refine((s) => s === '' || !yearProblem(label, s), { error: `${label}的年份应在 ${FIRST_RECORD_YEAR} 至 ${LAST_RECORD_YEAR} 年之间，请核对。` })
    .transform((s) => (s === '' ? null : s));
}

export function choice<T extends string>(codes: readonly T[], message: string) {
  return z
    .string({ error: message })
    .refine((s): s is T => (codes as readonly string[]).includes(s), message)
    .transform((s) => s as T);
}

export function optionalChoice<T extends string>(codes: readonly T[], message: string) {
  return z
    .string()
    .optional()
    .nullable()
    .transform((s) => s ?? '')
    .refine((s) => s === '' || (codes as readonly string[]).includes(s), message)
    .transform((s) => (s === '' ? null : (s as T)));
}

export function positiveInt(label: string, max: number) {
  return z
    .string({ error: `请填写${label}。` })
    .transform((s) => s.trim())
    .refine((s) => /^\d+$/.test(s), `${label}必须是正整数。`)
    .transform((s) => Number(s))
    .refine((n) => n >= 1, `${label}必须是正整数。`)
    .refine((n) => n <= max, `${label}不能超过 ${max}。`);
}

/** FormData to a plain object of strings (files and repeated keys are not used by these forms). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  }
  return values;
}
