// 办理结果 in the list's address: one outcome code (withheld.state_secret) or one of table 三's
// groups by its key (withheld: every code of (三)不予公开), so that a group's bar on the outcome
// chart opens exactly the cases it counts. (一) and (二) are groups of one whose key is their code.

import { isOutcomeCode, OUTCOME_GROUPS, outcomeLabel, type OutcomeCode } from '../categories';

export type OutcomeGroupKey = (typeof OUTCOME_GROUPS)[number]['key'];
export type OutcomeFilter = OutcomeCode | OutcomeGroupKey;

const groupOf = (value: string) => OUTCOME_GROUPS.find((g) => g.key === value);

export function isOutcomeFilter(value: string): value is OutcomeFilter {
  return isOutcomeCode(value) || groupOf(value) !== undefined;
}

/** The outcome codes a filter selects: the code itself, or every code of the group. */
export function outcomeFilterCodes(filter: OutcomeFilter): OutcomeCode[] {
  if (isOutcomeCode(filter)) return [filter];
  return groupOf(filter)!.items.map((i) => i.code as OutcomeCode);
}

/** The rule the list's SQL (lib/data/case-list.ts) translates: a case's outcome is one of the codes. */
export function matchesOutcomeFilter(outcome: string | null, filter: OutcomeFilter): boolean {
  return outcome !== null && (outcomeFilterCodes(filter) as string[]).includes(outcome);
}

/** A group as the report heads it ((三)不予公开), a code as the list shows a case's outcome. */
export function outcomeFilterLabel(filter: OutcomeFilter): string {
  const group = groupOf(filter);
  return group && !isOutcomeCode(filter) ? group.label : outcomeLabel(filter);
}

/** The 办理结果 select: each group of several rows, then its rows; a group of one is its row. */
export function outcomeFilterOptions(): [OutcomeFilter, string][] {
  return OUTCOME_GROUPS.flatMap((g): [OutcomeFilter, string][] =>
    g.items.length === 1
      ? [[g.items[0].code, g.items[0].label]]
      : [[g.key, `${g.label}（全部）`], ...g.items.map((i): [OutcomeFilter, string] => [i.code, `${g.label.slice(0, 3)}${i.label}`])],
  );
}
