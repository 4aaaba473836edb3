import { isIsoDate } from '../dates';
import type { FieldErrors } from '../errors';
import { letterField, type WithheldPart } from './fields';
import type { LetterType } from './letter-types';
import { isPartGround } from './partial-parts';
import type { ClerkValues } from './values';

// Reads and checks what the clerk types into a letter's own fields. A draft may be saved with
// required fields still empty; it cannot be sent for approval or issued until they are filled.

export const MAX_PARTS = 6;

/** The clerk fields of a letter type, in form order. */
export function clerkFieldsOf(type: LetterType): string[] {
  return [...type.required, ...type.optional];
}

function readParts(form: Readonly<Record<string, string | undefined>>, errors: FieldErrors): WithheldPart[] {
  const parts: WithheldPart[] = [];
  for (let i = 0; i < MAX_PARTS; i++) {
    const content = (form[`part.${i}.content`] ?? '').trim();
    const ground = (form[`part.${i}.ground`] ?? '').trim();
    const reason = (form[`part.${i}.reason`] ?? '').trim();
    if (!content && !ground && !reason) continue;
    if (!content) (errors['不予提供的内容'] ??= []).push(`第 ${i + 1} 项：请填写不予提供的内容。`);
    if (!isPartGround(ground)) (errors['不予提供的内容'] ??= []).push(`第 ${i + 1} 项：请选择不予提供的理由。`);
    if (content.length > 500 || reason.length > 500) (errors['不予提供的内容'] ??= []).push(`第 ${i + 1} 项：内容和说明各不能超过 500 个字符。`);
    if (content && isPartGround(ground)) parts.push({ content, ground, reason });
  }
  return parts;
}

/** The clerk's fields from a submitted form (string values keyed by field name). */
export function readClerkForm(type: LetterType, form: Readonly<Record<string, string | undefined>>): { clerk: ClerkValues; errors: FieldErrors } {
  const clerk: ClerkValues = {};
  const errors: FieldErrors = {};
  for (const name of clerkFieldsOf(type)) {
    const field = letterField(name);
    if (!field) continue;
    if (field.input === 'parts') {
      clerk[name] = readParts(form, errors);
      continue;
    }
    const value = (form[name] ?? '').trim();
    clerk[name] = value;
    if (!value) continue;
    if (field.max && value.length > field.max) errors[name] = [`${name}不能超过 ${field.max} 个字符。`];
    if (field.input === 'number') {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < (field.min ?? 1) || n > (field.maxValue ?? Number.MAX_SAFE_INTEGER)) {
        errors[name] = [`${name}应为 ${field.min ?? 1} 至 ${field.maxValue} 之间的整数。`];
      }
    }
    if (field.input === 'choice' && !field.options?.includes(value)) errors[name] = [`请从 ${field.options?.join('、')} 中选择${name}。`];
    if (field.input === 'date' && !isIsoDate(value)) errors[name] = [`${name}不是有效日期，请按“年-月-日”填写，例如 2024-09-27。`];
  }
  return { clerk, errors };
}

/** Required fields still empty: each named, so the clerk knows what to fill in. */
export function missingRequired(type: LetterType, clerk: ClerkValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const name of type.required) {
    const value = clerk[name];
    const empty = Array.isArray(value) ? value.length === 0 : !(value ?? '').trim();
    if (empty) errors[name] = [name === '不予提供的内容' ? '请至少填写一项不予提供的内容及其理由。' : `请填写${name}。`];
  }
  return errors;
}
