import { ISSUE_FIELDS, isKnownField } from './fields';
import { availableFields, mandatoryFields, type LetterType, type RemedySetting } from './letter-types';

// Letter templates are plain text with named fields in braces: {申请人}. Each line of the body is
// a paragraph. The fields 文号 and 成文日期 are filled only when the letter is issued.

export type LetterTemplate = { title: string; body: string };
export type TemplateErrors = { title?: string[]; body?: string[] };

const TOKEN_RE = /\{([^{}\n]*)\}/g;
export const BLANK_MARK = '【待填写：';

/** The field names a text uses, in order of first use, and a problem with its braces if any. */
export function fieldsIn(text: string): { names: string[]; braceProblem: string | null } {
  const names: string[] = [];
  for (const m of text.matchAll(TOKEN_RE)) if (!names.includes(m[1].trim())) names.push(m[1].trim());
  const rest = text.replace(TOKEN_RE, '');
  const braceProblem = /[{}]/.test(rest) ? '大括号不成对：每个字段都应写成 {字段名} 的形式，请检查 { 和 }。' : null;
  return { names, braceProblem };
}

function add(errors: TemplateErrors, part: keyof TemplateErrors, message: string): void {
  (errors[part] ??= []).push(message);
}

/**
 * An administrator's template: known fields only, each applicable to the type, every mandatory one
 * present under the agency's current settings.
 */
export function validateTemplate(type: LetterType, template: LetterTemplate, setting: RemedySetting): TemplateErrors {
  const errors: TemplateErrors = {};
  const allowed = new Set(availableFields(type));
  for (const part of ['title', 'body'] as const) {
    const text = template[part];
    if (!text.trim()) {
      add(errors, part, part === 'title' ? '请填写文书标题。' : '请填写正文。');
      continue;
    }
    const { names, braceProblem } = fieldsIn(text);
    if (braceProblem) add(errors, part, braceProblem);
    for (const name of names) {
      if (!isKnownField(name)) add(errors, part, `不认识的字段“{${name}}”。请使用字段列表中的名称。`);
      else if (!allowed.has(name)) add(errors, part, `字段“{${name}}”不适用于${type.label}，在此文书中总是空白。`);
    }
  }
  if (template.body.trim()) {
    const used = new Set([...fieldsIn(template.title).names, ...fieldsIn(template.body).names]);
    for (const name of mandatoryFields(type, setting)) {
      if (!used.has(name)) add(errors, 'body', `缺少必备字段“{${name}}”：${type.label}必须包含这项内容。`);
    }
  }
  return errors;
}

export type RenderResult = { text: string; missing: string[] };

// "{救济途径}" or "联系方式：{联系方式}" with nothing to print would leave an empty or dangling line.
const LABEL_ONLY = /^[^。；，,;]{0,20}[：:]?$/;

/**
 * Fills the fields of a text. A mandatory field without a value is reported in `missing` and, so
 * that a preview still reads, printed as 【待填写：字段】; an optional one prints empty, and a line
 * left with nothing but its label is left out. 文号 and 成文日期 stay as they are until issue.
 */
export function renderText(text: string, values: Readonly<Record<string, string>>, mandatory: ReadonlySet<string>): RenderResult {
  const missing: string[] = [];
  const fill = (line: string, whole: string, name: string, offset: number): string => {
    if (ISSUE_FIELDS.includes(name)) return `{${name}}`;
    const value = (values[name] ?? '').trim();
    // "{危及理由}。" with a reason typed as a sentence would print "。。".
    if (value) return /^[。，；：]/.test(line.slice(offset + whole.length)) ? value.replace(/[。，；;,.]+$/, '') : value;
    if (mandatory.has(name)) {
      if (!missing.includes(name)) missing.push(name);
      return `${BLANK_MARK}${name}】`;
    }
    return isKnownField(name) ? '' : whole;
  };
  const lines = text.split('\n').flatMap((line) => {
    const filled = [...line.matchAll(TOKEN_RE)].map((m) => fill(line, m[0], m[1].trim(), m.index));
    if (filled.length && filled.every((f) => f === '') && LABEL_ONLY.test(line.replace(TOKEN_RE, '').trim())) return [];
    let i = 0;
    return [line.replace(TOKEN_RE, () => filled[i++])];
  });
  return { text: lines.join('\n'), missing };
}

/** The mandatory fields of a letter: the template's must-haves and the clerk fields the answer needs. */
export function mandatorySet(type: LetterType, setting: RemedySetting): Set<string> {
  return new Set([...mandatoryFields(type, setting), ...type.required]);
}

export function renderTemplate(
  type: LetterType,
  template: LetterTemplate,
  values: Readonly<Record<string, string>>,
  setting: RemedySetting,
): { title: string; body: string; missing: string[] } {
  const mandatory = mandatorySet(type, setting);
  const title = renderText(template.title, values, mandatory);
  const body = renderText(template.body, values, mandatory);
  return { title: title.text, body: body.text, missing: [...new Set([...title.missing, ...body.missing])] };
}

/** Fills 文号 and 成文日期 at issue (or marks them in a draft). */
export function fillIssueFields(text: string, issue: { docNo: string; dateText: string }): string {
  return text.replaceAll('{文号}', issue.docNo).replaceAll('{成文日期}', issue.dateText);
}

/**
 * A draft as the clerk edited it must still carry its mandatory parts: no field left unfilled,
 * the legal basis and the remedy statement word for word.
 */
export function draftProblems(text: { title: string; body: string }, required: { label: string; value: string }[]): string[] {
  const problems: string[] = [];
  const all = `${text.title}\n${text.body}`;
  if (!text.title.trim()) problems.push('文书标题不能为空。');
  if (!text.body.trim()) problems.push('正文不能为空。');
  const blanks = [...all.matchAll(/【待填写：([^】]*)】/g)].map((m) => m[1]);
  if (blanks.length) problems.push(`还有未填写的内容：${[...new Set(blanks)].map((b) => `“${b}”`).join('、')}。请在上方填写后按模板重新生成正文，或直接在正文中补写。`);
  const { names } = fieldsIn(all);
  const stray = names.filter((n) => !ISSUE_FIELDS.includes(n));
  if (stray.length) problems.push(`正文中有未替换的字段：${stray.map((n) => `“{${n}}”`).join('、')}。`);
  for (const r of required) {
    if (r.value && !all.includes(r.value)) problems.push(`正文缺少必备内容“${r.label}”（${r.value}）。请按模板重新生成正文，或把这段文字原样补回。`);
  }
  return problems;
}
