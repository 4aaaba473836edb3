// Applicant type, outcome and channel as clerks write them in a register file (INTERFACES §1):
// by code or by label, in the notations listed there.
import { APPLICANT_TYPES, CHANNELS, OUTCOMES, type ApplicantType, type Channel, type OutcomeCode } from '../categories';
import { normaliseLabel } from './normalise-label';
import { parsedError, parsedOk, type Parsed } from './parsed';

const stripGroupNumber = (s: string) => s.replace(/^\([一二三四五六七八九十]+\)/, '');
const stripItemNumber = (s: string) => s.replace(/^\d+[.、]/, '');
// '(二)部分公开(区分处理的,只计这一情形,…)' is written '部分公开' by everyone.
const stripExplanation = (s: string) => s.replace(/\(.*\)$/, '');

function lookup<T extends string>(entries: [string, T][]): Map<string, T> {
  return new Map(entries.map(([k, v]) => [normaliseLabel(k), v]));
}

const APPLICANT_TYPE_KEYS = lookup<ApplicantType>(
  APPLICANT_TYPES.flatMap((t) => [
    [t.code, t.code],
    [t.label, t.code],
    [t.short, t.code],
  ]),
);

const CHANNEL_KEYS = lookup<Channel>(CHANNELS.flatMap((c) => [[c.code, c.code], [c.label, c.code]]));

function outcomeNotations(o: (typeof OUTCOMES)[number]): string[] {
  if (o.group === o.label) {
    const bare = stripGroupNumber(o.label);
    return [o.label, bare, stripExplanation(bare)];
  }
  const groups = [o.group, stripGroupNumber(o.group)];
  const items = [o.label, stripItemNumber(o.label)];
  return groups.flatMap((g) => items.map((i) => `${g}/${i}`));
}

const OUTCOME_KEYS = lookup<OutcomeCode>(
  OUTCOMES.flatMap((o) => [[o.code, o.code] as [string, OutcomeCode], ...outcomeNotations(o).map((n) => [n, o.code] as [string, OutcomeCode])]),
);

/** The notation the product writes in an exported register: '予以公开', '不予公开/保护第三方合法权益'. */
export function fileOutcomeLabel(code: OutcomeCode): string {
  const o = OUTCOMES.find((x) => x.code === code);
  if (!o) return code;
  if (o.group === o.label) return stripExplanation(stripGroupNumber(o.label));
  return `${stripGroupNumber(o.group)}/${stripItemNumber(o.label)}`;
}

const APPLICANT_TYPE_HINT =
  '可填：自然人、商业企业（或“商业”）、科研机构（或“科研”）、社会公益组织、法律服务机构、其他，或对应代码 natural_person、commercial、research、public_interest、legal_service、other_org';

export function parseApplicantType(value: string): Parsed<ApplicantType> {
  const code = APPLICANT_TYPE_KEYS.get(normaliseLabel(value));
  return code ? parsedOk(code) : parsedError(`无法识别的申请人类型“${value.trim()}”。${APPLICANT_TYPE_HINT}`);
}

export function parseChannel(value: string): Parsed<Channel> {
  if (value.trim() === '') return parsedOk('other');
  const code = CHANNEL_KEYS.get(normaliseLabel(value));
  if (code) return parsedOk(code);
  return parsedError(`无法识别的申请方式“${value.trim()}”。可填：${CHANNELS.map((c) => c.label).join('、')}，或留空（视为“其他”）`);
}

/** When the item is recognisable but the group is not, name the notation that was probably meant. */
function suggestOutcome(key: string): string | null {
  const item = key.includes('/') ? key.slice(key.lastIndexOf('/') + 1) : key;
  const hits = OUTCOMES.filter((o) => o.group !== o.label && normaliseLabel(stripItemNumber(o.label)) === stripItemNumber(item));
  return hits.length === 1 ? fileOutcomeLabel(hits[0].code) : null;
}

export function parseOutcome(value: string): Parsed<OutcomeCode> {
  const key = normaliseLabel(value);
  const code = OUTCOME_KEYS.get(key);
  if (code) return parsedOk(code);
  const suggestion = suggestOutcome(key);
  const hint = suggestion ? `您是否要填“${suggestion}”？` : '';
  return parsedError(
    `无法识别的办理结果“${value.trim()}”。${hint}请填写“予以公开”“部分公开”，或“组/项”形式（如“不予公开/保护第三方合法权益”“无法提供/本机关不掌握相关政府信息”“其他处理/其他”），或办理结果代码（如 withheld.third_party）`,
  );
}
