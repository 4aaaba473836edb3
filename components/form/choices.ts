import { APPLICANT_TYPE_GUIDANCE, APPLICANT_TYPES, CHANNELS, DELIVERY_METHODS, ID_TYPES, OUTCOME_GROUPS, REVIEW_KIND_CODES, REVIEW_RESULTS, reviewKindName } from '@/lib/domain/categories';
import type { Option, OptionGroup } from './field';

// The choices of the case, closing and review forms, built from the category tables where the page
// is rendered and handed to the forms as props. The forms run in the browser too, and importing the
// tables there would ship all of them with every page that has such a form. Import this module
// from server components only (pages and panels), never from a 'use client' file.

export type CaseFormChoices = {
  channels: (Option & { receivedHint: string })[];
  deliveryMethods: Option[];
  applicantTypes: Option[];
  applicantTypeGuidance: string;
  idTypes: Option[];
};

export const CASE_FORM_CHOICES: CaseFormChoices = {
  channels: CHANNELS.map((c) => ({ value: c.code, label: c.label, receivedHint: c.receivedHint })),
  deliveryMethods: DELIVERY_METHODS.map((d) => ({ value: d.code, label: d.label })),
  applicantTypes: APPLICANT_TYPES.map((t) => ({ value: t.code, label: t.group ? `${t.group}：${t.label}` : t.label })),
  applicantTypeGuidance: APPLICANT_TYPE_GUIDANCE,
  idTypes: ID_TYPES.map((t) => ({ value: t, label: t })),
};

/**
 * The 21 outcomes grouped exactly as the statutory table groups them. The table's parenthetical
 * "(区分处理的,只计这一情形,不计其他情形)" would not fit the select: the closing form's hint says it.
 */
const shortGroup = (label: string) => label.replace(/\(区分处理的.*\)$/, '');
export const OUTCOME_CHOICES: OptionGroup[] = OUTCOME_GROUPS.map((g) => ({
  label: shortGroup(g.label),
  options: g.items.map((i) => ({ value: i.code, label: g.items.length > 1 ? i.label : shortGroup(g.label) })),
}));

export const REVIEW_KIND_CHOICES: Option[] = REVIEW_KIND_CODES.map((code) => ({ value: code, label: reviewKindName(code) }));
export const REVIEW_RESULT_CHOICES: Option[] = REVIEW_RESULTS.map((r) => ({ value: r.code, label: r.hint ? `${r.label}（${r.hint}）` : r.label }));
